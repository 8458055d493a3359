import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { jsonResponse, mockApi, paged, renderWithProviders, sessionHandlers } from './test/render';

const signedOut = { 'GET /api/auth/v1/auth/session': () => jsonResponse({ status: 401 }, 401) };

describe('App', () => {
  it('asks an anonymous visitor to sign in, signs in with the CSRF header, then shows the app', async () => {
    document.cookie = 'csrftoken=abc123abc123abc123abc123abc123ab';
    let signedIn = false;
    const handlers = sessionHandlers({ part: ['view'] });
    const api = mockApi({
      'GET /api/auth/v1/auth/session': () => (signedIn ? handlers['GET /api/auth/v1/auth/session'] : jsonResponse({}, 401)),
      'GET /api/auth/v1/config': { status: 200 },
      'POST /api/auth/v1/auth/login': (r) => {
        const body = r.body as { username: string; password: string };
        if (body.password !== 'right') {
          return jsonResponse({ status: 400, errors: [{ message: 'The username and/or password you specified are not correct.' }] }, 400);
        }
        signedIn = true;
        return { status: 200 };
      },
      'GET /api/user/me/': handlers['GET /api/user/me/'],
      'GET /api/user/me/roles/': handlers['GET /api/user/me/roles/'],
      'GET /api/': { server: 'Stocktree', version: '0.1.0' },
    });
    renderWithProviders(<App />, { route: '/' });

    fireEvent.change(await screen.findByLabelText(/Username/), { target: { value: 'tester' } });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not correct');

    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'right' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Server information' })).toBeTruthy();

    const login = api.requests.filter((r) => r.method === 'POST' && r.path === '/api/auth/v1/auth/login');
    expect(login).toHaveLength(2);
    expect(login[1].headers.get('X-CSRFToken')).toBe('abc123abc123abc123abc123abc123ab');
    expect(login[1].body).toEqual({ username: 'tester', password: 'right' });
  });

  it('shows only the navigation the user may use', async () => {
    mockApi({ ...sessionHandlers({ part: null }), 'GET /api/': {} });
    renderWithProviders(<App />, { route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(nav.textContent).toContain('Home');
    expect(nav.textContent).not.toContain('Parts');
    expect(nav.textContent).not.toContain('Administration');
  });

  it('hides write actions from a view-only user on the parts page', async () => {
    mockApi({
      ...sessionHandlers({ part: ['view'], part_category: ['view'] }),
      'GET /api/part/category/tree/': [{ pk: 1, name: 'Electronics', parent: null }],
      'GET /api/part/': paged([]),
    });
    renderWithProviders(<App />, { route: '/part' });
    expect(await screen.findByRole('link', { name: 'Electronics' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New part' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'New category' })).toBeNull();
  });

  it('offers write actions to a user who holds them', async () => {
    mockApi({
      ...sessionHandlers({ part: ['view', 'add', 'change'], part_category: ['view', 'add'] }),
      'GET /api/part/category/tree/': [],
      'GET /api/part/': paged([]),
    });
    renderWithProviders(<App />, { route: '/part' });
    expect(await screen.findByRole('button', { name: 'New part' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New category' })).toBeTruthy();
  });

  it('signs out from the user menu', async () => {
    let signedIn = true;
    const handlers = sessionHandlers({}, { username: 'sam' });
    const api = mockApi({
      ...handlers,
      'GET /api/auth/v1/auth/session': () => (signedIn ? {} : jsonResponse({}, 401)),
      'DELETE /api/auth/v1/auth/session': () => {
        signedIn = false;
        return jsonResponse({ status: 401 }, 401);
      },
      'GET /api/': {},
    });
    renderWithProviders(<App />, { route: '/' });
    fireEvent.click(await screen.findByRole('button', { name: 'User menu' }));
    fireEvent.click(await screen.findByText('Sign out'));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    await waitFor(() => expect(api.requests.some((r) => r.method === 'DELETE')).toBe(true));
  });

  it('shows "Page not found" for unknown routes', async () => {
    mockApi({ ...sessionHandlers({}), ...{} });
    renderWithProviders(<App />, { route: '/no/such/page' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });

  it('keeps a signed-out visitor on the sign-in page whatever the route', async () => {
    mockApi(signedOut);
    renderWithProviders(<App />, { route: '/part/3' });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
