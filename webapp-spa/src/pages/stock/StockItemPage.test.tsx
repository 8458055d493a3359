import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi, paged, renderWithProviders, sessionHandlers } from '../../test/render';
import { StockItemPage } from './StockItemPage';

const stockItem = {
  pk: 8,
  part: 12,
  part_detail: { pk: 12, name: 'Widget', full_name: 'W-12 | Widget', IPN: 'W-12', description: '' },
  quantity: 40,
  serial: null,
  batch: 'B-7',
  location: 3,
  location_detail: { pk: 3, name: 'Shelf', pathstring: 'Store/Shelf' },
  location_path: [
    { pk: 1, name: 'Store' },
    { pk: 3, name: 'Shelf' },
  ],
  status: 10,
  status_text: 'OK',
  in_stock: true,
  belongs_to: null,
  notes: '**Keep dry** <script>alert(1)</script>',
  updated: '2026-11-30T10:00:00Z',
};

const statuses = { status_class: 'StockStatus', values: { OK: { key: 10, name: 'OK', label: 'OK', color: 'success' } } };

function renderItem(roles: Record<string, ('view' | 'add' | 'change' | 'delete')[]>, item: object = {}) {
  const api = mockApi({
    ...sessionHandlers(roles),
    'GET /api/stock/8/': { ...stockItem, ...item },
    'GET /api/stock/status/': statuses,
    'GET /api/stock/track/': paged([
      { pk: 1, item: 8, date: '2026-11-30T10:00:00Z', tracking_type: 11, label: 'Stock added', notes: 'restock', deltas: { added: 5, quantity: 40 }, user: null },
    ]),
  });
  renderWithProviders(
    <Routes>
      <Route path="/stock/item/:itemId" element={<StockItemPage />} />
    </Routes>,
    { route: '/stock/item/8', withSession: true },
  );
  return api;
}

describe('StockItemPage', () => {
  it('shows the item with its location path and no stock actions to a viewer', async () => {
    renderItem({ stock: ['view'] });
    expect(await screen.findByRole('heading', { name: 'W-12 | Widget' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Shelf' }).getAttribute('href')).toBe('/stock/location/3');
    expect(screen.getByText('B-7')).toBeTruthy();
    for (const action of [
      'Count stock',
      'Add stock',
      'Remove stock',
      'Transfer stock',
      'Change stock status',
      'Merge stock',
      'Assign to customer',
      'Serialize stock',
      'Install stock item',
    ]) {
      expect(screen.queryByRole('button', { name: action })).toBeNull();
    }
  });

  it('offers every stock action with the add permission and reads the item history', async () => {
    const api = renderItem({ stock: ['view', 'add'] });
    expect(await screen.findByRole('button', { name: 'Add stock' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Transfer stock' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Change stock status' })).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Stock tracking' }));
    expect(await screen.findByText('Stock added')).toBeTruthy();
    expect(screen.getByText('Added: 5, Quantity: 40')).toBeTruthy();
    expect(api.requests.find((r) => r.path === '/api/stock/track/')?.params.get('item')).toBe('8');
  });

  it('offers the item actions an item in stock can take', async () => {
    renderItem({ stock: ['view', 'add'] });
    expect(await screen.findByRole('button', { name: 'Serialize stock' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Install stock item' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Assign to customer' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Return to stock' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Uninstall stock item' })).toBeNull();
  });

  it('offers an installed item its uninstall and an item sent away its return, not the adjustments', async () => {
    renderItem({ stock: ['view', 'add'] }, { in_stock: false, belongs_to: 5, serial: '3' });
    expect(await screen.findByRole('button', { name: 'Uninstall stock item' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add stock' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Return to stock' })).toBeNull();
  });

  it('renders notes as markdown without their HTML', async () => {
    renderItem({ stock: ['view'] });
    fireEvent.click(await screen.findByRole('tab', { name: 'Notes' }));
    expect((await screen.findByText('Keep dry')).tagName).toBe('STRONG');
    expect(document.querySelector('script')).toBeNull();
  });

  it('tolerates a server without test results', async () => {
    renderItem({ stock: ['view'] });
    fireEvent.click(await screen.findByRole('tab', { name: 'Test results' }));
    expect(await screen.findByText('Test results are not available on this server')).toBeTruthy();
  });
});
