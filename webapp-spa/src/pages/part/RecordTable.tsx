import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { QueryParams } from '../../api/client';
import { detailPath } from '../../api/endpoints';
import { ApiFormModal } from '../../components/forms/ApiForm';
import type { FieldOverride, FormValues } from '../../components/forms/formModel';
import { DataTable, type TableColumn } from '../../components/table/DataTable';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import type { RecordRights } from './partPanels';

interface Row {
  pk: number;
}

/**
 * A table of records that belong to the page's object (a part's parameters, test templates, price
 * breaks...), with a create button and edit and delete buttons per row for what the user may do.
 * The forms come from the endpoint's OPTIONS; `fixed` fields (the owning part) are sent but not shown.
 */
export function RecordTable<T extends Row>({
  tableKey,
  label,
  endpoint,
  params,
  columns,
  fields,
  fixed,
  overrides,
  rights,
  noun,
  describe,
  rowActions,
  onRowClick,
  onChanged,
}: {
  tableKey: string;
  label: string;
  endpoint: string;
  params?: QueryParams;
  columns: TableColumn<T>[];
  /** The fields the forms show, in order. */
  fields: string[];
  fixed: FormValues;
  overrides?: Record<string, FieldOverride>;
  rights: RecordRights;
  /** What one record is called ("parameter"), for the buttons and dialog titles. */
  noun: string;
  /** How a row reads in the delete question. */
  describe: (row: T) => string;
  rowActions?: (row: T) => ReactNode;
  onRowClick?: (row: T) => void;
  onChanged?: () => void;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<T | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: ['table'] });
    onChanged?.();
  };
  const hidden = Object.fromEntries(Object.keys(fixed).map((name) => [name, { ...overrides?.[name], hidden: true }]));
  const allOverrides = { ...overrides, ...hidden };
  const formFields = [...Object.keys(fixed), ...fields];

  const remove = async (row: T) => {
    setBusy(true);
    try {
      await api.delete(detailPath(endpoint, row.pk));
      setDeleting(null);
      setError(null);
      changed();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const withActions: TableColumn<T>[] =
    rights.change || rights.delete || rowActions
      ? [
          ...columns,
          {
            accessor: 'actions',
            title: t('Actions'),
            alwaysVisible: true,
            render: (row) => (
              <Group gap={4} wrap="nowrap" onClick={(e) => e.stopPropagation()}>
                {rowActions?.(row)}
                {rights.change && (
                  <Button size="compact-xs" variant="default" onClick={() => setEditing(row)}>
                    {t('Edit')}
                  </Button>
                )}
                {rights.delete && (
                  <Button size="compact-xs" variant="light" color="red" onClick={() => setDeleting(row)}>
                    {t('Delete')}
                  </Button>
                )}
              </Group>
            ),
          },
        ]
      : columns;

  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <DataTable<T>
        tableKey={tableKey}
        label={label}
        endpoint={endpoint}
        params={params}
        columns={withActions}
        onRowClick={onRowClick}
        actions={
          rights.add && (
            <Button size="xs" onClick={() => setCreating(true)}>
              {t('Add {noun}', { noun })}
            </Button>
          )
        }
      />
      <ApiFormModal
        opened={creating}
        title={t('Add {noun}', { noun })}
        onClose={() => setCreating(false)}
        metadataPath={endpoint}
        submitPath={endpoint}
        method="POST"
        initial={fixed}
        only={formFields}
        overrides={allOverrides}
        onSuccess={() => {
          setCreating(false);
          changed();
        }}
      />
      <ApiFormModal
        opened={editing !== null}
        title={t('Edit {noun}', { noun })}
        onClose={() => setEditing(null)}
        metadataPath={editing ? detailPath(endpoint, editing.pk) : endpoint}
        submitPath={editing ? detailPath(endpoint, editing.pk) : endpoint}
        method="PATCH"
        initial={editing as unknown as FormValues}
        only={fields}
        overrides={overrides}
        onSuccess={() => {
          setEditing(null);
          changed();
        }}
      />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('Delete {noun}', { noun })}>
        {deleting && (
          <Stack>
            <Text>{t('Delete {what}?', { what: describe(deleting) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t('Cancel')}
              </Button>
              <Button color="red" loading={busy} onClick={() => void remove(deleting)}>
                {t('Delete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
