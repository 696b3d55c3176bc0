export interface CategoryLink {
  id: string;
  parentId: string | null;
  name: string;
}

/** A bank's categories indexed for the questions a tree raises: paths, subtrees, cycles. */
export class CategoryTree<C extends CategoryLink = CategoryLink> {
  private readonly byId = new Map<string, C>();
  private readonly children = new Map<string | null, C[]>();

  constructor(categories: C[]) {
    for (const category of categories) this.add(category);
  }

  add(category: C): void {
    this.byId.set(category.id, category);
    const siblings = this.children.get(category.parentId) ?? [];
    siblings.push(category);
    this.children.set(category.parentId, siblings);
  }

  get(id: string): C | undefined {
    return this.byId.get(id);
  }

  childrenOf(parentId: string | null): C[] {
    return this.children.get(parentId) ?? [];
  }

  /** Names from the top level down to this category. */
  path(id: string): string[] {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let node = this.byId.get(id); node && !seen.has(node.id); node = node.parentId ? this.byId.get(node.parentId) : undefined) {
      seen.add(node.id);
      names.unshift(node.name);
    }
    return names;
  }

  /** The category and everything below it. */
  subtreeIds(id: string): string[] {
    const ids: string[] = [];
    const stack = [id];
    while (stack.length) {
      const current = stack.pop() as string;
      if (ids.includes(current)) continue;
      ids.push(current);
      for (const child of this.childrenOf(current)) stack.push(child.id);
    }
    return ids;
  }

  /** Parents before children, siblings by the given order. */
  ordered(compare: (a: C, b: C) => number): C[] {
    const out: C[] = [];
    const visit = (parentId: string | null) => {
      for (const child of [...this.childrenOf(parentId)].sort(compare)) {
        out.push(child);
        visit(child.id);
      }
    };
    visit(null);
    return out;
  }

  /** The child of `parentId` with this name (case-insensitive, as trainers expect), if any. */
  childNamed(parentId: string | null, name: string): C | undefined {
    const key = name.trim().toLocaleLowerCase();
    return this.childrenOf(parentId).find((child) => child.name.trim().toLocaleLowerCase() === key);
  }
}
