// Non-HTML entry: the server's shell page loads this bundle via dist/manifest.json.
import 'vite/modulepreload-polyfill';
import '@mantine/core/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { AppProviders } from './AppProviders';
import { readBootstrap } from './bootstrap';
import { createQueryClient } from './queryClient';

const bootstrap = readBootstrap();
const queryClient = createQueryClient();

const container = document.getElementById('root');
if (!container) {
  throw new Error('Stocktree: missing <div id="root"> in the shell page');
}

createRoot(container).render(
  <StrictMode>
    <BrowserRouter basename={bootstrap.basename}>
      <AppProviders bootstrap={bootstrap} queryClient={queryClient}>
        <App />
      </AppProviders>
    </BrowserRouter>
  </StrictMode>,
);
