import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, paged, renderWithProviders, sessionHandlers } from '../../test/render';
import { BomTab, lineFlags } from './BomTab';
import type { PartRights } from './partPanels';
import type { Part } from './types';

const assembly = { pk: 20, name: 'Board', full_name: 'Board', assembly: true } as Part;

const lines = [
  {
    pk: 1, part: 20, sub_part: 31, sub_part_detail: { pk: 31, full_name: 'Resistor 10k', description: 'SMD' },
    quantity: 4, reference: 'R1 R2 R3 R4', optional: false, consumable: false, allow_variants: true,
    inherited: false, validated: true, note: '', substitutes: [{ pk: 9 }],
  },
  {
    pk: 2, part: 20, sub_part: 32, sub_part_detail: { pk: 32, full_name: 'Capacitor', description: '' },
    quantity: 1, reference: 'C1', optional: true, consumable: false, allow_variants: false, inherited: false,
    validated: false, note: '', substitutes: [],
  },
];

const ALL = { add: true, change: true, delete: true, validateLine: true, validateBom: true };
const NONE = { add: false, change: false, delete: false, validateLine: false, validateBom: false };

function renderBom(rights: PartRights['bom'], validated = false) {
  const api = mockApi({
    ...sessionHandlers({ part: ['view'], bom: ['view'] }),
    'GET /api/part/20/bom-validate/': { pk: 20, bom_validated: validated, bom_checked_date: null },
    'GET /api/bom/': (r) => {
      if (r.params.get('limit') === '1') {
        const count = r.params.get('validated') === 'false' ? 1 : 2;
        return paged([], count);
      }
      return paged(lines);
    },
    'PATCH /api/bom/2/validate/': { valid: true },
  });
  renderWithProviders(<BomTab part={assembly} rights={rights} />, { withSession: true });
  return api;
}

describe('BomTab', () => {
  it('shows the BOM as not validated with the lines still to sign off, and each line with its state and flags', async () => {
    renderBom(NONE);
    const status = await screen.findByRole('status', { name: 'BOM validation' });
    await within(status).findByText('BOM not validated');
    expect(within(status).getByText('1 of 2 lines not validated')).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Bill of materials' });
    const [first, second] = await within(table).findAllByRole('row').then((rows) => rows.slice(1));
    expect(within(first).getByText('Resistor 10k')).toBeTruthy();
    expect(within(first).getByText('Validated')).toBeTruthy();
    expect(within(first).getByText('Variants allowed')).toBeTruthy();
    expect(within(second).getByText('Not validated')).toBeTruthy();
    expect(within(second).getByText('Optional')).toBeTruthy();
    // a reader may look at substitutes but change nothing
    expect(within(second).getByRole('button', { name: 'Substitutes' })).toBeTruthy();
    for (const action of ['Validate line', 'Edit', 'Delete']) {
      expect(within(table).queryByRole('button', { name: action })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: 'Validate BOM' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add BOM line' })).toBeNull();
  });

  it('signs off an unvalidated line and offers the whole-BOM sign-off to those allowed', async () => {
    const api = renderBom(ALL);
    const table = await screen.findByRole('table', { name: 'Bill of materials' });
    const buttons = await within(table).findAllByRole('button', { name: 'Validate line' });
    // only the line not yet validated offers it
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    await waitFor(() => expect(api.requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = api.requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe('/api/bom/2/validate/');
    expect(patch?.body).toEqual({ valid: true });
    expect(screen.getByRole('button', { name: 'Validate BOM' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add BOM line' })).toBeTruthy();
  });

  it('offers no whole-BOM sign-off once the BOM is valid', async () => {
    renderBom(ALL, true);
    const status = await screen.findByRole('status', { name: 'BOM validation' });
    await within(status).findByText('BOM validated');
    expect(screen.queryByRole('button', { name: 'Validate BOM' })).toBeNull();
  });
});

describe('lineFlags', () => {
  it('names the flags set on a line', () => {
    expect(lineFlags({ optional: true, consumable: true, inherited: true, allow_variants: false })).toEqual([
      'Optional', 'Consumable', 'Inherited',
    ]);
    expect(lineFlags({ optional: false, consumable: false, inherited: false, allow_variants: false })).toEqual([]);
  });
});
