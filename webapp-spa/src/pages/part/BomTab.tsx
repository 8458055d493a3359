import { Alert, Anchor, Badge, Button, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PagedResults } from '../../api/endpoints';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { ApiFormModal } from '../../components/forms/ApiForm';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import { bomStatus, type BomValidation } from './bomStatus';
import type { PartRights } from './partPanels';
import { RecordTable } from './RecordTable';
import type { Part } from './types';

interface BriefPart {
  pk: number;
  full_name: string;
  description?: string;
  IPN?: string | null;
}

export interface BomLine {
  pk: number;
  part: number;
  sub_part: number;
  sub_part_detail?: BriefPart;
  part_detail?: BriefPart;
  quantity: number;
  reference: string;
  optional: boolean;
  consumable: boolean;
  allow_variants: boolean;
  inherited: boolean;
  validated: boolean;
  note: string;
  substitutes?: { pk: number }[];
}

interface Substitute {
  pk: number;
  bom_item: number;
  part: number;
  part_detail?: BriefPart;
}

const LINE_FIELDS = ['sub_part', 'quantity', 'reference', 'optional', 'consumable', 'allow_variants', 'inherited', 'note'];

/** The flags InvenTree shows on a line, as short badges. */
export function lineFlags(line: Pick<BomLine, 'optional' | 'consumable' | 'inherited' | 'allow_variants'>): string[] {
  const flags: string[] = [];
  if (line.optional) flags.push(t('Optional'));
  if (line.consumable) flags.push(t('Consumable'));
  if (line.inherited) flags.push(t('Inherited'));
  if (line.allow_variants) flags.push(t('Variants allowed'));
  return flags;
}

function PartLink({ part, id }: { part?: BriefPart; id: number }) {
  return (
    <Anchor component={Link} to={`/part/${id}`} onClick={(e) => e.stopPropagation()}>
      {part?.full_name ?? id}
    </Anchor>
  );
}

export function LineValidation({ validated }: { validated: boolean }) {
  return validated ? (
    <Badge color="teal" variant="light">
      {t('Validated')}
    </Badge>
  ) : (
    <Badge color="orange" variant="light">
      {t('Not validated')}
    </Badge>
  );
}

