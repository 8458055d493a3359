import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Production contract (relied upon by the Java build / JSP shell page):
//  - assets are served from /static/
//  - dist/manifest.json maps the entry key "src/main.tsx" to its hashed JS + CSS
//  - there is no index.html entry; the server emits the tags from the manifest
// The server `npm run dev` forwards the API to (STOCKTREE_BACKEND to point elsewhere).
const nodeEnv = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const backend = nodeEnv.STOCKTREE_BACKEND ?? 'http://localhost:8080';

export default defineConfig(({ command }) => ({
  // In dev the local index.html is served from the root so that routes match.
  base: command === 'build' ? '/static/' : '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: 'manifest.json',
    rollupOptions: {
      input: 'src/main.tsx',
    },
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/media': { target: backend, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 30_000,
    unstubGlobals: true,
  },
}));
