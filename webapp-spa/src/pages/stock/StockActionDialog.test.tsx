import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, paged, renderWithProviders } from '../../test/render';
import { StockActionDialog } from './StockActionDialog';
import type { StockItem } from './types';

function item(pk: number, name: string, quantity: number): StockItem {
  return {
    pk,
    part: pk * 10,
    part_detail: { pk: pk * 10, name, full_name: name, IPN: null, description: '' },
    quantity,
    serial: null,
    batch: null,
    location: 1,
    location_detail: { pk: 1, name: 'Shelf', pathstring: 'Store/Shelf' },
    status: 10,
    in_stock: true,
    belongs_to: null,
    parent: null,
    link: null,
    notes: null,
    packaging: null,
    expiry_date: null,
    stocktake_date: null,
    creation_date: null,
    updated: null,
    installed_items: 0,
    tracking_items: 0,
  };
}

const statuses = { status_class: 'StockStatus', values: { OK: { key: 10, name: 'OK', label: 'OK', color: 'success' } } };

describe('StockActionDialog', () => {
  it('sends the typed quantities and shows a refused line beside that line', async () => {
    const api = mockApi({
      'GET /api/stock/status/': statuses,
      'POST /api/stock/remove/': () => jsonResponse({ items: [{}, { quantity: ['Quantity must not exceed available stock'] }] }, 400),
    });
    const close = vi.fn();
    renderWithProviders(
      <StockActionDialog action={{ kind: 'remove', items: [item(1, 'Resistor', 5), item(2, 'Capacitor', 3)] }} onClose={close} />,
    );

    fireEvent.change(await screen.findByLabelText('Quantity of Resistor'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Quantity of Capacitor'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'used' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('Quantity must not exceed available stock')).toBeTruthy();
    expect(screen.getByLabelText('Quantity of Capacitor').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Quantity of Resistor').getAttribute('aria-invalid')).not.toBe('true');
    expect(close).not.toHaveBeenCalled();
    const post = api.requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ items: [{ pk: 1, quantity: '2' }, { pk: 2, quantity: '30' }], notes: 'used' });
  });

  it('closes after a successful count that starts from the quantity in stock', async () => {
    const api = mockApi({
      'GET /api/stock/status/': statuses,
      'POST /api/stock/count/': { items: [] },
    });
    const close = vi.fn();
    renderWithProviders(<StockActionDialog action={{ kind: 'count', items: [item(4, 'Resistor', 7)] }} onClose={close} />);

    expect(((await screen.findByLabelText('Quantity of Resistor')) as HTMLInputElement).value).toBe('7');
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(api.requests.find((r) => r.method === 'POST')?.path).toBe('/api/stock/count/');
  });

  it('asks a transfer for its destination and shows the refusal beside it', async () => {
    mockApi({
      'GET /api/stock/status/': statuses,
      'GET /api/stock/location/': { count: 0, next: null, previous: null, results: [] },
      'POST /api/stock/transfer/': () => jsonResponse({ location: ['This field is required.'] }, 400),
    });
    renderWithProviders(<StockActionDialog action={{ kind: 'transfer', items: [item(4, 'Resistor', 7)] }} onClose={() => {}} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('This field is required.')).toBeTruthy();
  });

  it('assigns the items to a customer picked among the customer companies', async () => {
    const api = mockApi({
      'GET /api/stock/status/': statuses,
      'GET /api/company/': { count: 1, next: null, previous: null, results: [{ pk: 21, name: 'Acme' }] },
      'POST /api/stock/assign/': () => jsonResponse({ items: [{}, { item: ['Item is not in stock'] }] }, 400),
    });
    renderWithProviders(
      <StockActionDialog action={{ kind: 'assign', items: [item(1, 'Resistor', 5), item(2, 'Capacitor', 3)] }} onClose={() => {}} />,
    );

    await screen.findByText('Customer');
    const customer = screen
      .getAllByLabelText('Customer', { exact: false })
      .find((e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type !== 'hidden') as HTMLElement;
    // Mantine ignores changes to an unfocused input: open the focused select, then pick
    customer.focus();
    fireEvent.click(customer);
    fireEvent.click(await screen.findByRole('option', { name: 'Acme', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('Item is not in stock')).toBeTruthy();
    expect(screen.queryByLabelText('Quantity of Resistor')).toBeNull();
    expect(api.requests.find((r) => r.path === '/api/company/')?.params.get('is_customer')).toBe('true');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      items: [{ item: 1 }, { item: 2 }],
      customer: 21,
      notes: '',
    });
  });

  it('serializes the item with the serial numbers and shows the refusals beside their inputs', async () => {
    const api = mockApi({
      'GET /api/stock/status/': statuses,
      'GET /api/stock/location/': { count: 0, next: null, previous: null, results: [] },
      'POST /api/stock/4/serialize/': () =>
        jsonResponse({ quantity: ['Quantity must not exceed available stock quantity (7)'], serial_numbers: ['Serial numbers already exist: 2'] }, 400),
    });
    renderWithProviders(<StockActionDialog action={{ kind: 'serialize', items: [item(4, 'Resistor', 7)] }} onClose={() => {}} />);

    fireEvent.change(await screen.findByLabelText('Quantity of Resistor'), { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText('Serial numbers', { exact: false }), { target: { value: '1-9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('Serial numbers already exist: 2')).toBeTruthy();
    expect(screen.getByLabelText('Quantity of Resistor').getAttribute('aria-invalid')).toBe('true');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      quantity: '9',
      serial_numbers: '1-9',
      destination: null,
      notes: '',
    });
  });

  it('returns an item with the merge switch', async () => {
    const api = mockApi({
      'GET /api/stock/status/': statuses,
      'GET /api/stock/location/': { count: 0, next: null, previous: null, results: [] },
      'POST /api/stock/return/': { items: [] },
    });
    const close = vi.fn();
    renderWithProviders(
      <StockActionDialog action={{ kind: 'return', items: [{ ...item(4, 'Resistor', 7), in_stock: false }] }} onClose={close} />,
    );

    fireEvent.click(await screen.findByLabelText('Merge into existing stock'));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      items: [{ pk: 4, quantity: '7' }],
      location: null,
      notes: '',
      merge: true,
    });
  });

  it('says so and sends nothing when none of the selected rows can take the action', async () => {
    mockApi({ 'GET /api/stock/status/': statuses });
    renderWithProviders(<StockActionDialog action={{ kind: 'return', items: [] }} onClose={() => {}} />);
    expect(await screen.findByText('None of the selected items can take this action')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit' }).hasAttribute('disabled')).toBe(true);
  });

  it('installs a stock item of a part in the item\'s BOM, offering only items free to install', async () => {
    const api = mockApi({
      'GET /api/stock/status/': statuses,
      'GET /api/settings/global/STOCK_ENFORCE_BOM_INSTALLATION/': { key: 'STOCK_ENFORCE_BOM_INSTALLATION', value: 'True' },
      'GET /api/part/': paged([{ pk: 77, name: 'Fuse', full_name: 'Fuse' }]),
      'GET /api/stock/': paged([{ pk: 9, part_detail: { full_name: 'Fuse' }, serial: null, quantity: 4 }]),
      'GET /api/stock/9/': { pk: 9, part_detail: { full_name: 'Fuse' }, serial: null, quantity: 4 },
      'POST /api/stock/4/install/': () => jsonResponse({ stock_item: ['Stock item is already installed'] }, 400),
    });
    renderWithProviders(<StockActionDialog action={{ kind: 'install', items: [item(4, 'Board', 1)] }} onClose={() => {}} />);

    const input = (label: string) =>
      screen
        .getAllByLabelText(label, { exact: false })
        .find((e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type !== 'hidden') as HTMLInputElement;
    await screen.findByText('Stock item to install');
    // no item to pick before its part is chosen
    expect(input('Stock item to install').disabled).toBe(true);
    await waitFor(() => expect(input('Part').disabled).toBe(false));
    input('Part').focus();
    fireEvent.click(input('Part'));
    fireEvent.click(await screen.findByRole('option', { name: 'Fuse', hidden: true }));

    await waitFor(() => expect(input('Stock item to install').disabled).toBe(false));
    input('Stock item to install').focus();
    fireEvent.click(input('Stock item to install'));
    fireEvent.click(await screen.findByRole('option', { name: 'Fuse × 4', hidden: true }));
    fireEvent.change(screen.getByLabelText('Quantity to install', { exact: false }), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('Stock item is already installed')).toBeTruthy();
    const parts = api.requests.find((r) => r.path === '/api/part/');
    expect(Object.fromEntries(parts?.params ?? [])).toMatchObject({ trackable: 'true', in_bom_for: '40' });
    const items = api.requests.find((r) => r.path === '/api/stock/');
    expect(Object.fromEntries(items?.params ?? [])).toMatchObject({
      part: '77',
      in_stock: 'true',
      available: 'true',
      tracked: 'true',
    });
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ stock_item: 9, quantity: '2', note: '' });
    // the chosen item is read back with its part, so that it shows by name and not by number
    expect(api.requests.find((r) => r.path === '/api/stock/9/')?.params.get('part_detail')).toBe('true');
    expect(input('Stock item to install').value).toBe('Fuse × 4');
  });
});
