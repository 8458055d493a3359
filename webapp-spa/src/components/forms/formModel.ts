import { ApiError } from '../../api/client';

/** One field of a DRF-style OPTIONS answer (actions.POST / actions.PUT). */
export interface FieldMeta {
  type: string;
  required?: boolean;
  read_only?: boolean;
  label?: string;
  help_text?: string;
  default?: unknown;
  max_length?: number;
  min_value?: number;
  max_value?: number;
  choices?: { value: string | number; display_name: string }[];
  model?: string;
  api_url?: string;
  pk_field?: string;
  filters?: Record<string, unknown>;
}

export interface OptionsAnswer {
  name?: string;
  description?: string;
  actions?: Partial<Record<'POST' | 'PUT', Record<string, FieldMeta>>>;
}

/** A field as the form shows it: the server's description plus what the page adds. */
export interface FormFieldDef extends FieldMeta {
  name: string;
  /** Set by the page and not shown (the category of a part created inside a category). */
  hidden?: boolean;
  /** Extra query parameters for a related field's choices. */
  relatedParams?: Record<string, string | number | boolean>;
}

export interface FieldOverride {
  hidden?: boolean;
  label?: string;
  relatedParams?: Record<string, string | number | boolean>;
}

export type FormValues = Record<string, unknown>;

const NUMERIC = new Set(['integer', 'float', 'decimal']);
/** Field types the generic form cannot edit (files go through their own upload dialogs). */
const UNSUPPORTED = new Set(['file upload', 'image upload', 'nested object', 'field', 'list']);

/**
 * The editable fields of an action, in the server's order, or in the order of `only` when given.
 * Read-only and unsupported fields are left out.
 */
export function formFields(
  metadata: Record<string, FieldMeta> | undefined,
  { only, exclude = [], overrides = {} }: { only?: string[]; exclude?: string[]; overrides?: Record<string, FieldOverride> } = {},
): FormFieldDef[] {
  if (!metadata) return [];
  const names = only ?? Object.keys(metadata);
  return names
    .filter((name) => name in metadata && !exclude.includes(name))
    .map((name) => ({ ...metadata[name], name, ...overrides[name] }))
    .filter((field) => !field.read_only && !UNSUPPORTED.has(field.type));
}

/** Starting values: the object being edited, else given values, else the server's defaults. */
export function initialValues(fields: FormFieldDef[], source: FormValues = {}): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (field.name in source) values[field.name] = source[field.name];
    else if (field.default !== undefined) values[field.name] = field.default;
    else if (field.type === 'boolean') values[field.name] = false;
    else values[field.name] = field.type === 'related field' || NUMERIC.has(field.type) ? null : '';
  }
  return values;
}

/**
 * The request body: numbers as numbers, an empty relation as null; an empty number is left out, so
 * the server keeps its default (or the current value) rather than refusing a null.
 */
export function submitBody(fields: FormFieldDef[], values: FormValues): FormValues {
  const body: FormValues = {};
  for (const field of fields) {
    const value = values[field.name];
    const empty = value === '' || value === null || value === undefined;
    if (NUMERIC.has(field.type)) {
      if (!empty) body[field.name] = field.type === 'decimal' ? String(value) : Number(value);
    } else if (field.type === 'related field') {
      body[field.name] = empty ? null : Number(value);
    } else if (field.type === 'date' && value === '') {
      body[field.name] = null;
    } else {
      body[field.name] = value ?? null;
    }
  }
  return body;
}

export interface SubmitErrors {
  fields: Record<string, string>;
  general: string[];
}

function messages(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(messages);
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(messages);
  return [];
}

/**
 * Splits a 400 answer into messages beside known fields and general ones (non_field_errors,
 * detail, and fields the form does not show). Other failures become one general message.
 */
export function submitErrors(error: unknown, fields: FormFieldDef[]): SubmitErrors {
  const result: SubmitErrors = { fields: {}, general: [] };
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
  const shown = new Set(fields.filter((f) => !f.hidden).map((f) => f.name));
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    const text = messages(value);
    if (text.length === 0) continue;
    if (shown.has(name)) result.fields[name] = text.join(' ');
    else if (name === 'non_field_errors' || name === 'detail') result.general.push(...text);
    else result.general.push(`${name}: ${text.join(' ')}`);
  }
  return result;
}

/** How a related object reads in a select: InvenTree's usual naming fields, first that is set. */
export function relatedLabel(item: Record<string, unknown>): string {
  for (const key of ['full_name', 'pathstring', 'name', 'username', 'code', 'title', 'key']) {
    const value = item[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  // a stock item has no name of its own: its part's, with its serial number or quantity
  const part = item.part_detail as { full_name?: unknown } | undefined;
  if (part && typeof part.full_name === 'string') {
    return typeof item.serial === 'string' && item.serial !== ''
      ? `${part.full_name} #${item.serial}`
      : `${part.full_name} × ${String(item.quantity ?? '')}`;
  }
  return String(item.pk ?? item.id ?? '');
}
