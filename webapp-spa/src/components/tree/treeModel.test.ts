import { describe, expect, it } from 'vitest';
import { ancestry, buildTree } from './treeModel';

const rows = [
  { pk: 3, name: 'Resistors', parent: 1 },
  { pk: 1, name: 'Electronics', parent: null },
  { pk: 2, name: 'Capacitors', parent: 1 },
  { pk: 4, name: 'Mechanical', parent: null },
  { pk: 5, name: 'Orphan', parent: 99 },
];

describe('buildTree', () => {
  it('nests children under parents, sorted by name, keeping orphans as roots', () => {
    const tree = buildTree(rows);
    expect(tree.map((n) => n.name)).toEqual(['Electronics', 'Mechanical', 'Orphan']);
    expect(tree[0].children.map((n) => n.name)).toEqual(['Capacitors', 'Resistors']);
    expect(tree[1].children).toEqual([]);
  });
});

describe('ancestry', () => {
  it('lists the ids from the root down', () => {
    expect(ancestry(rows, 3)).toEqual([1, 3]);
    expect(ancestry(rows, 1)).toEqual([1]);
    expect(ancestry(rows, null)).toEqual([]);
    expect(ancestry(rows, 42)).toEqual([]);
  });
});
