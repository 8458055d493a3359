import { ApiError } from '../../api/client';
import { ApiEndpoints } from '../../api/endpoints';
import { t } from '../../i18n/translate';
import type { StockItem } from './types';

export type StockActionKind = 'count' | 'add' | 'remove' | 'transfer' | 'status';

/** One item of the dialog with the quantity the user typed (kept as typed until sent). */
export interface ActionLine {
  pk: number;
  quantity: string | number;
}

export interface ActionOptions {
  location?: number | null;
  status?: number | null;
  notes?: string;
}

export interface ActionRequest {
  method: 'POST' | 'PATCH';
  path: string;
  body: Record<string, unknown>;
}

export function actionTitle(kind: StockActionKind): string {
  switch (kind) {
    case 'count':
      return t('Count stock');
    case 'add':
      return t('Add stock');
    case 'remove':
      return t('Remove stock');
    case 'transfer':
      return t('Transfer stock');
    case 'status':
      return t('Change stock status');
  }
}

/**
 * The lines a dialog starts with: a count starts from what is there, a transfer moves everything
 * unless the user says less, an add or remove starts empty so nothing happens by accident.
 */
export function initialLines(kind: StockActionKind, items: Pick<StockItem, 'pk' | 'quantity'>[]): ActionLine[] {
  return items.map((item) => ({
    pk: item.pk,
    quantity: kind === 'count' || kind === 'transfer' ? item.quantity : '',
  }));
}

/**
 * The request of an action, in InvenTree's shape: the adjustments post
 * {"items": [{"pk", "quantity"}], "location"?, "notes"}; a status change posts the items' ids
 * ({"items": [pk...], "status", "note"}), and only the items whose status differs get an entry.
 */
export function actionRequest(kind: StockActionKind, lines: ActionLine[], options: ActionOptions = {}): ActionRequest {
  if (kind === 'status') {
    return {
      method: 'POST',
      path: ApiEndpoints.stockChangeStatus,
      body: { items: lines.map((line) => line.pk), status: options.status ?? null, note: options.notes ?? '' },
    };
  }
  const paths = {
    count: ApiEndpoints.stockCount,
    add: ApiEndpoints.stockAdd,
    remove: ApiEndpoints.stockRemove,
    transfer: ApiEndpoints.stockTransfer,
  } as const;
  const body: Record<string, unknown> = {
    // quantities travel as decimal strings, as InvenTree's serializers expect; an empty one is
    // sent empty so the server names the line that lacks it
    items: lines.map((line) => ({ pk: line.pk, quantity: String(line.quantity).trim() })),
    notes: options.notes ?? '',
  };
  if (kind === 'transfer') body.location = options.location ?? null;
  return { method: 'POST', path: paths[kind], body };
}

export interface ActionErrors {
  /** One message (or null) per line, in the dialog's order. */
  lines: (string | null)[];
  /** Messages beside the dialog's own fields (location, status, notes). */
  fields: Record<string, string>;
  general: string[];
}

function messages(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(messages);
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(messages);
  return [];
}

const DIALOG_FIELDS = new Set(['location', 'status', 'notes']);

/** change_status/ names its note field `note`; the dialog shows it as the notes. */
const FIELD_ALIASES: Record<string, string> = { note: 'notes' };

/**
 * Places a refused action's messages: the per-line shape {"items": [{}, {"quantity": [...]}]}
 * goes beside each line, {"items": ["..."]} and unknown fields above the lines, the dialog's
 * fields beside them. Anything but a 400 becomes one general message.
 */
export function actionErrors(error: unknown, lineCount: number): ActionErrors {
  const result: ActionErrors = { lines: Array.from({ length: lineCount }, () => null), fields: {}, general: [] };
  if (!(error instanceof ApiError)) {
    result.general.push(error instanceof Error ? error.message : String(error));
    return result;
  }
  const body = error.body;
  if (error.status !== 400 || !body || typeof body !== 'object' || Array.isArray(body)) {
    const detail = body && typeof body === 'object' ? (body as { detail?: unknown }).detail : undefined;
    result.general.push(typeof detail === 'string' ? detail : error.message);
    return result;
  }
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (name === 'items' && Array.isArray(value) && value.some((entry) => entry && typeof entry === 'object')) {
      value.forEach((entry, index) => {
        const text = messages(entry);
        if (text.length === 0) return;
        if (index < lineCount) result.lines[index] = text.join(' ');
        else result.general.push(text.join(' '));
      });
      continue;
    }
    const text = messages(value);
    if (text.length === 0) continue;
    const field = FIELD_ALIASES[name] ?? name;
    if (DIALOG_FIELDS.has(field)) result.fields[field] = text.join(' ');
    else if (name === 'non_field_errors' || name === 'detail' || name === 'items') result.general.push(...text);
    else result.general.push(`${name}: ${text.join(' ')}`);
  }
  return result;
}

/**
 * The actions the user may start. Every action, the status change included, is a POST to a stock
 * adjustment endpoint, which asks for the stock role's add permission.
 */
export function allowedActions(can: (permission: 'add' | 'change') => boolean): StockActionKind[] {
  return can('add') ? ['count', 'add', 'remove', 'transfer', 'status'] : [];
}
