import { describe, expect, it } from 'vitest';
import { requirementRows, type Requirements } from './requirements';

const figures: Requirements = {
  total_stock: 12, unallocated_stock: 9, can_build: 3, ordering: 40, building: 2,
  required_for_build_orders: 6, allocated_to_build_orders: 3, required_for_sales_orders: 0, allocated_to_sales_orders: 0,
};
const none = { assembly: false, purchaseable: false, salable: false, component: false };

describe('requirementRows', () => {
  it('always shows total and available stock', () => {
    expect(requirementRows(figures, none)).toEqual([
      ['Total stock', '12'],
      ['Available stock', '9'],
    ]);
  });

  it('adds what applies to the part: builds for an assembly, orders for a purchaseable part, needs when there are any', () => {
    const labels = requirementRows(figures, { assembly: true, purchaseable: true, salable: true, component: true }).map(
      ([label]) => label,
    );
    expect(labels).toEqual(['Total stock', 'Available stock', 'Can build', 'In production', 'On order', 'Required for build orders']);
    expect(requirementRows(figures, { ...none, component: true })[2]).toEqual(['Required for build orders', '6 (3 allocated)']);
  });
});
