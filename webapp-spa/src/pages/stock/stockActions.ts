import { ApiError } from '../../api/client';
import { ApiEndpoints } from '../../api/endpoints';
import { t } from '../../i18n/translate';
import type { StockItem } from './types';

/** Actions on one item or on the rows selected in a table. */
export type BulkActionKind = 'count' | 'add' | 'remove' | 'transfer' | 'status' | 'merge' | 'assign' | 'return';
/** Actions the item page offers for its one item (the path names the item). */
export type ItemActionKind = 'serialize' | 'install' | 'uninstall';
export type StockActionKind = BulkActionKind | ItemActionKind;

const ITEM_ACTIONS: readonly StockActionKind[] = ['serialize', 'install', 'uninstall'];

/** Whether the action takes its one item from the path rather than from a list of items. */
export function isItemAction(kind: StockActionKind): kind is ItemActionKind {
  return ITEM_ACTIONS.includes(kind);
}

/** Whether the dialog asks a quantity per line (the others act on the items as they are). */
export function hasLineQuantity(kind: StockActionKind): boolean {
  return ['count', 'add', 'remove', 'transfer', 'return', 'serialize'].includes(kind);
}

/** One item of the dialog with the quantity the user typed (kept as typed until sent). */
export interface ActionLine {
  pk: number;
  quantity: string | number;
}

export interface ActionOptions {
  location?: number | null;
  status?: number | null;
  notes?: string;
  customer?: number | null;
  /** The stock item an install puts into the dialog's item. */
  stockItem?: number | null;
  /** How many of the installed item (install); the line carries the quantity elsewhere. */
  quantity?: string;
  serialNumbers?: string;
  allowMismatchedSuppliers?: boolean;
  allowMismatchedStatus?: boolean;
  /** A return merges into matching stock at the destination. */
  merge?: boolean;
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
    case 'merge':
      return t('Merge stock');
    case 'assign':
      return t('Assign to customer');
    case 'return':
      return t('Return to stock');
    case 'serialize':
      return t('Serialize stock');
    case 'install':
      return t('Install stock item');
    case 'uninstall':
      return t('Uninstall stock item');
  }
}

/**
 * The lines a dialog starts with: a count starts from what is there, a transfer, a return and a
 * serialization take everything unless the user says less, an add or remove starts empty so nothing
 * happens by accident.
 */
export function initialLines(kind: StockActionKind, items: Pick<StockItem, 'pk' | 'quantity'>[]): ActionLine[] {
  return items.map((item) => ({
    pk: item.pk,
    quantity: ['count', 'transfer', 'return', 'serialize'].includes(kind) ? item.quantity : '',
  }));
}

/**
 * The request of an action, in InvenTree's shape: the adjustments post
 * {"items": [{"pk", "quantity"}], "location"?, "notes"}; a status change posts the items' ids
 * ({"items": [pk...], "status", "note"}), and only the items whose status differs get an entry.
 */
export function actionRequest(kind: StockActionKind, lines: ActionLine[], options: ActionOptions = {}): ActionRequest {
  if (isItemAction(kind)) return itemActionRequest(kind, lines[0], options);
  const notes = options.notes ?? '';
  if (kind === 'merge') {
    return {
      method: 'POST',
      path: ApiEndpoints.stockMerge,
      body: {
        items: lines.map((line) => ({ item: line.pk })),
        location: options.location ?? null,
        notes,
        allow_mismatched_suppliers: options.allowMismatchedSuppliers ?? false,
        allow_mismatched_status: options.allowMismatchedStatus ?? false,
      },
    };
  }
  if (kind === 'assign') {
    return {
      method: 'POST',
      path: ApiEndpoints.stockAssign,
      body: { items: lines.map((line) => ({ item: line.pk })), customer: options.customer ?? null, notes },
    };
  }
  if (kind === 'return') {
    return {
      method: 'POST',
      path: ApiEndpoints.stockReturn,
      body: {
        items: lines.map((line) => ({ pk: line.pk, quantity: String(line.quantity).trim() })),
        location: options.location ?? null,
        notes,
        merge: options.merge ?? false,
      },
    };
  }
  if (kind === 'status') {
    return {
      method: 'POST',
      path: ApiEndpoints.stockChangeStatus,
      body: { items: lines.map((line) => line.pk), status: options.status ?? null, note: options.notes ?? '' },
    };
  }
  const paths: Record<'count' | 'add' | 'remove' | 'transfer', string> = {
    count: ApiEndpoints.stockCount,
    add: ApiEndpoints.stockAdd,
    remove: ApiEndpoints.stockRemove,
    transfer: ApiEndpoints.stockTransfer,
  };
  const body: Record<string, unknown> = {
    // quantities travel as decimal strings, as InvenTree's serializers expect; an empty one is
    // sent empty so the server names the line that lacks it
    items: lines.map((line) => ({ pk: line.pk, quantity: String(line.quantity).trim() })),
    notes: options.notes ?? '',
  };
  if (kind === 'transfer') body.location = options.location ?? null;
  return { method: 'POST', path: paths[kind], body };
}

