import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi, paged, renderWithProviders, sessionHandlers } from '../../test/render';
import { SearchPage } from './SearchPage';
import { stockItemDetail } from './searchKinds';

function renderSearch(roles: Parameters<typeof sessionHandlers>[0], userSettings: { key: string; value: string }[] = []) {
  const api = mockApi({
    ...sessionHandlers(roles),
    'GET /api/settings/user/': userSettings,
    'GET /api/part/': paged([{ pk: 4, name: 'Widget', full_name: 'W-4 | Widget', description: 'A widget' }]),
    'GET /api/part/category/': paged([], 0),
    'GET /api/stock/': paged(
      [
        {
          pk: 31,
          part: 4,
          part_detail: { pk: 4, name: 'Widget', full_name: 'W-4 | Widget' },
          quantity: 12,
          serial: null,
          location_detail: { pk: 7, name: 'Widget bin', pathstring: 'Store/Widget bin' },
        },
      ],
      1,
    ),
    'GET /api/stock/location/': paged([{ pk: 7, name: 'Widget bin', pathstring: 'Store/Widget bin', description: '' }]),
  });
  renderWithProviders(
    <Routes>
      <Route path="/search" element={<SearchPage />} />
    </Routes>,
    { route: '/search?q=widget', withSession: true },
  );
  return api;
}

describe('SearchPage', () => {
  it('groups parts, categories, stock items and locations, each linking to its page', async () => {
    const api = renderSearch({ part: ['view'], part_category: ['view'], stock: ['view'], stock_location: ['view'] });

    const stock = await screen.findByRole('region', { name: 'Stock items' });
    const item = await within(stock).findByRole('link', { name: 'W-4 | Widget' });
    expect(item.getAttribute('href')).toBe('/stock/item/31');
    expect(within(stock).getByText('Quantity 12 · Store/Widget bin')).toBeTruthy();

    const locations = screen.getByRole('region', { name: 'Stock locations' });
    const location = await within(locations).findByRole('link', { name: 'Store/Widget bin' });
    expect(location.getAttribute('href')).toBe('/stock/location/7');

    const parts = screen.getByRole('region', { name: 'Parts' });
    expect((await within(parts).findByRole('link', { name: 'W-4 | Widget' })).getAttribute('href')).toBe('/part/4');
    expect(await within(screen.getByRole('region', { name: 'Part categories' })).findByText('No results')).toBeTruthy();

    // stock hits are named by their part and placed by their location, read in the same request
    const stockRequest = api.requests.find((r) => r.path === '/api/stock/');
    expect(Object.fromEntries(stockRequest?.params ?? [])).toMatchObject({
      search: 'widget',
      part_detail: 'true',
      location_detail: 'true',
    });
  });

  it('searches only what the user may view', async () => {
    const api = renderSearch({ part: ['view'], stock: ['view'] });
    await screen.findByRole('region', { name: 'Stock items' });
    expect(screen.queryByRole('region', { name: 'Stock locations' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Part categories' })).toBeNull();
    expect(api.requests.some((r) => r.path === '/api/stock/location/')).toBe(false);
  });
});

describe('SearchPage and the user\'s search settings', () => {
  it('narrows and limits as the user chose, and covers every kind whatever the preview settings say', async () => {
    const api = renderSearch({ part: ['view'], part_category: ['view'], stock: ['view'], stock_location: ['view'] }, [
      { key: 'SEARCH_PREVIEW_SHOW_LOCATIONS', value: 'False' },
      { key: 'SEARCH_PREVIEW_SHOW_CATEGORIES', value: 'True' },
      { key: 'SEARCH_HIDE_INACTIVE_PARTS', value: 'True' },
      { key: 'SEARCH_PREVIEW_HIDE_UNAVAILABLE_STOCK', value: 'True' },
      { key: 'SEARCH_PREVIEW_RESULTS', value: '5' },
    ]);
    await within(await screen.findByRole('region', { name: 'Stock items' })).findByRole('link', { name: 'W-4 | Widget' });
    // InvenTree's defaults leave locations (and categories) out of its search preview; not here
    await within(screen.getByRole('region', { name: 'Stock locations' })).findByRole('link', { name: 'Store/Widget bin' });
    const parts = api.requests.find((r) => r.path === '/api/part/');
    expect(Object.fromEntries(parts?.params ?? [])).toMatchObject({ active: 'true', limit: '5' });
    const stock = api.requests.find((r) => r.path === '/api/stock/');
    expect(Object.fromEntries(stock?.params ?? [])).toMatchObject({ in_stock: 'true', limit: '5' });
  });
});

describe('stockItemDetail', () => {
  it('names a serial number instead of a quantity, and an installed item instead of a place', () => {
    expect(stockItemDetail({ serial: '17', quantity: 1, belongs_to: 3 })).toBe('Serial 17 · Installed in another item');
    expect(stockItemDetail({ serial: '', quantity: 5 })).toBe('Quantity 5');
  });
});
