import { CategoryTree } from './category-tree';

const categories = [
  { id: 'products', parentId: null, name: 'Products' },
  { id: 'trade-in', parentId: 'products', name: 'Trade-in' },
  { id: 'phones', parentId: 'trade-in', name: 'Phones' },
  { id: 'plans', parentId: 'products', name: 'Plans' },
  { id: 'service', parentId: null, name: 'Service' },
];

describe('CategoryTree', () => {
  const tree = new CategoryTree(categories);

  it('names the path from the top', () => {
    expect(tree.path('phones')).toEqual(['Products', 'Trade-in', 'Phones']);
    expect(tree.path('service')).toEqual(['Service']);
    expect(tree.path('missing')).toEqual([]);
  });

  it('collects a subtree, the category first', () => {
    expect(tree.subtreeIds('products').sort()).toEqual(['phones', 'plans', 'products', 'trade-in']);
    expect(tree.subtreeIds('phones')).toEqual(['phones']);
  });

  it('orders parents before children', () => {
    expect(tree.ordered((a, b) => a.name.localeCompare(b.name)).map((c) => c.id)).toEqual(['products', 'plans', 'trade-in', 'phones', 'service']);
  });

  it('finds a sibling by name regardless of case and spaces', () => {
    expect(tree.childNamed('products', ' trade-IN ')?.id).toBe('trade-in');
    expect(tree.childNamed(null, 'Trade-in')).toBeUndefined();
  });

  it('does not loop on a corrupt cycle', () => {
    const cyclic = new CategoryTree([
      { id: 'a', parentId: 'b', name: 'A' },
      { id: 'b', parentId: 'a', name: 'B' },
    ]);
    expect(cyclic.path('a')).toEqual(['B', 'A']);
    expect(cyclic.subtreeIds('a').sort()).toEqual(['a', 'b']);
  });
});
