import { ApiError, type QueryParams } from '../../api/client';

export interface SortState {
  /** The ordering key the API accepts (a column's ordering name). */
  field: string;
  direction: 'asc' | 'desc';
}

export interface TableQuery {
  page: number;
  pageSize: number;
  sort: SortState | null;
  search: string;
  /** Filter values chosen by the user; '' means "any". */
  filters: Record<string, string>;
  /** Fixed parameters of the table (a category's parts, ...). */
  params?: QueryParams;
}

/** The query parameters of one page, in the API's terms (limit/offset/ordering/search + filters). */
export function listParams(query: TableQuery): QueryParams {
  const params: QueryParams = { ...query.params };
  for (const [name, value] of Object.entries(query.filters)) {
    if (value !== '') params[name] = value;
  }
  if (query.search.trim() !== '') params.search = query.search.trim();
  if (query.sort) params.ordering = `${query.sort.direction === 'desc' ? '-' : ''}${query.sort.field}`;
  params.limit = query.pageSize;
  params.offset = (query.page - 1) * query.pageSize;
  return params;
}

/** Clicking a sortable header: ascending first, then descending, then no ordering. */
export function nextSort(current: SortState | null, field: string): SortState | null {
  if (!current || current.field !== field) return { field, direction: 'asc' };
  if (current.direction === 'asc') return { field, direction: 'desc' };
  return null;
}

/** Which columns a user shows, and in which order; kept per user and table. */
export interface ColumnPrefs {
  order: string[];
  hidden: string[];
}

export interface ColumnLike {
  accessor: string;
  defaultHidden?: boolean;
  /** Columns that cannot be hidden (the one the row is named by). */
  alwaysVisible?: boolean;
}

export function defaultPrefs(columns: readonly ColumnLike[]): ColumnPrefs {
  return {
    order: columns.map((c) => c.accessor),
    hidden: columns.filter((c) => c.defaultHidden && !c.alwaysVisible).map((c) => c.accessor),
  };
}

/**
 * The columns to show, in the user's order. Columns the saved preferences do not know (added
 * since) come last with their default visibility; saved names that no longer exist are ignored.
 */
export function visibleColumns<C extends ColumnLike>(columns: readonly C[], prefs: ColumnPrefs | null): C[] {
  return orderedColumns(columns, prefs).filter((c) => !isHidden(c, prefs));
}

export function orderedColumns<C extends ColumnLike>(columns: readonly C[], prefs: ColumnPrefs | null): C[] {
  if (!prefs) return [...columns];
  const byName = new Map(columns.map((c) => [c.accessor, c]));
  const known = prefs.order.filter((name) => byName.has(name)).map((name) => byName.get(name) as C);
  const added = columns.filter((c) => !prefs.order.includes(c.accessor));
  return [...known, ...added];
}

export function isHidden(column: ColumnLike, prefs: ColumnPrefs | null): boolean {
  if (column.alwaysVisible) return false;
  if (!prefs || !prefs.order.includes(column.accessor)) return column.defaultHidden === true;
  return prefs.hidden.includes(column.accessor);
}

export function toggleColumn(columns: readonly ColumnLike[], prefs: ColumnPrefs | null, accessor: string): ColumnPrefs {
  const base = normalise(columns, prefs);
  const hidden = base.hidden.includes(accessor)
    ? base.hidden.filter((name) => name !== accessor)
    : [...base.hidden, accessor];
  return { ...base, hidden };
}

/** Moves a column one place left (-1) or right (+1) in the user's order. */
export function moveColumn(
  columns: readonly ColumnLike[],
  prefs: ColumnPrefs | null,
  accessor: string,
  delta: -1 | 1,
): ColumnPrefs {
  const base = normalise(columns, prefs);
  const order = [...base.order];
  const from = order.indexOf(accessor);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return base;
  [order[from], order[to]] = [order[to], order[from]];
  return { ...base, order };
}

function normalise(columns: readonly ColumnLike[], prefs: ColumnPrefs | null): ColumnPrefs {
  const ordered = orderedColumns(columns, prefs);
  return {
    order: ordered.map((c) => c.accessor),
    hidden: ordered.filter((c) => isHidden(c, prefs)).map((c) => c.accessor),
  };
}

export function prefsStorageKey(username: string, tableKey: string): string {
  return `stocktree.table.${username}.${tableKey}`;
}

export function loadPrefs(storage: Storage, key: string): ColumnPrefs | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<ColumnPrefs>;
    if (!Array.isArray(parsed.order) || !Array.isArray(parsed.hidden)) return null;
    return { order: parsed.order.map(String), hidden: parsed.hidden.map(String) };
  } catch {
    return null;
  }
}

export function savePrefs(storage: Storage, key: string, prefs: ColumnPrefs): void {
  storage.setItem(key, JSON.stringify(prefs));
}

function messagesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(messagesOf);
  return [];
}

/**
 * What to tell the user when a bulk action failed part-way: the server's own words (its
 * `detail`, or the messages of a 400 answer) where it gave any, else the request's failure.
 */
export function bulkFailure(error: unknown): string {
  if (error instanceof ApiError) {
    const said = messagesOf(error.body);
    if (said.length > 0) return [...new Set(said)].join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}
