import { ApiError } from '../../api/client';
import { t } from '../../i18n/translate';

/** The objects a scan can find, in the order their keys are read, with the page that shows each. */
const TARGETS: [key: string, route: (pk: number) => string][] = [
  ['stockitem', (pk) => `/stock/item/${pk}`],
  ['stocklocation', (pk) => `/stock/location/${pk}`],
  ['part', (pk) => `/part/${pk}`],
];

/**
 * The page of the object a scan found: the answer names it under `part`, `stockitem` or
 * `stocklocation` with its `pk`. Null when the answer names none (a barcode nobody knows).
 */
export function scanTarget(answer: unknown): string | null {
  if (!answer || typeof answer !== 'object') return null;
  for (const [key, route] of TARGETS) {
    const found = (answer as Record<string, unknown>)[key];
    const pk = found && typeof found === 'object' ? (found as { pk?: unknown }).pk : undefined;
    if (typeof pk === 'number' || (typeof pk === 'string' && /^\d+$/.test(pk))) return route(Number(pk));
  }
  return null;
}

function messages(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(messages);
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(messages);
  return [];
}

/**
 * What to tell the user about a failed scan: the server's `error` text (no match, no permission),
 * else its field messages (an empty barcode), else the failure itself.
 */
export function scanError(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const body = error.body;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    if (typeof record.error === 'string') return record.error;
    if (typeof record.detail === 'string') return record.detail;
    const text = messages(body);
    if (text.length > 0) return text.join(' ');
  }
  return error.message;
}

/**
 * A keyboard-wedge scanner types the code and presses Enter; surrounding whitespace and the line
 * ends some scanners add are not part of the code. Null when nothing is left to look up.
 */
export function scannedText(input: string): string | null {
  const text = input.replace(/[\r\n]+/g, '').trim();
  return text === '' ? null : text;
}

/** The message of an answer that found nothing the interface can show. */
export function unknownObjectMessage(): string {
  return t('The barcode matched nothing this interface can show');
}
