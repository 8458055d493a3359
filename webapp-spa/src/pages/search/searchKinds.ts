import type { QueryParams } from '../../api/client';
import { ApiEndpoints } from '../../api/endpoints';
import type { RoleName } from '../../auth/permissions';
import { t } from '../../i18n/translate';

type Found = Record<string, unknown>;

/** One kind of object the global search looks through, with how a hit is named and linked. */
export interface SearchKind {
  key: string;
  /** A function, so that the title follows the language chosen after loading. */
  title: () => string;
  endpoint: string;
  role: RoleName;
  /** Extra list parameters, so that a hit can be named without asking again. */
  params?: QueryParams;
  /** A user setting that, when on, narrows this kind's results with the given parameters. */
  narrowedBy?: { setting: string; params: QueryParams };
  link: (item: Found) => string;
  label: (item: Found) => string;
  detail: (item: Found) => string;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function detailOf(item: Found, key: string): Found {
  const detail = item[key];
  return detail && typeof detail === 'object' ? (detail as Found) : {};
}

/** A stock item is named by its part; serial number or quantity and the place tell the items apart. */
export function stockItemLabel(item: Found): string {
  const part = detailOf(item, 'part_detail');
  return text(part.full_name ?? part.name) || t('Part {id}', { id: text(item.part) });
}

export function stockItemDetail(item: Found): string {
  const serial = text(item.serial);
  const amount = serial !== '' ? t('Serial {serial}', { serial }) : t('Quantity {quantity}', { quantity: text(item.quantity) });
  const place = text(detailOf(item, 'location_detail').pathstring);
  if (place !== '') return `${amount} · ${place}`;
  if (item.belongs_to) return `${amount} · ${t('Installed in another item')}`;
  return amount;
}

/**
 * What the global search covers, in the order the results show. The server has no combined
 * search endpoint, so each kind is one search of its own list endpoint. The results page always
 * covers all four kinds (the user's role permitting): InvenTree's SEARCH_PREVIEW_SHOW_* settings
 * choose what its search preview shows, and leave categories and locations out by default, which
 * this page, the only search there is here, must not.
 */
export const SEARCH_KINDS: SearchKind[] = [
  {
    key: 'part',
    title: () => t('Parts'),
    endpoint: ApiEndpoints.parts,
    role: 'part',
    narrowedBy: { setting: 'SEARCH_HIDE_INACTIVE_PARTS', params: { active: true } },
    link: (item) => `/part/${text(item.pk)}`,
    label: (item) => text(item.full_name ?? item.name),
    detail: (item) => text(item.description),
  },
  {
    key: 'category',
    title: () => t('Part categories'),
    endpoint: ApiEndpoints.categories,
    role: 'part_category',
    link: (item) => `/part/category/${text(item.pk)}`,
    label: (item) => text(item.pathstring ?? item.name),
    detail: (item) => text(item.description),
  },
  {
    key: 'stock',
    title: () => t('Stock items'),
    endpoint: ApiEndpoints.stock,
    role: 'stock',
    params: { part_detail: true, location_detail: true },
    narrowedBy: { setting: 'SEARCH_PREVIEW_HIDE_UNAVAILABLE_STOCK', params: { in_stock: true } },
    link: (item) => `/stock/item/${text(item.pk)}`,
    label: stockItemLabel,
    detail: stockItemDetail,
  },
  {
    key: 'location',
    title: () => t('Stock locations'),
    endpoint: ApiEndpoints.stockLocations,
    role: 'stock_location',
    link: (item) => `/stock/location/${text(item.pk)}`,
    label: (item) => text(item.pathstring ?? item.name),
    detail: (item) => text(item.description),
  },
];

/** The user's settings as name → value (api/settings/user/ lists them). */
export type UserSettingValues = Record<string, unknown>;

function isOn(settings: UserSettingValues, key: string, fallback: boolean): boolean {
  const value = settings[key];
  if (value === undefined || value === null || value === '') return fallback;
  return ['true', '1', 'yes', 'on'].includes(String(value).trim().toLowerCase());
}

/** How many results of each kind the user wants (their SEARCH_PREVIEW_RESULTS; 10 without it). */
export function resultLimit(settings: UserSettingValues): number {
  const limit = Number(settings.SEARCH_PREVIEW_RESULTS);
  return Number.isInteger(limit) && limit > 0 ? limit : 10;
}

/**
 * The parameters of one kind's search: the text, as many results as the user wants, the kind's
 * own extras and what the user's settings narrow it to.
 */
export function searchParams(kind: SearchKind, query: string, settings: UserSettingValues = {}): QueryParams {
  const narrowing = kind.narrowedBy && isOn(settings, kind.narrowedBy.setting, false) ? kind.narrowedBy.params : {};
  return { ...kind.params, ...narrowing, search: query, limit: resultLimit(settings), offset: 0 };
}
