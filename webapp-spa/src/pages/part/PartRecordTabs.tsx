import { Anchor, Badge, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { ApiEndpoints } from '../../api/endpoints';
import { DataTable } from '../../components/table/DataTable';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import type { BomLine } from './BomTab';
import { LineValidation } from './BomTab';
import type { PartRights, RecordRights } from './partPanels';
import { RecordTable } from './RecordTable';
import type { Part } from './types';

function yesNo(value: boolean) {
  return (
    <Badge color={value ? 'teal' : 'gray'} variant="light">
      {value ? t('Yes') : t('No')}
    </Badge>
  );
}

interface PartParameter {
  pk: number;
  template: number;
  template_detail?: { name: string; units: string; description: string };
  data: string;
  note: string;
  updated: string | null;
}

export function ParametersTab({ part, rights }: { part: Part; rights: RecordRights }) {
  return (
    <RecordTable<PartParameter>
      tableKey="part-parameters"
      label={t('Parameters')}
      endpoint={ApiEndpoints.partParameters}
      params={{ model_type: 'part', model_id: part.pk, template_detail: true }}
      columns={[
        {
          accessor: 'template',
          title: t('Parameter'),
          alwaysVisible: true,
          render: (row) => row.template_detail?.name ?? row.template,
        },
        { accessor: 'description', title: t('Description'), render: (row) => row.template_detail?.description || '—' },
        { accessor: 'data', title: t('Value'), ordering: 'data' },
        { accessor: 'units', title: t('Units'), render: (row) => row.template_detail?.units || '—' },
        { accessor: 'note', title: t('Note') },
        { accessor: 'updated', title: t('Updated'), defaultHidden: true, render: (row) => row.updated?.slice(0, 10) ?? '—' },
      ]}
      fields={['template', 'data', 'note']}
      fixed={{ model_type: 'part.part', model_id: part.pk }}
      rights={rights}
      noun={t('parameter')}
      describe={(row) => row.template_detail?.name ?? t('this parameter')}
    />
  );
}

/** The assemblies whose BOMs use the part (directly, as a substitute or as an allowed variant). */
export function UsedInTab({ part }: { part: Part }) {
  const navigate = useNavigate();
  return (
    <DataTable<BomLine>
      tableKey="part-used-in"
      label={t('Used in')}
      endpoint={ApiEndpoints.bom}
      params={{ uses: part.pk, part_detail: true, sub_part_detail: true, can_build: false }}
      columns={[
        {
          accessor: 'part',
          title: t('Assembly'),
          alwaysVisible: true,
          render: (row) => (
            <Anchor component={Link} to={`/part/${row.part}`} onClick={(e) => e.stopPropagation()}>
              {row.part_detail?.full_name ?? row.part}
            </Anchor>
          ),
        },
        { accessor: 'description', title: t('Description'), render: (row) => row.part_detail?.description || '—' },
        {
          accessor: 'sub_part',
          title: t('Component'),
          render: (row) => row.sub_part_detail?.full_name ?? row.sub_part,
        },
        { accessor: 'quantity', title: t('Quantity'), ordering: 'quantity' },
        { accessor: 'reference', title: t('Reference'), ordering: 'reference' },
        { accessor: 'validated', title: t('Validated'), render: (row) => <LineValidation validated={row.validated} /> },
      ]}
      onRowClick={(row) => navigate(`/part/${row.part}`)}
    />
  );
}

interface TestTemplate {
  pk: number;
  part: number;
  key: string;
  test_name: string;
  description: string | null;
  enabled: boolean;
  required: boolean;
  requires_value: boolean;
  requires_attachment: boolean;
  choices: string;
  results?: number;
}

export function TestTemplatesTab({ part, rights }: { part: Part; rights: RecordRights }) {
  return (
    <RecordTable<TestTemplate>
      tableKey="part-test-templates"
      label={t('Test templates')}
      endpoint={ApiEndpoints.partTestTemplates}
      params={{ part: part.pk }}
      columns={[
        { accessor: 'test_name', title: t('Test'), alwaysVisible: true, ordering: 'test_name' },
        { accessor: 'description', title: t('Description') },
        { accessor: 'required', title: t('Required'), ordering: 'required', render: (row) => yesNo(row.required) },
        { accessor: 'enabled', title: t('Enabled'), render: (row) => yesNo(row.enabled) },
        { accessor: 'requires_value', title: t('Requires value'), render: (row) => yesNo(row.requires_value) },
        { accessor: 'requires_attachment', title: t('Requires attachment'), render: (row) => yesNo(row.requires_attachment) },
        { accessor: 'choices', title: t('Choices'), defaultHidden: true },
        {
          accessor: 'inherited',
          title: t('Inherited from'),
          render: (row) =>
            row.part === part.pk ? '—' : (
              <Anchor component={Link} to={`/part/${row.part}`} onClick={(e) => e.stopPropagation()}>
                {t('Part {id}', { id: row.part })}
              </Anchor>
            ),
        },
        { accessor: 'results', title: t('Results'), ordering: 'results' },
      ]}
      fields={['test_name', 'description', 'required', 'enabled', 'requires_value', 'requires_attachment', 'choices']}
      fixed={{ part: part.pk }}
      rights={rights}
      noun={t('test template')}
      describe={(row) => row.test_name}
    />
  );
}

interface RelatedPart {
  pk: number;
  part_1: number;
  part_2: number;
  part_1_detail?: Part;
  part_2_detail?: Part;
  note: string;
}

/** The other side of a relation, whichever side the page's part is on. */
export function otherPart(row: RelatedPart, partId: number): { id: number; detail?: Part } {
  return row.part_1 === partId ? { id: row.part_2, detail: row.part_2_detail } : { id: row.part_1, detail: row.part_1_detail };
}

export function RelatedPartsTab({ part, rights }: { part: Part; rights: RecordRights }) {
  const navigate = useNavigate();
  return (
    <RecordTable<RelatedPart>
      tableKey="part-related"
      label={t('Related parts')}
      endpoint={ApiEndpoints.relatedParts}
      params={{ part: part.pk }}
      columns={[
        {
          accessor: 'part',
          title: t('Part'),
          alwaysVisible: true,
          render: (row) => otherPart(row, part.pk).detail?.full_name ?? otherPart(row, part.pk).id,
        },
        { accessor: 'description', title: t('Description'), render: (row) => otherPart(row, part.pk).detail?.description || '—' },
        { accessor: 'note', title: t('Note') },
      ]}
      fields={['part_2', 'note']}
      fixed={{ part_1: part.pk }}
      overrides={{ part_2: { label: t('Related part') } }}
      rights={{ ...rights, change: false }}
      noun={t('related part')}
      describe={(row) => otherPart(row, part.pk).detail?.full_name ?? t('this relation')}
      onRowClick={(row) => navigate(`/part/${otherPart(row, part.pk).id}`)}
    />
  );
}

interface PriceBreak {
  pk: number;
  part: number;
  quantity: number;
  price: string | null;
  price_currency: string;
}

function PriceBreakTable({ part, rights, endpoint, label, tableKey }: { part: Part; rights: RecordRights; endpoint: string; label: string; tableKey: string }) {
  return (
    <RecordTable<PriceBreak>
      tableKey={tableKey}
      label={label}
      endpoint={endpoint}
      params={{ part: part.pk }}
      columns={[
        { accessor: 'quantity', title: t('Quantity'), alwaysVisible: true, ordering: 'quantity' },
        { accessor: 'price', title: t('Price'), ordering: 'price', render: (row) => row.price === null ? '—' : `${row.price} ${row.price_currency}` },
      ]}
      fields={['quantity', 'price', 'price_currency']}
      fixed={{ part: part.pk }}
      rights={rights}
      noun={t('price break')}
      describe={(row) => t('the price break at {quantity}', { quantity: row.quantity })}
    />
  );
}

/**
 * Internal price breaks when the PART_INTERNAL_PRICE setting turns internal prices on, and sale price
 * breaks of salable parts, as InvenTree's pricing panel shows them.
 */
export function PricingTab({ part, rights }: { part: Part; rights: PartRights['prices'] }) {
  const api = useApi();
  const internal = useQuery({
    queryKey: ['setting', 'PART_INTERNAL_PRICE'],
    queryFn: () => api.get<{ value: unknown }>(`${ApiEndpoints.globalSettings}PART_INTERNAL_PRICE/`),
    retry: false,
  });
  if (internal.isPending) return <Loader size="sm" aria-label={t('Loading')} />;
  const internalPrices = String(internal.data?.value).toLowerCase() === 'true';
  return (
    <Stack gap="lg">
      {internalPrices && (
        <Stack gap="xs">
          <Title order={4}>{t('Internal price breaks')}</Title>
          <PriceBreakTable part={part} rights={rights} endpoint={ApiEndpoints.internalPrices} label={t('Internal price breaks')} tableKey="part-internal-prices" />
        </Stack>
      )}
      {!internalPrices && !part.salable && <Text c="dimmed">{t('No price breaks apply to this part')}</Text>}
      {part.salable && (
        <Stack gap="xs">
          <Title order={4}>{t('Sale price breaks')}</Title>
          <PriceBreakTable part={part} rights={rights} endpoint={ApiEndpoints.salePrices} label={t('Sale price breaks')} tableKey="part-sale-prices" />
        </Stack>
      )}
    </Stack>
  );
}
