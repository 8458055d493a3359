import { describe, expect, it } from 'vitest';
import { trackingChanges } from './tracking';

describe('trackingChanges', () => {
  it('names the known deltas and keeps unknown ones', () => {
    expect(trackingChanges({ quantity: 12, added: 2, location: 4, custom: 'x' })).toBe(
      'Quantity: 12, Added: 2, Location: 4, custom: x',
    );
  });

  it('skips nested values and reads nothing from an empty entry', () => {
    expect(trackingChanges({ quantity: 3, buildorder: { pk: 1 } })).toBe('Quantity: 3');
    expect(trackingChanges(null)).toBe('');
  });
});
