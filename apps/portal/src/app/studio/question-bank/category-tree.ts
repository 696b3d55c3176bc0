import { QuestionCategoryNode } from '@pathwise/contracts';

export interface CategoryTreeNode {
  category: QuestionCategoryNode;
  /** 1 for a top-level category. */
  level: number;
  /** Names from the top level down to this category. */
  path: string[];
  children: CategoryTreeNode[];
}

/** A category as a select option: indented by depth, named by its full path. */
export interface CategoryOption {
  id: string;
  name: string;
  level: number;
  pathText: string;
}

/**
 * Nests the API's flat list (parents first, siblings in `sortOrder`). A node whose parent is
 * missing — deleted in the meantime, or listed out of order — is shown at the top level rather
 * than lost.
 */
export function buildCategoryTree(
  flat: readonly QuestionCategoryNode[],
): CategoryTreeNode[] {
  const byId = new Map<string, CategoryTreeNode>();
  for (const category of flat) {
    byId.set(category.id, { category, level: 1, path: [], children: [] });
  }
  const roots: CategoryTreeNode[] = [];
  for (const category of flat) {
    const node = byId.get(category.id) as CategoryTreeNode;
    const parent = category.parentId ? byId.get(category.parentId) : undefined;
    if (parent && !isAncestor(node, parent)) parent.children.push(node);
    else roots.push(node);
  }
  const bySortOrder = (a: CategoryTreeNode, b: CategoryTreeNode) =>
    a.category.sortOrder - b.category.sortOrder ||
    a.category.name.localeCompare(b.category.name);
  const settle = (nodes: CategoryTreeNode[], level: number, path: string[]) => {
    nodes.sort(bySortOrder);
    for (const node of nodes) {
      node.level = level;
      node.path = [...path, node.category.name];
      settle(node.children, level + 1, node.path);
    }
  };
  settle(roots, 1, []);
  return roots;
}

/** Guards against a cycle in bad data: `candidate` already sits below `node`. */
function isAncestor(
  node: CategoryTreeNode,
  candidate: CategoryTreeNode,
): boolean {
  const stack = [...node.children];
  while (stack.length > 0) {
    const next = stack.pop() as CategoryTreeNode;
    if (next === candidate) return true;
    stack.push(...next.children);
  }
  return false;
}

/** Depth-first, in display order. */
export function flattenTree(
  roots: readonly CategoryTreeNode[],
): CategoryTreeNode[] {
  const out: CategoryTreeNode[] = [];
  const visit = (nodes: readonly CategoryTreeNode[]) => {
    for (const node of nodes) {
      out.push(node);
      visit(node.children);
    }
  };
  visit(roots);
  return out;
}

export function categoryOptions(
  roots: readonly CategoryTreeNode[],
): CategoryOption[] {
  return flattenTree(roots).map((node) => ({
    id: node.category.id,
    name: node.category.name,
    level: node.level,
    pathText: node.path.join(' › '),
  }));
}

/** The category and every category below it. */
export function subtreeIds(
  roots: readonly CategoryTreeNode[],
  categoryId: string,
): Set<string> {
  const start = flattenTree(roots).find((n) => n.category.id === categoryId);
  return new Set(start ? flattenTree([start]).map((n) => n.category.id) : []);
}

/** Where a category may move: anywhere except into itself or below itself. */
export function moveTargets(
  roots: readonly CategoryTreeNode[],
  categoryId: string,
): CategoryOption[] {
  const excluded = subtreeIds(roots, categoryId);
  return categoryOptions(roots).filter((option) => !excluded.has(option.id));
}

/** The ids of the categories above `categoryId`, top level first. */
export function ancestorIds(
  flat: readonly QuestionCategoryNode[],
  categoryId: string,
): string[] {
  const byId = new Map(flat.map((c) => [c.id, c]));
  const out: string[] = [];
  const seen = new Set<string>();
  let parentId = byId.get(categoryId)?.parentId ?? null;
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    out.unshift(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return out;
}
