import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { usePermissions } from '../../auth/session';
import { SafeMarkdown } from '../../components/markdown/SafeMarkdown';
import { DataTable } from '../../components/table/DataTable';
import { t } from '../../i18n/translate';
import { useApi } from '../../context';
import { StatusBadge, quantityText } from './stockColumns';
import { StockActionDialog, useStockStatuses } from './StockActionDialog';
import { allowedActions, type StockActionKind } from './stockActions';
import { StockActionButton, StockTable } from './StockTable';
import { passedAllRequiredTests, requiredTestStatus, type RecordedResult, type RequiredTemplate } from './requiredTests';
import { trackingChanges } from './tracking';
import type { StockItem, TrackingEntry } from './types';

function DetailsTab({ item, status }: { item: StockItem; status: ReactNode }) {
  const rows: [string, ReactNode][] = [
    [
      t('Part'),
      <Anchor component={Link} to={`/part/${item.part}`}>
        {item.part_detail?.full_name ?? item.part}
      </Anchor>,
    ],
    [t('Quantity'), quantityText(item)],
    [t('Serial number'), item.serial || '—'],
    [t('Batch'), item.batch || '—'],
    [
      t('Location'),
      item.location ? (
        <Anchor component={Link} to={`/stock/location/${item.location}`}>
          {item.location_detail?.pathstring ?? item.location}
        </Anchor>
      ) : (
        t('No location')
      ),
    ],
    [t('Status'), status],
    [t('In stock'), item.in_stock ? t('Yes') : t('No')],
    [
      t('Installed in'),
      item.belongs_to ? (
        <Anchor component={Link} to={`/stock/item/${item.belongs_to}`}>
          {t('Stock item {id}', { id: item.belongs_to })}
        </Anchor>
      ) : (
        '—'
      ),
    ],
    [t('Packaging'), item.packaging || '—'],
    [t('Expiry date'), item.expiry_date || '—'],
    [t('Last stocktake'), item.stocktake_date || '—'],
    [t('Created'), item.creation_date?.slice(0, 10) || '—'],
    [t('Updated'), item.updated?.slice(0, 19).replace('T', ' ') || '—'],
  ];
  return (
    <Table aria-label={t('Stock item details')} withRowBorders={false} striped>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w="30%" scope="row">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function TrackingTab({ item }: { item: StockItem }) {
  return (
    <DataTable<TrackingEntry>
      tableKey="stock-tracking"
      label={t('Stock tracking')}
      endpoint={ApiEndpoints.stockTracking}
      params={{ item: item.pk, user_detail: true }}
      columns={[
        { accessor: 'date', title: t('Date'), ordering: 'date', render: (row) => row.date.slice(0, 19).replace('T', ' ') },
        { accessor: 'label', title: t('Entry'), alwaysVisible: true },
        { accessor: 'deltas', title: t('Changes'), render: (row) => trackingChanges(row.deltas) || '—' },
        { accessor: 'notes', title: t('Notes') },
        { accessor: 'user', title: t('User'), render: (row) => row.user_detail?.username ?? '—' },
      ]}
    />
  );
}

interface TestResult {
  pk: number;
  test?: string;
  test_name?: string;
  result: boolean;
  value: string | null;
  notes: string | null;
  date: string | null;
}

/** Test results; servers without the test-result endpoint answer 404, which reads as "none". */
function TestResultsTab({ item }: { item: StockItem }) {
  const api = useApi();
  const probe = useQuery({
    queryKey: ['stock-tests-available', item.pk],
    queryFn: () => api.get(ApiEndpoints.stockTests, { limit: 1, offset: 0, stock_item: item.pk }),
    retry: false,
  });
  if (probe.isPending) return <Loader size="sm" aria-label={t('Loading')} />;
  if (probe.isError && probe.error instanceof ApiError && probe.error.status === 404) {
    return <Text c="dimmed">{t('Test results are not available on this server')}</Text>;
  }
  return (
    <Stack gap="sm">
      <RequiredTestsSummary item={item} />
      <TestResultTable item={item} />
    </Stack>
  );
}

/** How many of the part's required tests the item has passed, shown above its results. */
function RequiredTestsSummary({ item }: { item: StockItem }) {
  const api = useApi();
  const status = useQuery({
    queryKey: ['stock-required-tests', item.pk],
    queryFn: async () => {
      const [templates, results] = await Promise.all([
        api.get<RequiredTemplate[]>(ApiEndpoints.partTestTemplates, { part: item.part, required: true, enabled: true }),
        api.get<RecordedResult[]>(ApiEndpoints.stockTests, { stock_item: item.pk }),
      ]);
      return requiredTestStatus(templates, results);
    },
    retry: false,
  });
  if (!status.data || status.data.total === 0) return null;
  const passed = passedAllRequiredTests(status.data);
  return (
    <Group gap="xs">
      <Badge color={passed ? 'teal' : 'orange'} variant="light">
        {passed ? t('All required tests passed') : t('Required tests incomplete')}
      </Badge>
      <Text size="sm" c="dimmed">
        {t('{passed} of {total} required tests passed', {
          passed: String(status.data.passed),
          total: String(status.data.total),
        })}
      </Text>
    </Group>
  );
}

function TestResultTable({ item }: { item: StockItem }) {
  return (
    <DataTable<TestResult>
      tableKey="stock-tests"
      label={t('Test results')}
      endpoint={ApiEndpoints.stockTests}
      params={{ stock_item: item.pk }}
      columns={[
        { accessor: 'test', title: t('Test'), alwaysVisible: true, render: (row) => row.test_name ?? row.test ?? '—' },
        {
          accessor: 'result',
          title: t('Result'),
          render: (row) => (
            <Badge color={row.result ? 'teal' : 'red'} variant="light">
              {row.result ? t('Pass') : t('Fail')}
            </Badge>
          ),
        },
        { accessor: 'value', title: t('Value') },
        { accessor: 'notes', title: t('Notes') },
        { accessor: 'date', title: t('Date'), ordering: 'date' },
      ]}
    />
  );
}

export function StockItemPage() {
  const { itemId } = useParams();
  const id = Number(itemId);
  const api = useApi();
  const permissions = usePermissions();
  const statuses = useStockStatuses();
  const [action, setAction] = useState<StockActionKind | null>(null);

  const item = useQuery({
    queryKey: ['stock-item', id],
    queryFn: () =>
      api.get<StockItem>(detailPath(ApiEndpoints.stock, id), { part_detail: true, location_detail: true, path_detail: true }),
  });

  if (item.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('Loading stock item')} />
      </Center>
    );
  }
  if (item.isError) {
    return (
      <Alert color="red" role="alert" title={t('Could not load the stock item')}>
        {item.error.message}
      </Alert>
    );
  }

  const data = item.data;
  const status = (
    <StatusBadge status={data.status} label={data.status_text} values={Object.values(statuses.data?.values ?? {})} />
  );
  const actions = allowedActions((p) => permissions.can('stock', p), data);

  return (
    <Stack>
      <Breadcrumbs separator="/">
        <Anchor component={Link} to="/stock/location" size="sm">
          {t('Stock')}
        </Anchor>
        {(data.location_path ?? []).map((step) => (
          <Anchor key={step.pk} component={Link} to={`/stock/location/${step.pk}`} size="sm">
            {step.name}
          </Anchor>
        ))}
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={2}>{data.part_detail?.full_name ?? t('Stock item {id}', { id: data.pk })}</Title>
            {status}
            {!data.in_stock && <Badge color="gray">{t('Not in stock')}</Badge>}
          </Group>
          <Text c="dimmed">
            {data.serial ? t('Serial number {serial}', { serial: data.serial }) : t('Quantity {quantity}', { quantity: data.quantity })}
          </Text>
        </div>
        <Group gap="xs">
          {actions.map((kind) => (
            <StockActionButton key={kind} kind={kind} onClick={() => setAction(kind)} />
          ))}
        </Group>
      </Group>

      <Paper withBorder p="md">
        <Tabs defaultValue="details" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="details">{t('Details')}</Tabs.Tab>
            <Tabs.Tab value="tracking">{t('Stock tracking')}</Tabs.Tab>
            <Tabs.Tab value="tests">{t('Test results')}</Tabs.Tab>
            <Tabs.Tab value="installed">{t('Installed items')}</Tabs.Tab>
            <Tabs.Tab value="notes">{t('Notes')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="details" pt="md">
            <DetailsTab item={data} status={status} />
          </Tabs.Panel>
          <Tabs.Panel value="tracking" pt="md">
            <TrackingTab item={data} />
          </Tabs.Panel>
          <Tabs.Panel value="tests" pt="md">
            <TestResultsTab item={data} />
          </Tabs.Panel>
          <Tabs.Panel value="installed" pt="md">
            <StockTable tableKey="stock-installed" label={t('Installed items')} params={{ belongs_to: data.pk }} />
          </Tabs.Panel>
          <Tabs.Panel value="notes" pt="md">
            {data.notes ? <SafeMarkdown text={data.notes} /> : <Text c="dimmed">{t('No notes')}</Text>}
          </Tabs.Panel>
        </Tabs>
      </Paper>

      <StockActionDialog action={action ? { kind: action, items: [data] } : null} onClose={() => setAction(null)} />
    </Stack>
  );
}
