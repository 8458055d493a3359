import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi, type Mock } from 'vitest';
import { AppProviders } from '../AppProviders';
import type { PermissionName } from '../auth/permissions';
import { SessionProvider } from '../auth/session';
import { parseBootstrap, type BootstrapConfig } from '../bootstrap';

export function renderWithProviders(
  ui: ReactElement,
  {
    route = '/',
    bootstrap = parseBootstrap({}),
    withSession = false,
  }: { route?: string; bootstrap?: BootstrapConfig; withSession?: boolean } = {},
): RenderResult {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  return render(
    <MemoryRouter initialEntries={[route]}>
      <AppProviders bootstrap={bootstrap} queryClient={queryClient}>
        {withSession ? <SessionProvider loading={<div>loading session</div>}>{ui}</SessionProvider> : ui}
      </AppProviders>
    </MemoryRouter>,
  );
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** One recorded request of {@link mockApi}. */
export interface Recorded {
  method: string;
  path: string;
  params: URLSearchParams;
  body: unknown;
  headers: Headers;
}

type Handler = (request: Recorded) => unknown;

/**
 * Stubs fetch with handlers keyed "METHOD /path/" (query string ignored for matching). A handler
 * returns a Response, or a body answered with 200. Unknown requests answer 404.
 */
export function mockApi(handlers: Record<string, Handler | object>): {
  fetch: Mock;
  requests: Recorded[];
} {
  const requests: Recorded[] = [];
  const fetchMock = vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const recorded: Recorded = {
      method,
      path: url.pathname,
      params: url.searchParams,
      body,
      headers: new Headers(init.headers),
    };
    requests.push(recorded);
    const handler = handlers[`${method} ${url.pathname}`];
    if (handler === undefined) return jsonResponse({ detail: 'Not found.' }, 404);
    const answer = typeof handler === 'function' ? (handler as Handler)(recorded) : handler;
    return answer instanceof Response ? answer : jsonResponse(answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetch: fetchMock, requests };
}

/** Handlers for a signed-in user holding the given permissions per role. */
export function sessionHandlers(
  roles: Record<string, PermissionName[] | null>,
  { superuser = false, staff = false, username = 'tester' } = {},
): Record<string, object> {
  return {
    'GET /api/auth/v1/auth/session': { status: 200, meta: { is_authenticated: true } },
    'GET /api/user/me/': { pk: 5, username, is_staff: staff, is_superuser: superuser },
    'GET /api/user/me/roles/': { user: 5, username, roles, is_staff: staff, is_superuser: superuser },
  };
}

export function paged<T>(results: T[], count = results.length) {
  return { count, next: null, previous: null, results };
}
