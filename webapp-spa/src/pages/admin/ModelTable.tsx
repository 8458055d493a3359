import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { detailPath } from '../../api/endpoints';
import { ApiFormModal } from '../../components/forms/ApiForm';
import { DataTable, type TableColumn } from '../../components/table/DataTable';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';

interface Identified {
  pk: number;
}

/**
 * A list of one kind of object with create (form from OPTIONS), edit on row click and bulk delete,
 * each offered only when allowed.
 */
export function ModelTable<T extends Identified>({
  tableKey,
  endpoint,
  columns,
  noun,
  canAdd,
  canChange,
  canDelete,
  only,
}: {
  tableKey: string;
  endpoint: string;
  columns: TableColumn<T>[];
  noun: string;
  canAdd: boolean;
  canChange: boolean;
  canDelete: boolean;
  only?: string[];
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<T | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['table', endpoint] });

  return (
    <>
      <DataTable<T>
        tableKey={tableKey}
        label={noun}
        endpoint={endpoint}
        columns={columns}
        onRowClick={canChange ? (row) => setEditing(row) : undefined}
        bulkActions={
          canDelete
            ? [
                {
                  label: t('Delete'),
                  color: 'red',
                  run: async (rows) => {
                    if (!window.confirm(t('Delete {count} selected?', { count: rows.length }))) return;
                    for (const row of rows) await api.delete(detailPath(endpoint, row.pk));
                  },
                },
              ]
            : []
        }
        actions={
          canAdd && (
            <Button size="xs" onClick={() => setCreating(true)}>
              {t('New {noun}', { noun: noun.toLowerCase() })}
            </Button>
          )
        }
      />
      <ApiFormModal
        opened={creating}
        title={t('New {noun}', { noun: noun.toLowerCase() })}
        onClose={() => setCreating(false)}
        metadataPath={endpoint}
        submitPath={endpoint}
        method="POST"
        only={only}
        onSuccess={() => {
          setCreating(false);
          refresh();
        }}
      />
      {editing && (
        <ApiFormModal
          opened
          title={t('Edit {noun}', { noun: noun.toLowerCase() })}
          onClose={() => setEditing(null)}
          metadataPath={detailPath(endpoint, editing.pk)}
          submitPath={detailPath(endpoint, editing.pk)}
          method="PATCH"
          only={only}
          initial={editing as unknown as Record<string, unknown>}
          onSuccess={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
    </>
  );
}
