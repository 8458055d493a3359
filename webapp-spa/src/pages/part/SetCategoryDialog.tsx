import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { RelatedSelect } from '../../components/forms/RelatedSelect';
import { bulkFailure } from '../../components/table/tableState';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import type { Part } from './types';

/**
 * Moves the parts selected in a table into one category, each with PATCH {category} (the server
 * has no bulk endpoint for it); only categories that may hold parts (not structural) are offered.
 */
export function SetCategoryDialog({ parts, onClose }: { parts: Part[] | null; onClose: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setCategory(null);
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!parts) return;
    setBusy(true);
    setError(null);
    try {
      for (const part of parts) await api.patch(detailPath(ApiEndpoints.parts, part.pk), { category });
      close();
    } catch (e) {
      setError(bulkFailure(e));
    } finally {
      setBusy(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['table'] }),
        queryClient.invalidateQueries({ queryKey: ['category-tree'] }),
      ]);
    }
  };

  return (
    <Modal opened={parts !== null} onClose={close} title={t('Set category')}>
      <Stack>
        <Text size="sm">
          {parts?.length === 1
            ? t('The part moves to the chosen category.')
            : t('{count} parts move to the chosen category.', { count: parts?.length ?? 0 })}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <RelatedSelect
          field={{
            name: 'category',
            type: 'related field',
            label: t('Category'),
            required: true,
            api_url: `/${ApiEndpoints.categories}`,
            relatedParams: { structural: false },
          }}
          value={category}
          onChange={setCategory}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('Cancel')}
          </Button>
          <Button loading={busy} disabled={category === null} onClick={() => void submit()}>
            {t('Submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
