import { describe, expect, it } from 'vitest';
import {
  listParams,
  loadPrefs,
  moveColumn,
  nextSort,
  prefsStorageKey,
  savePrefs,
  toggleColumn,
  visibleColumns,
} from './tableState';

const columns = [
  { accessor: 'name', alwaysVisible: true },
  { accessor: 'IPN' },
  { accessor: 'description' },
  { accessor: 'units', defaultHidden: true },
];
const names = (cols: { accessor: string }[]) => cols.map((c) => c.accessor);

describe('listParams', () => {
  it('turns page, ordering, search and filters into API parameters', () => {
    expect(
      listParams({
        page: 3,
        pageSize: 25,
        sort: { field: 'name', direction: 'desc' },
        search: '  resistor ',
        filters: { active: 'true', assembly: '' },
        params: { category: 4 },
      }),
    ).toEqual({ category: 4, active: 'true', search: 'resistor', ordering: '-name', limit: 25, offset: 50 });
  });

  it('leaves out ordering and search when none is chosen', () => {
    expect(listParams({ page: 1, pageSize: 10, sort: null, search: '', filters: {} })).toEqual({
      limit: 10,
      offset: 0,
    });
  });
});

describe('nextSort', () => {
  it('cycles ascending, descending, none', () => {
    const asc = nextSort(null, 'name');
    expect(asc).toEqual({ field: 'name', direction: 'asc' });
    const desc = nextSort(asc, 'name');
    expect(desc).toEqual({ field: 'name', direction: 'desc' });
    expect(nextSort(desc, 'name')).toBeNull();
    expect(nextSort(desc, 'IPN')).toEqual({ field: 'IPN', direction: 'asc' });
  });
});

describe('column preferences', () => {
  it('shows the default columns without preferences', () => {
    expect(names(visibleColumns(columns, null))).toEqual(['name', 'IPN', 'description']);
  });

  it('hides and shows a column, but never an always-visible one', () => {
    const hidden = toggleColumn(columns, null, 'IPN');
    expect(names(visibleColumns(columns, hidden))).toEqual(['name', 'description']);
    const shownAgain = toggleColumn(columns, hidden, 'IPN');
    expect(names(visibleColumns(columns, shownAgain))).toEqual(['name', 'IPN', 'description']);
    const units = toggleColumn(columns, null, 'units');
    expect(names(visibleColumns(columns, units))).toEqual(['name', 'IPN', 'description', 'units']);
    expect(names(visibleColumns(columns, toggleColumn(columns, null, 'name')))).toContain('name');
  });

  it('reorders columns and ignores moves past either end', () => {
    const moved = moveColumn(columns, null, 'description', -1);
    expect(names(visibleColumns(columns, moved))).toEqual(['name', 'description', 'IPN']);
    expect(moveColumn(columns, moved, 'name', -1).order).toEqual(moved.order);
    expect(moveColumn(columns, moved, 'units', 1).order).toEqual(moved.order);
  });

  it('keeps columns added after the preferences were saved, and drops removed ones', () => {
    const prefs = { order: ['description', 'gone', 'name'], hidden: ['gone'] };
    expect(names(visibleColumns(columns, prefs))).toEqual(['description', 'name', 'IPN']);
  });

  it('stores preferences per user and table, and survives garbage', () => {
    const key = prefsStorageKey('alice', 'parts');
    expect(key).not.toBe(prefsStorageKey('bob', 'parts'));
    savePrefs(localStorage, key, { order: ['IPN', 'name'], hidden: ['description'] });
    expect(loadPrefs(localStorage, key)).toEqual({ order: ['IPN', 'name'], hidden: ['description'] });
    expect(loadPrefs(localStorage, prefsStorageKey('bob', 'parts'))).toBeNull();
    localStorage.setItem(key, '{not json');
    expect(loadPrefs(localStorage, key)).toBeNull();
    localStorage.setItem(key, '{"order": 3}');
    expect(loadPrefs(localStorage, key)).toBeNull();
  });
});
