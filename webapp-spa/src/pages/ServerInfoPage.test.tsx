import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseBootstrap } from '../bootstrap';
import { jsonResponse, renderWithProviders } from '../test/render';
import { ServerInfoPage } from './ServerInfoPage';

function rowValue(label: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: label });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${label}`);
  return within(row).getByRole('cell');
}

describe('ServerInfoPage', () => {
  it('shows the server information returned by GET {baseUrl}api/', async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse({
        server: 'Stocktree',
        version: '0.1.0',
        instance: 'Main warehouse',
        apiVersion: 534,
        worker_running: true,
        database: 'postgresql',
        platform: 'Linux',
      }),
    );
    vi.stubGlobal('fetch', fetchMock);

    renderWithProviders(<ServerInfoPage />, { bootstrap: parseBootstrap({ baseUrl: '/ctx/' }) });

    expect(screen.getByLabelText('Loading server information')).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Server information' })).toBeTruthy();
    expect(rowValue('Server').textContent).toBe('Stocktree');
    expect(rowValue('Version').textContent).toBe('0.1.0');
    expect(rowValue('API version').textContent).toBe('534');
    expect(rowValue('Instance').textContent).toBe('Main warehouse');
    expect(rowValue('Background worker').textContent).toBe('Running');
    expect(screen.queryByRole('alert')).toBeNull();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect((fetchMock.mock.calls[0] as unknown[])[0]).toBe('/ctx/api/');
  });

  it('tolerates missing fields', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ server: 'Stocktree' })));

    renderWithProviders(<ServerInfoPage />);

    await screen.findByRole('table', { name: 'Server information' });
    expect(rowValue('Server').textContent).toBe('Stocktree');
    expect(rowValue('Version').textContent).toBe('—');
    expect(rowValue('API version').textContent).toBe('—');
    expect(rowValue('Background worker').textContent).toBe('Unknown');
  });

  it('shows an error alert when the server answers 500', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('boom', { status: 500, statusText: 'Internal Server Error' })),
    );

    renderWithProviders(<ServerInfoPage />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load server information');
    expect(alert.textContent).toContain('500');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