/**
 * The single-item actions post to the item's own path: serialize {quantity, serial_numbers,
 * destination, notes}, install {stock_item, quantity, note} (the quantity of the item put in),
 * uninstall {location, note}.
 */
function itemActionRequest(kind: ItemActionKind, line: ActionLine | undefined, options: ActionOptions): ActionRequest {
  const base = `${ApiEndpoints.stock}${line?.pk ?? ''}/`;
  const notes = options.notes ?? '';
  switch (kind) {
    case 'serialize':
      return {
        method: 'POST',
        path: `${base}serialize/`,
        body: {
          quantity: String(line?.quantity ?? '').trim(),
          serial_numbers: (options.serialNumbers ?? '').trim(),
          destination: options.location ?? null,
          notes,
        },
      };
    case 'install':
      return {
        method: 'POST',
        path: `${base}install/`,
        body: { stock_item: options.stockItem ?? null, quantity: (options.quantity ?? '1').trim(), note: notes },
      };
    case 'uninstall':
      return { method: 'POST', path: `${base}uninstall/`, body: { location: options.location ?? null, note: notes } };
  }
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

const DIALOG_FIELDS = new Set([
  'location',
  'status',
  'notes',
  'customer',
  'stock_item',
  'quantity',
  'serial_numbers',
  'allow_mismatched_suppliers',
  'allow_mismatched_status',
  'merge',
]);

/**
 * change_status/, install/ and uninstall/ name their note field `note`, and serialize/ its
 * location `destination`; the dialog shows them as the notes and the location.
 */
const FIELD_ALIASES: Record<string, string> = { note: 'notes', destination: 'location' };

/**
 * Places a refused action's messages: the per-line shape {"items": [{}, {"quantity": [...]}]}
 * goes beside each line, {"items": ["..."]} and unknown fields above the lines, the dialog's
 * fields beside them. Anything but a 400 becomes one general message.
 */
export function actionErrors(error: unknown, lineCount: number, kind?: StockActionKind): ActionErrors {
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
    // a serialization's quantity is the one line's quantity, so its message goes beside that line
    if (kind === 'serialize' && field === 'quantity' && lineCount > 0) result.lines[0] = text.join(' ');
    else if (DIALOG_FIELDS.has(field)) result.fields[field] = text.join(' ');
    else if (name === 'non_field_errors' || name === 'detail' || name === 'items') result.general.push(...text);
    else result.general.push(`${name}: ${text.join(' ')}`);
  }
  return result;
}

/** The actions offered for a selection of rows, whatever the rows are. */
const BULK_ACTIONS: BulkActionKind[] = ['count', 'add', 'remove', 'transfer', 'status', 'merge', 'assign', 'return'];

type ItemState = Pick<StockItem, 'in_stock' | 'serial' | 'belongs_to'>;

/**
 * Whether an item can take an action: what is in stock can be adjusted, merged, assigned,
 * serialized or receive an installed item; only an item out of stock can come back; only an
 * installed item can be taken out; a serialized item is not serialized again.
 */
export function actionApplies(kind: StockActionKind, item: ItemState): boolean {
  switch (kind) {
    case 'return':
      return !item.in_stock && item.belongs_to === null;
    case 'uninstall':
      return item.belongs_to !== null;
    case 'serialize':
      return item.in_stock && !item.serial;
    case 'status':
      return true;
    default:
      return item.in_stock;
  }
}

/**
 * The actions the user may start. Every action, the status change included, is a POST to a stock
 * adjustment endpoint, which asks for the stock role's add permission. Given an item (the item
 * page), the list holds what that item can take, the single-item actions included; without one
 * (a table's selection), the actions on several items.
 */
export function allowedActions(can: (permission: 'add' | 'change') => boolean, item?: ItemState): StockActionKind[] {
  if (!can('add')) return [];
  if (!item) return BULK_ACTIONS;
  return [...BULK_ACTIONS, ...ITEM_ACTIONS].filter((kind) => actionApplies(kind, item));
}

type ChoiceParams = Record<string, string | number | boolean>;

/** The global setting that limits what may be installed in an item to the parts of its BOM. */
export const ENFORCE_BOM_INSTALLATION = 'STOCK_ENFORCE_BOM_INSTALLATION';

/**
 * What the install dialog offers, as InvenTree's install form filters it: first a trackable part
 * (one of the assembly's BOM, its substitutes and variants included, while the BOM check is on),
 * then that part's items that are in stock (so not installed in anything else), available and
 * tracked by serial number or batch.
 */
export function installChoices(
  assembly: Pick<StockItem, 'part'>,
  enforceBom: boolean,
  part: number | null,
): { partParams: ChoiceParams; itemParams: ChoiceParams } {
  const partParams: ChoiceParams = { trackable: true };
  if (enforceBom) partParams.in_bom_for = assembly.part;
  const itemParams: ChoiceParams = { part_detail: true, in_stock: true, available: true, tracked: true };
  if (part !== null) itemParams.part = part;
  return { partParams, itemParams };
}

/** A boolean setting's value as the settings API gives it ("True", true, "1", ...). */
export function settingIsOn(value: unknown): boolean {
  return ['true', '1', 'yes', 'on'].includes(String(value).trim().toLowerCase());
}
