import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, paged, renderWithProviders, sessionHandlers } from '../../test/render';
import { ApiError } from '../../api/client';
import { DataTable, type TableColumn } from './DataTable';

interface Row {
  pk: number;
  name: string;
  IPN: string;
}

const columns: TableColumn<Row>[] = [
  { accessor: 'name', title: 'Name', ordering: 'name', alwaysVisible: true },
  { accessor: 'IPN', title: 'IPN', ordering: 'IPN' },
];

const rows: Row[] = [
  { pk: 1, name: 'Widget', IPN: 'W-1' },
  { pk: 2, name: 'Gadget', IPN: 'G-2' },
];

function headers(): string[] {
  return screen.getAllByRole('columnheader').map((h) => h.textContent ?? '');
}

describe('DataTable', () => {
  it('asks the server for pages, ordering, search and filters', async () => {
    const api = mockApi({
      ...sessionHandlers({ part: ['view'] }),
      'GET /api/part/': (r) => paged(r.params.get('offset') === '0' ? rows : [], 60),
    });
    renderWithProviders(
      <DataTable<Row>
        tableKey="parts"
        endpoint="api/part/"
        columns={columns}
        params={{ category: 3 }}
        filters={[{ name: 'active', label: 'Active' }]}
        label="Parts"
      />,
      { withSession: true },
    );

    expect(await screen.findByText('Widget')).toBeTruthy();
    expect(screen.getByText('60 records')).toBeTruthy();
    const first = api.requests.filter((r) => r.path === '/api/part/')[0];
    expect(Object.fromEntries(first.params)).toEqual({ category: '3', limit: '25', offset: '0' });

    fireEvent.click(screen.getByRole('button', { name: 'Name' }));
    await waitFor(() =>
      expect(api.requests.at(-1)?.params.get('ordering')).toBe('name'),
    );
    fireEvent.click(screen.getByRole('button', { name: /Name/ }));
    await waitFor(() => expect(api.requests.at(-1)?.params.get('ordering')).toBe('-name'));
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByRole('button', { name: '2' }));
    await waitFor(() => expect(api.requests.at(-1)?.params.get('offset')).toBe('25'));
    expect(await screen.findByText('No records found')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Search table'), { target: { value: 'wid' } });
    await waitFor(() => expect(api.requests.at(-1)?.params.get('search')).toBe('wid'));
    // a new search starts again at the first page
    expect(api.requests.at(-1)?.params.get('offset')).toBe('0');
  });

  it('opens a row on click and runs bulk actions on the selected rows', async () => {
    mockApi({ ...sessionHandlers({ part: ['view'] }), 'GET /api/part/': paged(rows) });
    const open = vi.fn();
    const remove = vi.fn(async () => {});
    renderWithProviders(
      <DataTable<Row>
        tableKey="parts"
        endpoint="api/part/"
        columns={columns}
        onRowClick={open}
        bulkActions={[{ label: 'Delete', color: 'red', run: remove }]}
      />,
      { withSession: true },
    );

    fireEvent.click(await screen.findByText('Gadget'));
    expect(open).toHaveBeenCalledWith(rows[1]);
    // from the keyboard: a focused row opens with Enter
    const widgetRow = screen.getByText('Widget').closest('tr') as HTMLElement;
    expect(widgetRow.tabIndex).toBe(0);
    fireEvent.keyDown(widgetRow, { key: 'Enter' });
    expect(open).toHaveBeenLastCalledWith(rows[0]);
    open.mockClear();

    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
    const checkboxes = screen.getAllByRole('checkbox', { name: 'Select row' });
    fireEvent.click(checkboxes[1]);
    expect(open).not.toHaveBeenCalled(); // selecting does not open the row
    fireEvent.click(screen.getByRole('button', { name: 'Delete (1)' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith([rows[1]]));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all rows' }));
    expect(screen.getByRole('button', { name: 'Delete (2)' })).toBeTruthy();
  });

  it('hides and reorders columns and keeps the choice in the user\'s profile on the server', async () => {
    let stored: Record<string, unknown> = { theme: { primaryColor: 'teal' } };
    const api = mockApi({
      ...sessionHandlers({ part: ['view'] }, { username: 'carol' }),
      'GET /api/part/': paged(rows),
      'GET /api/user/me/profile/': () => stored,
      'PATCH /api/user/me/profile/': (r) => {
        stored = { ...stored, ...(r.body as object) };
        return stored;
      },
    });
    const table = (
      <DataTable<Row> tableKey="parts" endpoint="api/part/" columns={[...columns, { accessor: 'pk', title: 'ID' }]} />
    );
    const view = renderWithProviders(table, { withSession: true });
    await screen.findByText('Widget');
    expect(headers()).toEqual(['Name', 'IPN', 'ID']);

    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = await screen.findByRole('menu');
    fireEvent.click(within(menu).getByLabelText('IPN'));
    fireEvent.click(within(menu).getByLabelText('Move ID up'));
    await waitFor(() => expect(headers()).toEqual(['Name', 'ID']));
    fireEvent.click(within(menu).getByLabelText('Move ID up'));
    await waitFor(() => expect(headers()).toEqual(['ID', 'Name']));

    // every change is saved; the last save holds all of them and keeps what else the theme held
    await waitFor(() =>
      expect(stored.theme).toEqual({
        primaryColor: 'teal',
        stocktree_tables: { parts: { order: ['pk', 'name', 'IPN'], hidden: ['IPN'] } },
      }),
    );
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(3);
    expect(localStorage.length).toBe(0);

    // another browser (a fresh cache) shows the user's choice
    view.unmount();
    renderWithProviders(table, { withSession: true });
    await screen.findByText('Widget');
    await waitFor(() => expect(headers()).toEqual(['ID', 'Name']));
  });

  it('keeps column choices in this browser when the profile is out of reach', async () => {
    mockApi({ ...sessionHandlers({ part: ['view'] }, { username: 'dave' }), 'GET /api/part/': paged(rows) });
    const table = <DataTable<Row> tableKey="parts" endpoint="api/part/" columns={columns} />;
    const view = renderWithProviders(table, { withSession: true });
    await screen.findByText('Widget');
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    fireEvent.click(within(await screen.findByRole('menu')).getByLabelText('IPN'));
    await waitFor(() => expect(headers()).toEqual(['Name']));
    expect(localStorage.getItem('stocktree.table.dave.parts')).toContain('IPN');

    view.unmount();
    renderWithProviders(table, { withSession: true });
    await screen.findByText('Widget');
    await waitFor(() => expect(headers()).toEqual(['Name']));
  });

  it('says why a bulk action failed and keeps the selection', async () => {
    mockApi({ ...sessionHandlers({ part: ['view'] }), 'GET /api/part/': paged(rows) });
    const refuse = vi.fn(async () => {
      throw new ApiError(400, 'Bad Request', '/api/part/2/', { detail: 'Cannot delete an active part' });
    });
    renderWithProviders(
      <DataTable<Row> tableKey="parts" endpoint="api/part/" columns={columns} bulkActions={[{ label: 'Delete', run: refuse }]} />,
      { withSession: true },
    );
    await screen.findByText('Widget');
    fireEvent.click(screen.getAllByRole('checkbox', { name: 'Select row' })[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete (1)' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Cannot delete an active part');
    expect(screen.getByRole('button', { name: 'Delete (1)' })).toBeTruthy();
  });

  it('shows the loading state, then the error of a failed request', async () => {
    mockApi({
      ...sessionHandlers({ part: ['view'] }),
      'GET /api/part/': new Response('{}', { status: 500 }),
    });
    renderWithProviders(<DataTable<Row> tableKey="x" endpoint="api/part/" columns={columns} />, {
      withSession: true,
    });
    expect(await screen.findByLabelText('Loading')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('500');
  });
});
