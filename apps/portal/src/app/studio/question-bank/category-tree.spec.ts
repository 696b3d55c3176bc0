import { QuestionCategoryNode } from '@pathwise/contracts';
import {
  ancestorIds,
  buildCategoryTree,
  categoryOptions,
  moveTargets,
  subtreeIds,
} from './category-tree';

function node(
  id: string,
  parentId: string | null,
  sortOrder = 0,
  totalCount = 0,
): QuestionCategoryNode {
  return {
    id,
    parentId,
    name: id.toUpperCase(),
    sortOrder,
    questionCount: 0,
    totalCount,
  };
}

// Products › (Phones › Trade-in, Plans), Complaints — sent parents first, as the API does.
const FLAT = [
  node('products', null, 0, 12),
  node('complaints', null, 1, 3),
  node('phones', 'products', 1, 9),
  node('plans', 'products', 0, 3),
  node('tradein', 'phones', 0, 4),
];

describe('category tree', () => {
  it('nests the flat list, orders siblings by sortOrder and records level and path', () => {
    const roots = buildCategoryTree(FLAT);
    expect(roots.map((n) => n.category.id)).toEqual(['products', 'complaints']);
    const products = roots[0];
    expect(products.children.map((n) => n.category.id)).toEqual([
      'plans',
      'phones',
    ]);
    const tradein = products.children[1].children[0];
    expect(tradein.level).toBe(3);
    expect(tradein.path).toEqual(['PRODUCTS', 'PHONES', 'TRADEIN']);
  });

  it('keeps a category whose parent is missing, at the top level', () => {
    const roots = buildCategoryTree([
      node('orphan', 'gone'),
      node('a', null, 1),
    ]);
    expect(roots.map((n) => n.category.id)).toEqual(['orphan', 'a']);
  });

  it('does not loop on a cycle in bad data', () => {
    const roots = buildCategoryTree([node('a', 'b'), node('b', 'a')]);
    const ids = categoryOptions(roots).map((o) => o.id);
    expect(ids.sort()).toEqual(['a', 'b']);
  });

  it('lists options depth-first with their path', () => {
    expect(
      categoryOptions(buildCategoryTree(FLAT)).map(
        (o) => `${o.level}:${o.pathText}`,
      ),
    ).toEqual([
      '1:PRODUCTS',
      '2:PRODUCTS › PLANS',
      '2:PRODUCTS › PHONES',
      '3:PRODUCTS › PHONES › TRADEIN',
      '1:COMPLAINTS',
    ]);
  });

  it('never offers a category itself or its descendants as a new parent', () => {
    const roots = buildCategoryTree(FLAT);
    expect([...subtreeIds(roots, 'products')].sort()).toEqual([
      'phones',
      'plans',
      'products',
      'tradein',
    ]);
    expect(moveTargets(roots, 'phones').map((o) => o.id)).toEqual([
      'products',
      'plans',
      'complaints',
    ]);
  });

  it('finds the ancestors of a category, top level first', () => {
    expect(ancestorIds(FLAT, 'tradein')).toEqual(['products', 'phones']);
    expect(ancestorIds(FLAT, 'products')).toEqual([]);
  });
});
