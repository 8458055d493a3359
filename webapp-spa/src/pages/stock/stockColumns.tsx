import { Badge, Group, Text } from '@mantine/core';
import type { TableColumn, TableFilter } from '../../components/table/DataTable';
import { t } from '../../i18n/translate';
import type { StatusValue, StockItem } from './types';

/** Mantine colours for InvenTree's status colour names. */
const STATUS_COLORS: Record<string, string> = {
  success: 'teal',
  primary: 'blue',
  secondary: 'gray',
  warning: 'yellow',
  danger: 'red',
  info: 'cyan',
  dark: 'dark',
};

export function StatusBadge({ status, label, values }: { status: number; label?: string; values?: StatusValue[] }) {
  const value = values?.find((v) => v.key === status);
  return (
    <Badge variant="light" color={STATUS_COLORS[value?.color ?? ''] ?? 'gray'}>
      {value?.label ?? label ?? String(status)}
    </Badge>
  );
}

/** "12", or "# 1001" for a serialized item, as InvenTree shows stock quantities. */
export function quantityText(item: Pick<StockItem, 'quantity' | 'serial'>): string {
  if (item.serial && item.quantity === 1) return t('# {serial}', { serial: item.serial });
  return String(item.quantity);
}

export function stockColumns(statuses?: StatusValue[]): TableColumn<StockItem>[] {
  return [
    {
      accessor: 'part',
      title: t('Part'),
      ordering: 'part',
      alwaysVisible: true,
      render: (item) => (
        <Group gap={6} wrap="nowrap">
          <span>{item.part_detail?.full_name ?? item.part}</span>
          {!item.in_stock && (
            <Badge size="xs" color="gray" variant="light">
              {t('Not in stock')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      accessor: 'quantity',
      title: t('Quantity'),
      ordering: 'stock',
      render: (item) => quantityText(item),
    },
    { accessor: 'batch', title: t('Batch'), ordering: 'batch' },
    {
      accessor: 'location',
      title: t('Location'),
      ordering: 'location',
      render: (item) =>
        item.location_detail?.pathstring ?? (
          <Text span c="dimmed">
            {t('No location')}
          </Text>
        ),
    },
    {
      accessor: 'status',
      title: t('Status'),
      ordering: 'status',
      render: (item) => <StatusBadge status={item.status} label={item.status_text} values={statuses} />,
    },
    { accessor: 'updated', title: t('Updated'), ordering: 'updated', render: (item) => item.updated?.slice(0, 10) ?? '—' },
    { accessor: 'expiry_date', title: t('Expiry'), ordering: 'expiry_date', defaultHidden: true },
    { accessor: 'packaging', title: t('Packaging'), defaultHidden: true },
  ];
}

export function stockFilters(statuses?: StatusValue[]): TableFilter[] {
  return [
    { name: 'in_stock', label: t('In stock') },
    ...(statuses && statuses.length > 0
      ? [{ name: 'status', label: t('Status'), choices: statuses.map((s) => ({ value: String(s.key), label: s.label })) }]
      : []),
    { name: 'serialized', label: t('Serialized') },
    { name: 'has_batch', label: t('Has batch') },
    { name: 'available', label: t('Available') },
  ];
}
