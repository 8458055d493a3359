import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { jsonResponse, renderWithProviders } from './test/render';

describe('App routing', () => {
  it('renders the layout header and server info on the home route', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ server: 'Stocktree', version: '0.1.0' })));

    renderWithProviders(<App />, { route: '/' });

    expect(screen.getByRole('heading', { name: 'Stocktree' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Server information' })).toBeTruthy();
  });

  it('shows "Page not found" with a link home for unknown routes', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({}));
    vi.stubGlobal('fetch', fetchMock);

    renderWithProviders(<App />, { route: '/no/such/page' });

    expect(screen.getByRole('heading', { name: 'Stocktree' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to home' }).getAttribute('href')).toBe('/');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
