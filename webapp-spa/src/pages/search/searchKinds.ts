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
 * search endpoint, so each kind is one search of its own list endpoint.
 */
export const SEARCH_KINDS: SearchKind[] = [
  {
    key: 'part',
    title: () => t('Parts'),
    endpoint: ApiEndpoints.parts,
    role: 'part',
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

/** The parameters of one kind's search: the text, the first results, and the kind's own extras. */
export function searchParams(kind: SearchKind, query: string, limit = 10): QueryParams {
  return { ...kind.params, search: query, limit, offset: 0 };
}
