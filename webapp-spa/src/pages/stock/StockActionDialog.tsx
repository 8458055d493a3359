import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiEndpoints, detailPath } from '../../api/endpoints';
import { RelatedSelect } from '../../components/forms/RelatedSelect';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import {
  actionErrors,
  actionRequest,
  actionTitle,
  ENFORCE_BOM_INSTALLATION,
  hasLineQuantity,
  initialLines,
  installChoices,
  settingIsOn,
  type ActionErrors,
  type ActionLine,
  type StockActionKind,
} from './stockActions';
import type { StatusClass, StockItem } from './types';

const NO_ERRORS: ActionErrors = { lines: [], fields: {}, general: [] };

/** What the dialog calls the place an action sends the items to (none: the action asks no place). */
function locationLabel(kind: StockActionKind): string | null {
  if (kind === 'merge') return t('Location');
  return ['transfer', 'return', 'serialize', 'uninstall'].includes(kind) ? t('Destination') : null;
}

/** The stock statuses to choose from, as the server names them. */
export function useStockStatuses() {
  const api = useApi();
  return useQuery({
    queryKey: ['stock-status'],
    queryFn: () => api.get<StatusClass>(ApiEndpoints.stockStatus),
    staleTime: 5 * 60_000,
  });
}

/** Whether the server lets only the parts of an item's BOM be installed in it (InvenTree's default: yes). */
function useEnforceBomInstallation(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['global-setting', ENFORCE_BOM_INSTALLATION],
    queryFn: () => api.get<{ value: unknown }>(detailPath(ApiEndpoints.globalSettings, ENFORCE_BOM_INSTALLATION)),
    select: (setting) => settingIsOn(setting.value),
    staleTime: 60_000,
    enabled,
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
  const [customer, setCustomer] = useState<number | null>(null);
  const [stockItem, setStockItem] = useState<number | null>(null);
  const [installPart, setInstallPart] = useState<number | null>(null);
  const enforceBom = useEnforceBomInstallation(kind === 'install');
  // an unreadable setting counts as on: the server checks anyway, and offering less is safer
  const install = installChoices(items[0] ?? { part: 0 }, enforceBom.data ?? !enforceBom.isPending, installPart);
  const [installQuantity, setInstallQuantity] = useState('1');
  const [serialNumbers, setSerialNumbers] = useState('');
  const [allowMismatchedSuppliers, setAllowMismatchedSuppliers] = useState(false);
  const [allowMismatchedStatus, setAllowMismatchedStatus] = useState(false);
  const [merge, setMerge] = useState(false);
  const [errors, setErrors] = useState<ActionErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const setQuantity = (index: number, quantity: string) =>
    setLines(lines.map((line, i) => (i === index ? { ...line, quantity } : line)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const request = actionRequest(kind, lines, {
      location,
      notes,
      status: status === null ? null : Number(status),
      customer,
      stockItem,
      quantity: installQuantity,
      serialNumbers,
      allowMismatchedSuppliers,
      allowMismatchedStatus,
      merge,
    });
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
      setErrors(actionErrors(e, lines.length, kind));
    } finally {
      setBusy(false);
    }
  };

  const statusChoices = Object.values(statuses.data?.values ?? {}).map((value) => ({
    value: String(value.key),
    label: value.label,
  }));

  const lineQuantity = hasLineQuantity(kind);
  const placeLabel = locationLabel(kind);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {items.length === 0 && (
          <Alert color="yellow" role="alert">
            {t('None of the selected items can take this action')}
          </Alert>
        )}
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
              {lineQuantity && <Table.Th>{t('Quantity')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => (
              <Table.Tr key={item.pk}>
                <Table.Td>
                  {itemName(item)}
                  {item.serial && <Text size="xs" c="dimmed">{t('Serial {serial}', { serial: item.serial })}</Text>}
                  {/* without a quantity input, a refused line says so beside the item itself */}
                  {!lineQuantity && errors.lines[index] && (
                    <Text size="xs" c="red">
                      {errors.lines[index]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{item.location_detail?.pathstring ?? '—'}</Table.Td>
                <Table.Td>{item.quantity}</Table.Td>
                {lineQuantity && (
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
        {kind === 'assign' && (
          <RelatedSelect
            field={{
              name: 'customer',
              type: 'related field',
              label: t('Customer'),
              required: true,
              api_url: `/${ApiEndpoints.companies}`,
              relatedParams: { is_customer: true },
            }}
            value={customer}
            onChange={setCustomer}
            error={errors.fields.customer}
          />
        )}
        {kind === 'install' && (
          <>
            <RelatedSelect
              field={{
                name: 'part',
                type: 'related field',
                label: t('Part'),
                help_text: t('A trackable part of the item\'s bill of materials'),
                required: true,
                api_url: `/${ApiEndpoints.parts}`,
                relatedParams: install.partParams,
              }}
              disabled={enforceBom.isPending}
              value={installPart}
              onChange={(part) => {
                setInstallPart(part);
                setStockItem(null);
              }}
            />
            <RelatedSelect
              field={{
                name: 'stock_item',
                type: 'related field',
                label: t('Stock item to install'),
                required: true,
                api_url: `/${ApiEndpoints.stock}`,
                relatedParams: install.itemParams,
              }}
              disabled={installPart === null}
              value={stockItem}
              onChange={setStockItem}
              error={errors.fields.stock_item}
            />
            <TextInput
              label={t('Quantity to install')}
              inputMode="decimal"
              required
              value={installQuantity}
              error={errors.fields.quantity}
              onChange={(e) => setInstallQuantity(e.currentTarget.value)}
            />
          </>
        )}
        {kind === 'serialize' && (
          <TextInput
            label={t('Serial numbers')}
            description={t('Numbers and ranges, such as 1-5, 8, 10+')}
            required
            value={serialNumbers}
            error={errors.fields.serial_numbers}
            onChange={(e) => setSerialNumbers(e.currentTarget.value)}
          />
        )}
        {placeLabel && (
          <RelatedSelect
            field={{
              name: 'location',
              type: 'related field',
              label: placeLabel,
              required: kind !== 'serialize',
              api_url: `/${ApiEndpoints.stockLocations}`,
            }}
            value={location}
            onChange={setLocation}
            error={errors.fields.location}
          />
        )}
        {kind === 'merge' && (
          <>
            <Checkbox
              label={t('Allow mismatched suppliers')}
              checked={allowMismatchedSuppliers}
              error={errors.fields.allow_mismatched_suppliers}
              onChange={(e) => setAllowMismatchedSuppliers(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('Allow mismatched status')}
              checked={allowMismatchedStatus}
              error={errors.fields.allow_mismatched_status}
              onChange={(e) => setAllowMismatchedStatus(e.currentTarget.checked)}
            />
          </>
        )}
        {kind === 'return' && (
          <Checkbox
            label={t('Merge into existing stock')}
            checked={merge}
            error={errors.fields.merge}
            onChange={(e) => setMerge(e.currentTarget.checked)}
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
          <Button type="submit" loading={busy} disabled={items.length === 0}>
            {t('Submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Counts, adds, removes, transfers, re-labels, merges, assigns or returns one item or the rows
 * selected in a table; serializes, installs into or uninstalls the one item of the item page.
 */
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
