import { Alert, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiEndpoints } from '../../api/endpoints';
import { RelatedSelect } from '../../components/forms/RelatedSelect';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import {
  actionErrors,
  actionRequest,
  actionTitle,
  initialLines,
  type ActionErrors,
  type ActionLine,
  type StockActionKind,
} from './stockActions';
import type { StatusClass, StockItem } from './types';

const NO_ERRORS: ActionErrors = { lines: [], fields: {}, general: [] };

/** The stock statuses to choose from, as the server names them. */
export function useStockStatuses() {
  const api = useApi();
  return useQuery({
    queryKey: ['stock-status'],
    queryFn: () => api.get<StatusClass>(ApiEndpoints.stockStatus),
    staleTime: 5 * 60_000,
  });
}

function itemName(item: StockItem): string {
  return item.part_detail?.full_name ?? t('Part {id}', { id: item.part });
}

function ActionForm({
  kind,
  items,
  onDone,
  onCancel,
}: {
  kind: StockActionKind;
  items: StockItem[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const statuses = useStockStatuses();
  const [lines, setLines] = useState<ActionLine[]>(() => initialLines(kind, items));
  const [location, setLocation] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<ActionErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const setQuantity = (index: number, quantity: string) =>
    setLines(lines.map((line, i) => (i === index ? { ...line, quantity } : line)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const request = actionRequest(kind, lines, { location, notes, status: status === null ? null : Number(status) });
    try {
      if (request.method === 'PATCH') await api.patch(request.path, request.body);
      else await api.post(request.path, request.body);
      setErrors(NO_ERRORS);
      // quantities, locations and history all changed: every stock view reads again
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['table'] }),
        queryClient.invalidateQueries({ queryKey: ['stock-item'] }),
        queryClient.invalidateQueries({ queryKey: ['stock-location'] }),
        queryClient.invalidateQueries({ queryKey: ['part'] }),
      ]);
      onDone();
    } catch (e) {
      setErrors(actionErrors(e, lines.length));
    } finally {
      setBusy(false);
    }
  };

  const statusChoices = Object.values(statuses.data?.values ?? {}).map((value) => ({
    value: String(value.key),
    label: value.label,
  }));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {errors.general.length > 0 && (
          <Alert color="red" role="alert">
            {errors.general.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </Alert>
        )}
        <Table aria-label={t('Stock items')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Part')}</Table.Th>
              <Table.Th>{t('Location')}</Table.Th>
              <Table.Th>{t('In stock')}</Table.Th>
              {kind !== 'status' && <Table.Th>{t('Quantity')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => (
              <Table.Tr key={item.pk}>
                <Table.Td>
                  {itemName(item)}
                  {item.serial && <Text size="xs" c="dimmed">{t('Serial {serial}', { serial: item.serial })}</Text>}
                </Table.Td>
                <Table.Td>{item.location_detail?.pathstring ?? '—'}</Table.Td>
                <Table.Td>{item.quantity}</Table.Td>
                {kind !== 'status' && (
                  <Table.Td>
                    <TextInput
                      size="xs"
                      inputMode="decimal"
                      aria-label={t('Quantity of {name}', { name: itemName(item) })}
                      value={String(lines[index]?.quantity ?? '')}
                      error={errors.lines[index] ?? undefined}
                      onChange={(e) => setQuantity(index, e.currentTarget.value)}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {kind === 'transfer' && (
          <RelatedSelect
            field={{
              name: 'location',
              type: 'related field',
              label: t('Destination'),
              required: true,
              api_url: `/${ApiEndpoints.stockLocations}`,
            }}
            value={location}
            onChange={setLocation}
            error={errors.fields.location}
          />
        )}
        {kind === 'status' ? (
          <Select
            label={t('Status')}
            required
            data={statusChoices}
            value={status}
            onChange={setStatus}
            error={errors.fields.status}
          />
        ) : (
          <Textarea
            label={t('Notes')}
            rows={2}
            value={notes}
            error={errors.fields.notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('Cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('Submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Counts, adds, removes, transfers or re-labels one item or the rows selected in a table. */
export function StockActionDialog({
  action,
  onClose,
}: {
  action: { kind: StockActionKind; items: StockItem[] } | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={action !== null} onClose={onClose} title={action ? actionTitle(action.kind) : ''} size="lg">
      {action && <ActionForm kind={action.kind} items={action.items} onDone={onClose} onCancel={onClose} />}
    </Modal>
  );
}
