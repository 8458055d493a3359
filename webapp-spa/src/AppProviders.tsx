import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { BootstrapConfig } from './bootstrap';
import { AppContextProvider } from './context';
import { theme } from './theme';

/** Everything except the router, so tests can pick a MemoryRouter. */
export function AppProviders({
  bootstrap,
  queryClient,
  children,
}: {
  bootstrap: BootstrapConfig;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <AppContextProvider bootstrap={bootstrap}>{children}</AppContextProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
