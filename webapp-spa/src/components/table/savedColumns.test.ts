import { describe, expect, it } from 'vitest';
import { tablePrefsOf, withTablePrefs } from './savedColumns';

describe('column choices in the profile theme', () => {
  it('reads one table of the theme and ignores what has not the right shape', () => {
    const theme = { stocktree_tables: { parts: { order: ['IPN', 'name'], hidden: [] }, stock: { order: 3 } } };
    expect(tablePrefsOf(theme, 'parts')).toEqual({ order: ['IPN', 'name'], hidden: [] });
    expect(tablePrefsOf(theme, 'stock')).toBeNull();
    expect(tablePrefsOf(theme, 'other')).toBeNull();
    expect(tablePrefsOf(null, 'parts')).toBeNull();
    expect(tablePrefsOf({ stocktree_tables: 'x' }, 'parts')).toBeNull();
  });

  it('replaces one table and keeps the other tables and theme settings', () => {
    const theme = { radius: 'xs', stocktree_tables: { stock: { order: ['a'], hidden: [] } } };
    expect(withTablePrefs(theme, 'parts', { order: ['b'], hidden: ['b'] })).toEqual({
      radius: 'xs',
      stocktree_tables: { stock: { order: ['a'], hidden: [] }, parts: { order: ['b'], hidden: ['b'] } },
    });
    expect(withTablePrefs(null, 'parts', { order: [], hidden: [] })).toEqual({
      stocktree_tables: { parts: { order: [], hidden: [] } },
    });
  });
});
