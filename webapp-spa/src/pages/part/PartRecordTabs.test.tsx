import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, paged, renderWithProviders, sessionHandlers } from '../../test/render';
import { otherPart, PricingTab, TestTemplatesTab } from './PartRecordTabs';
import type { Part } from './types';

const rights = { add: true, change: true, delete: true };

function renderPricing(part: Partial<Part>, internalPrices: string) {
  mockApi({
    ...sessionHandlers({ part: ['view'] }),
    'GET /api/settings/global/PART_INTERNAL_PRICE/': { key: 'PART_INTERNAL_PRICE', value: internalPrices },
    'GET /api/part/internal-price/': paged([{ pk: 1, part: 5, quantity: 10, price: '2.50', price_currency: 'EUR' }]),
    'GET /api/part/sale-price/': paged([{ pk: 2, part: 5, quantity: 1, price: '4.00', price_currency: 'EUR' }]),
  });
  renderWithProviders(<PricingTab part={{ pk: 5, ...part } as Part} rights={rights} />, { withSession: true });
}

describe('PricingTab', () => {
  it('shows internal price breaks when the setting turns them on, and sale price breaks of a salable part', async () => {
    renderPricing({ salable: true }, 'True');
    expect(await screen.findByText('2.50 EUR')).toBeTruthy();
    expect(await screen.findByText('4.00 EUR')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Internal price breaks' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Sale price breaks' })).toBeTruthy();
  });

  it('leaves out internal prices while the setting is off and sale prices of a part not for sale', async () => {
    renderPricing({ salable: false }, 'False');
    expect(await screen.findByText('No price breaks apply to this part')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Internal price breaks' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Sale price breaks' })).toBeNull();
  });
});

describe('TestTemplatesTab', () => {
  it('lists the part’s templates and links an inherited one to the template part it comes from', async () => {
    mockApi({
      ...sessionHandlers({ part: ['view'] }),
      'GET /api/part/test-template/': paged([
        { pk: 1, part: 5, key: 'voltage', test_name: 'Voltage', description: '', enabled: true, required: true, requires_value: true, requires_attachment: false, choices: '', results: 0 },
        { pk: 2, part: 3, key: 'visual', test_name: 'Visual', description: '', enabled: true, required: false, requires_value: false, requires_attachment: false, choices: '', results: 4 },
      ]),
    });
    renderWithProviders(<TestTemplatesTab part={{ pk: 5 } as Part} rights={{ add: false, change: false, delete: false }} />, {
      withSession: true,
    });
    expect(await screen.findByText('Voltage')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Part 3' }).getAttribute('href')).toBe('/part/3');
    expect(screen.queryByRole('button', { name: 'Add test template' })).toBeNull();
  });
});

describe('otherPart', () => {
  it('reads the relation from the page part’s side', () => {
    const row = { pk: 1, part_1: 5, part_2: 9, note: '' };
    expect(otherPart(row, 5).id).toBe(9);
    expect(otherPart(row, 9).id).toBe(5);
  });
});
