import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, paged, renderWithProviders, sessionHandlers } from '../../test/render';
import { RecordTable } from './RecordTable';

interface Price {
  pk: number;
  quantity: number;
}

const options = {
  actions: {
    POST: {
      part: { type: 'related field', label: 'Part', required: true, api_url: '/api/part/', model: 'part' },
      quantity: { type: 'float', label: 'Quantity', required: true },
    },
  },
};

function renderTable(rights: { add: boolean; change: boolean; delete: boolean }) {
  const api = mockApi({
    ...sessionHandlers({ part: ['view'] }),
    'GET /api/part/sale-price/': paged([{ pk: 4, quantity: 10 }]),
    'OPTIONS /api/part/sale-price/': options,
    'POST /api/part/sale-price/': (r) => jsonResponse({ pk: 5, ...(r.body as object) }, 201),
    'DELETE /api/part/sale-price/4/': () => new Response(null, { status: 204 }),
  });
  renderWithProviders(
    <RecordTable<Price>
      tableKey="test-prices"
      label="Prices"
      endpoint="api/part/sale-price/"
      params={{ part: 12 }}
      columns={[{ accessor: 'quantity', title: 'Quantity' }]}
      fields={['quantity']}
      fixed={{ part: 12 }}
      rights={rights}
      noun="price break"
      describe={(row) => `the break at ${row.quantity}`}
    />,
    { withSession: true },
  );
  return api;
}

describe('RecordTable', () => {
  it('shows no actions without rights', async () => {
    renderTable({ add: false, change: false, delete: false });
    const table = await screen.findByRole('table', { name: 'Prices' });
    await within(table).findByText('10');
    expect(screen.queryByRole('button', { name: 'Add price break' })).toBeNull();
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });

  it('creates a record with the fixed owner sent but not shown', async () => {
    const api = renderTable({ add: true, change: false, delete: false });
    fireEvent.click(await screen.findByRole('button', { name: 'Add price break' }));
    const dialog = await screen.findByRole('dialog');
    const quantity = await within(dialog).findByLabelText(/Quantity/);
    expect(within(dialog).queryByLabelText(/Part/)).toBeNull();
    fireEvent.change(quantity, { target: { value: '25' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ part: 12, quantity: 25 });
  });

  it('deletes a row only after the user confirms', async () => {
    const api = renderTable({ add: false, change: false, delete: true });
    const table = await screen.findByRole('table', { name: 'Prices' });
    fireEvent.click(await within(table).findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Delete the break at 10?')).toBeTruthy();
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'DELETE' && r.path === '/api/part/sale-price/4/')).toBe(true));
  });
});
