import { t } from '../../i18n/translate';

/** The names InvenTree gives the deltas of a tracking entry, in the order they read best. */
const DELTA_LABELS: Record<string, string> = {
  quantity: 'Quantity',
  added: 'Added',
  removed: 'Removed',
  location: 'Location',
  status: 'Status',
  stockitem: 'Stock item',
};

/** One line for a tracking entry's deltas ("Quantity: 12, Added: 2"); unknown keys keep their name. */
export function trackingChanges(deltas: Record<string, unknown> | null | undefined): string {
  if (!deltas) return '';
  return Object.entries(deltas)
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object')
    .map(([key, value]) => `${DELTA_LABELS[key] ? t(DELTA_LABELS[key]) : key}: ${String(value)}`)
    .join(', ');
}
