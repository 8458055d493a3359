import {
  ActionIcon,
  Alert,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Menu,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import type { QueryParams } from '../../api/client';
import type { PagedResults } from '../../api/endpoints';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import {
  bulkFailure,
  isHidden,
  listParams,
  moveColumn,
  nextSort,
  orderedColumns,
  toggleColumn,
  visibleColumns,
  type SortState,
} from './tableState';
import { useSavedColumns } from './savedColumns';

export interface TableColumn<T> {
  accessor: string;
  title: string;
  /** The API's ordering key; the column is sortable when set. */
  ordering?: string;
  render?: (row: T) => ReactNode;
  defaultHidden?: boolean;
  alwaysVisible?: boolean;
}

export interface TableFilter {
  name: string;
  label: string;
  /** Choices; a yes/no filter when absent. */
  choices?: { value: string; label: string }[];
}

export interface BulkAction<T> {
  label: string;
  color?: string;
  run: (rows: T[]) => Promise<unknown> | void;
}

export interface DataTableProps<T> {
  /** Names the table in the user's saved column preferences. */
  tableKey: string;
  endpoint: string;
  columns: TableColumn<T>[];
  params?: QueryParams;
  filters?: TableFilter[];
  rowKey?: (row: T) => string | number;
  onRowClick?: (row: T) => void;
  bulkActions?: BulkAction<T>[];
  /** Buttons shown in the toolbar (create, ...). */
  actions?: ReactNode;
  pageSizes?: number[];
  label?: string;
}

function cellText(value: unknown): ReactNode {
  if (value === null || value === undefined || value === '') return <Text span c="dimmed">—</Text>;
  if (typeof value === 'boolean') return value ? t('Yes') : t('No');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function defaultKey(row: unknown): string | number {
  const record = row as { pk?: number; id?: number; key?: string };
  return record.pk ?? record.id ?? record.key ?? JSON.stringify(row);
}

/**
 * A table over a paged API list: the server pages, orders, searches and filters; the user picks,
 * orders and hides columns (remembered in the user's profile on the server), selects rows for bulk actions, and
 * opens a row by clicking it.
 */
export function DataTable<T>({
  tableKey,
  endpoint,
  columns,
  params,
  filters = [],
  rowKey = defaultKey,
  onRowClick,
  bulkActions = [],
  actions,
  pageSizes = [25, 50, 100],
  label,
}: DataTableProps<T>) {
  const api = useApi();

  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(pageSizes[0]);
  const [sort, setSort] = useState<SortState | null>(null);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [filterValues, setFilterValues] = useState<Record<string, string>>({});
  const [prefs, setPrefs] = useSavedColumns(tableKey);
  const [selected, setSelected] = useState<Map<string | number, T>>(new Map());
  const [bulkBusy, setBulkBusy] = useState(false);
  const [bulkError, setBulkError] = useState<string | null>(null);

  const query = useMemo(
    () =>
      listParams({ page, pageSize, sort, search: debouncedSearch, filters: filterValues, params }),
    [page, pageSize, sort, debouncedSearch, filterValues, params],
  );

  const result = useQuery({
    queryKey: ['table', endpoint, query],
    queryFn: () => api.get<PagedResults<T>>(endpoint, query),
    placeholderData: keepPreviousData,
  });

  const rows = result.data?.results ?? [];
  const count = result.data?.count ?? 0;
  const shown = visibleColumns(columns, prefs);
  const pages = Math.max(1, Math.ceil(count / pageSize));
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(rowKey(row)));

  const resetPage = () => {
    setPage(1);
    setSelected(new Map());
  };

  const toggleRow = (row: T) => {
    const next = new Map(selected);
    const key = rowKey(row);
    if (next.has(key)) next.delete(key);
    else next.set(key, row);
    setSelected(next);
  };

  const toggleAll = () => {
    const next = new Map(selected);
    for (const row of rows) {
      if (allSelected) next.delete(rowKey(row));
      else next.set(rowKey(row), row);
    }
    setSelected(next);
  };

  const runBulk = async (action: BulkAction<T>) => {
    setBulkBusy(true);
    setBulkError(null);
    try {
      await action.run([...selected.values()]);
      setSelected(new Map());
    } catch (error) {
      // some rows may have changed before the refusal: the rows are read again either way, and
      // the selection stays for another try
      setBulkError(bulkFailure(error));
    } finally {
      setBulkBusy(false);
    }
    await result.refetch();
  };

  const sortMark = (column: TableColumn<T>) => {
    if (!column.ordering || sort?.field !== column.ordering) return '';
    return sort.direction === 'asc' ? ' ▲' : ' ▼';
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          {actions}
          {selected.size > 0 &&
            bulkActions.map((action) => (
              <Button
                key={action.label}
                size="xs"
                variant="light"
                color={action.color}
                loading={bulkBusy}
                onClick={() => void runBulk(action)}
              >
                {`${action.label} (${selected.size})`}
              </Button>
            ))}
        </Group>
        <Group gap="xs">
          <TextInput
            size="xs"
            placeholder={t('Search')}
            aria-label={t('Search table')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              resetPage();
            }}
          />
          {filters.map((filter) => (
            <Select
              key={filter.name}
              size="xs"
              w={130}
              aria-label={filter.label}
              placeholder={filter.label}
              clearable
              data={
                filter.choices ?? [
                  { value: 'true', label: `${filter.label}: ${t('Yes')}` },
                  { value: 'false', label: `${filter.label}: ${t('No')}` },
                ]
              }
              value={filterValues[filter.name] ?? null}
              onChange={(value) => {
                setFilterValues({ ...filterValues, [filter.name]: value ?? '' });
                resetPage();
              }}
            />
          ))}
          <Menu closeOnItemClick={false} position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="xs" variant="default">
                {t('Columns')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {orderedColumns(columns, prefs).map((column) => (
                <Group key={column.accessor} gap={4} px="xs" py={2} wrap="nowrap">
                  <Checkbox
                    size="xs"
                    label={column.title}
                    disabled={column.alwaysVisible}
                    checked={!isHidden(column, prefs)}
                    onChange={() => setPrefs(toggleColumn(columns, prefs, column.accessor))}
                  />
                  <ActionIcon
                    size="xs"
                    variant="subtle"
                    aria-label={t('Move {column} up', { column: column.title })}
                    onClick={() => setPrefs(moveColumn(columns, prefs, column.accessor, -1))}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    size="xs"
                    variant="subtle"
                    aria-label={t('Move {column} down', { column: column.title })}
                    onClick={() => setPrefs(moveColumn(columns, prefs, column.accessor, 1))}
                  >
                    ↓
                  </ActionIcon>
                </Group>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button size="xs" variant="default" onClick={() => void result.refetch()}>
            {t('Refresh')}
          </Button>
        </Group>
      </Group>

      {bulkError && (
        <Alert color="red" role="alert" title={t('The action failed')} withCloseButton onClose={() => setBulkError(null)}>
          {bulkError}
        </Alert>
      )}

      {result.isError && (
        <Alert color="red" role="alert" title={t('Could not load the data')}>
          {result.error.message}
        </Alert>
      )}

      <Table.ScrollContainer minWidth={500}>
        <Table striped highlightOnHover={!!onRowClick} aria-label={label} aria-busy={result.isFetching}>
          <Table.Thead>
            <Table.Tr>
              {bulkActions.length > 0 && (
                <Table.Th w={36}>
                  <Checkbox
                    size="xs"
                    aria-label={t('Select all rows')}
                    checked={allSelected}
                    onChange={toggleAll}
                  />
                </Table.Th>
              )}
              {shown.map((column) => (
                <Table.Th
                  key={column.accessor}
                  aria-sort={
                    column.ordering && sort?.field === column.ordering
                      ? sort.direction === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                >
                  {column.ordering ? (
                    <UnstyledButton
                      fw={700}
                      fz="sm"
                      onClick={() => {
                        setSort(nextSort(sort, column.ordering as string));
                        resetPage();
                      }}
                    >
                      {column.title + sortMark(column)}
                    </UnstyledButton>
                  ) : (
                    column.title
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const key = rowKey(row);
              return (
                <Table.Tr
                  key={key}
                  style={onRowClick ? { cursor: 'pointer' } : undefined}
                  onClick={onRowClick ? () => onRowClick(row) : undefined}
                  // a row that opens is reached with Tab and opened with Enter, as a link would be
                  tabIndex={onRowClick ? 0 : undefined}
                  onKeyDown={
                    onRowClick
                      ? (event) => {
                          if (event.key === 'Enter' && event.target === event.currentTarget) onRowClick(row);
                        }
                      : undefined
                  }
                >
                  {bulkActions.length > 0 && (
                    <Table.Td onClick={(e) => e.stopPropagation()}>
                      <Checkbox
                        size="xs"
                        aria-label={t('Select row')}
                        checked={selected.has(key)}
                        onChange={() => toggleRow(row)}
                      />
                    </Table.Td>
                  )}
                  {shown.map((column) => (
                    <Table.Td key={column.accessor}>
                      {column.render
                        ? column.render(row)
                        : cellText((row as Record<string, unknown>)[column.accessor])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {result.isPending && (
        <Center py="md">
          <Loader size="sm" aria-label={t('Loading')} />
        </Center>
      )}
      {!result.isPending && !result.isError && rows.length === 0 && (
        <Center py="md">
          <Text c="dimmed">{t('No records found')}</Text>
        </Center>
      )}

      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('{count} records', { count })}
        </Text>
        <Group gap="xs">
          <Select
            size="xs"
            w={80}
            aria-label={t('Rows per page')}
            data={pageSizes.map(String)}
            value={String(pageSize)}
            allowDeselect={false}
            onChange={(value) => {
              setPageSize(Number(value));
              resetPage();
            }}
          />
          <Pagination size="sm" total={pages} value={page} onChange={setPage} />
        </Group>
      </Group>
    </Stack>
  );
}
