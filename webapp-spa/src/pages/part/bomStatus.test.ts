import { describe, expect, it } from 'vitest';
import { bomStatus } from './bomStatus';

describe('bomStatus', () => {
  it('says who validated a valid BOM and when', () => {
    const status = bomStatus(
      { pk: 1, bom_validated: true, bom_checked_by_detail: { username: 'alice' }, bom_checked_date: '2026-12-01' },
      3,
      0,
    );
    expect(status).toEqual({ valid: true, label: 'BOM validated', color: 'teal', detail: 'Validated by alice on 2026-12-01' });
  });

  it('counts the lines still to validate of a BOM that is not valid', () => {
    const status = bomStatus({ pk: 1, bom_validated: false }, 4, 3);
    expect(status.valid).toBe(false);
    expect(status.label).toBe('BOM not validated');
    expect(status.detail).toBe('3 of 4 lines not validated');
  });

  it('tells a BOM changed since its sign-off from one never signed off, and an empty one', () => {
    expect(bomStatus({ pk: 1, bom_validated: false, bom_checked_date: '2026-11-01' }, 2, 0).detail).toBe(
      'The BOM has changed since it was validated',
    );
    expect(bomStatus({ pk: 1, bom_validated: false }, 2, 0).detail).toBeNull();
    expect(bomStatus({ pk: 1, bom_validated: false }, 0, 0).detail).toBe('The BOM has no lines');
  });
});
