import { t } from '../../i18n/translate';
import type { Part } from './types';

/** GET api/part/{id}/requirements/: the part's stock against what orders and builds need. */
export interface Requirements {
  total_stock: number;
  unallocated_stock: number;
  can_build: number;
  ordering: number;
  building: number;
  required_for_build_orders: number;
  allocated_to_build_orders: number;
  required_for_sales_orders: number;
  allocated_to_sales_orders: number;
}

/**
 * The figures the details tab adds, as InvenTree's part details show them: what can be built only for
 * an assembly, orders only for a purchaseable part, builds and sales needs only when there are any.
 */
export function requirementRows(
  figures: Requirements,
  part: Pick<Part, 'assembly' | 'purchaseable' | 'salable' | 'component'>,
): [string, string][] {
  const rows: [string, string][] = [
    [t('Total stock'), String(figures.total_stock)],
    [t('Available stock'), String(figures.unallocated_stock)],
  ];
  if (part.assembly) {
    rows.push([t('Can build'), String(figures.can_build)]);
    rows.push([t('In production'), String(figures.building)]);
  }
  if (part.purchaseable) rows.push([t('On order'), String(figures.ordering)]);
  if (part.component && figures.required_for_build_orders > 0) {
    rows.push([
      t('Required for build orders'),
      t('{required} ({allocated} allocated)', {
        required: figures.required_for_build_orders,
        allocated: figures.allocated_to_build_orders,
      }),
    ]);
  }
  if (part.salable && figures.required_for_sales_orders > 0) {
    rows.push([
      t('Required for sales orders'),
      t('{required} ({allocated} allocated)', {
        required: figures.required_for_sales_orders,
        allocated: figures.allocated_to_sales_orders,
      }),
    ]);
  }
  return rows;
}
