import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ApiClient } from './api/client';
import { DEFAULT_BOOTSTRAP, type BootstrapConfig } from './bootstrap';

interface AppContextValue {
  bootstrap: BootstrapConfig;
  api: ApiClient;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppContextProvider({
  bootstrap = DEFAULT_BOOTSTRAP,
  children,
}: {
  bootstrap?: BootstrapConfig;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ bootstrap, api: new ApiClient(bootstrap.baseUrl) }),
    [bootstrap],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppContextProvider is missing');
  return ctx;
}

export function useBootstrap(): BootstrapConfig {
  return useAppContext().bootstrap;
}

export function useApi(): ApiClient {
  return useAppContext().api;
}