/** The BOM's sign-off above its lines, with the button that signs the whole BOM off. */
function BomSummary({ part, canValidate }: { part: Part; canValidate: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [validating, setValidating] = useState(false);
  const validatePath = `${detailPath(ApiEndpoints.parts, part.pk)}bom-validate/`;
  const status = useQuery({
    queryKey: ['bom-status', part.pk],
    queryFn: async () => {
      const [validation, lines, unvalidated] = await Promise.all([
        api.get<BomValidation>(validatePath),
        api.get<PagedResults<BomLine>>(ApiEndpoints.bom, { part: part.pk, limit: 1, offset: 0, can_build: false }),
        api.get<PagedResults<BomLine>>(ApiEndpoints.bom, {
          part: part.pk,
          validated: false,
          limit: 1,
          offset: 0,
          can_build: false,
        }),
      ]);
      return bomStatus(validation, lines.count, unvalidated.count);
    },
  });
  if (status.isPending) return <Loader size="sm" aria-label={t('Loading')} />;
  if (status.isError) return <Text c="red">{status.error.message}</Text>;
  const shown = status.data;
  return (
    <Paper withBorder p="xs" aria-label={t('BOM validation')} role="status">
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color={shown.color} size="lg" variant="light">
            {shown.label}
          </Badge>
          {shown.detail && (
            <Text size="sm" c="dimmed">
              {shown.detail}
            </Text>
          )}
        </Group>
        {canValidate && !shown.valid && (
          <Button size="xs" variant="light" color="teal" onClick={() => setValidating(true)}>
            {t('Validate BOM')}
          </Button>
        )}
      </Group>
      <ApiFormModal
        opened={validating}
        title={t('Validate BOM')}
        onClose={() => setValidating(false)}
        metadataPath={validatePath}
        submitPath={validatePath}
        method="PATCH"
        initial={{ valid: true }}
        only={['valid']}
        submitLabel={t('Validate')}
        onSuccess={() => {
          setValidating(false);
          void queryClient.invalidateQueries({ queryKey: ['bom-status', part.pk] });
          void queryClient.invalidateQueries({ queryKey: ['table'] });
        }}
      />
    </Paper>
  );
}

/** The substitutes of one line: listed, added and removed in a dialog. */
function SubstitutesDialog({ line, rights, onClose }: { line: BomLine | null; rights: PartRights['bom']; onClose: () => void }) {
  return (
    <Modal
      opened={line !== null}
      onClose={onClose}
      size="lg"
      title={line ? t('Substitutes for {part}', { part: line.sub_part_detail?.full_name ?? String(line.sub_part) }) : ''}
    >
      {line && (
        <RecordTable<Substitute>
          tableKey="bom-substitutes"
          label={t('Substitutes')}
          endpoint={ApiEndpoints.bomSubstitutes}
          params={{ bom_item: line.pk, part_detail: true }}
          columns={[
            {
              accessor: 'part',
              title: t('Part'),
              alwaysVisible: true,
              render: (row) => <PartLink part={row.part_detail} id={row.part} />,
            },
            { accessor: 'description', title: t('Description'), render: (row) => row.part_detail?.description || '—' },
          ]}
          fields={['part']}
          fixed={{ bom_item: line.pk }}
          overrides={{ part: { relatedParams: { component: true } } }}
          rights={{ add: rights.add, change: false, delete: rights.delete }}
          noun={t('substitute')}
          describe={(row) => row.part_detail?.full_name ?? String(row.part)}
        />
      )}
    </Modal>
  );
}

/** A part's bill of materials: its sign-off, its lines with their flags and sign-off, and their substitutes. */
export function BomTab({ part, rights }: { part: Part; rights: PartRights['bom'] }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [substitutesOf, setSubstitutesOf] = useState<BomLine | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refreshStatus = () => void queryClient.invalidateQueries({ queryKey: ['bom-status', part.pk] });
  const validateLine = async (line: BomLine) => {
    try {
      await api.patch(`${detailPath(ApiEndpoints.bom, line.pk)}validate/`, { valid: true });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    void queryClient.invalidateQueries({ queryKey: ['table'] });
    refreshStatus();
  };

  return (
    <Stack gap="sm">
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <BomSummary part={part} canValidate={rights.validateBom} />
      <RecordTable<BomLine>
        tableKey="part-bom"
        label={t('Bill of materials')}
        endpoint={ApiEndpoints.bom}
        params={{ part: part.pk, sub_part_detail: true, substitutes: true, can_build: false }}
        columns={[
          {
            accessor: 'sub_part',
            title: t('Component'),
            alwaysVisible: true,
            ordering: 'sub_part',
            render: (row) => <PartLink part={row.sub_part_detail} id={row.sub_part} />,
          },
          { accessor: 'description', title: t('Description'), render: (row) => row.sub_part_detail?.description || '—' },
          { accessor: 'quantity', title: t('Quantity'), ordering: 'quantity' },
          { accessor: 'reference', title: t('Reference'), ordering: 'reference' },
          {
            accessor: 'flags',
            title: t('Flags'),
            render: (row) => (
              <Group gap={4}>
                {lineFlags(row).map((flag) => (
                  <Badge key={flag} size="xs" variant="outline">
                    {flag}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { accessor: 'substitutes', title: t('Substitutes'), render: (row) => String(row.substitutes?.length ?? 0) },
          { accessor: 'note', title: t('Note'), defaultHidden: true },
          {
            accessor: 'validated',
            title: t('Validated'),
            ordering: 'validated',
            render: (row) => <LineValidation validated={row.validated} />,
          },
        ]}
        fields={LINE_FIELDS}
        fixed={{ part: part.pk }}
        overrides={{ sub_part: { relatedParams: { component: true, active: true } } }}
        rights={rights}
        noun={t('BOM line')}
        describe={(row) => row.sub_part_detail?.full_name ?? String(row.sub_part)}
        onChanged={refreshStatus}
        rowActions={(row) => (
          <>
            {rights.validateLine && !row.validated && (
              <Button size="compact-xs" variant="light" color="teal" onClick={() => void validateLine(row)}>
                {t('Validate line')}
              </Button>
            )}
            <Button size="compact-xs" variant="default" onClick={() => setSubstitutesOf(row)}>
              {t('Substitutes')}
            </Button>
          </>
        )}
      />
      <SubstitutesDialog line={substitutesOf} rights={rights} onClose={() => setSubstitutesOf(null)} />
    </Stack>
  );
}
