import { Alert, Button, Group, Loader, MultiSelect, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';

export interface GroupRef {
  pk: number;
  name: string;
}

function firstMessage(error: unknown): string {
  if (error instanceof ApiError && error.body && typeof error.body === 'object') {
    const body = error.body as Record<string, unknown>;
    const value = body.group_ids ?? body.detail ?? body.non_field_errors;
    if (value) return Array.isArray(value) ? value.join(' ') : String(value);
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The groups a user belongs to (and so their roles), chosen among all groups and saved as a whole
 * with PATCH {group_ids}, the field InvenTree's user form sets.
 */
export function UserGroups({
  user,
  current,
  canEdit,
  onSaved,
}: {
  user: number;
  current: GroupRef[];
  canEdit: boolean;
  onSaved: () => void;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string[]>(current.map((g) => String(g.pk)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const groups = useQuery({
    queryKey: ['all-groups'],
    queryFn: () => api.get<GroupRef[]>(ApiEndpoints.groups),
  });
  if (groups.isPending) return <Loader size="sm" aria-label={t('Loading')} />;
  if (groups.isError) return <Alert color="red">{groups.error.message}</Alert>;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.patch(detailPath(ApiEndpoints.users, user), { group_ids: chosen.map(Number) });
      await queryClient.invalidateQueries({ queryKey: ['table', ApiEndpoints.users] });
      onSaved();
    } catch (e) {
      setError(firstMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <MultiSelect
        label={t('Groups')}
        description={t('The user holds the roles of every group they belong to')}
        data={groups.data.map((g) => ({ value: String(g.pk), label: g.name }))}
        value={chosen}
        onChange={setChosen}
        searchable
        disabled={!canEdit}
        error={error}
      />
      {canEdit && (
        <Group justify="flex-end">
          <Button loading={busy} onClick={() => void save()}>
            {t('Save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
