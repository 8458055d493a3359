import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../AppProviders';
import { parseBootstrap, type BootstrapConfig } from '../bootstrap';

export function renderWithProviders(
  ui: ReactElement,
  { route = '/', bootstrap = parseBootstrap({}) }: { route?: string; bootstrap?: BootstrapConfig } = {},
): RenderResult {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  return render(
    <MemoryRouter initialEntries={[route]}>
      <AppProviders bootstrap={bootstrap} queryClient={queryClient}>
        {ui}
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
