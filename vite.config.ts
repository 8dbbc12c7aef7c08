// Vite builds the browser client from client/ into dist/client; Vitest runs every test suite.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { NONCE_PLACEHOLDER } from './server/http/clientPage';

export default defineConfig(({ mode }) => ({
  root: 'client',
  plugins: [react()],
  // Every built tag carries this nonce placeholder; the server fills in a fresh nonce per response
  // (server/http/clientPage.ts), and the client hands it to the design system's one inline style.
  html: { cspNonce: NONCE_PLACEHOLDER },
  // Every client import of zod goes through the module that turns its eval-compiled parsers off (in the
  // browser builds only: the test runner's server keeps zod's defaults, as the real server does).
  resolve: {
    alias:
      mode === 'test'
        ? []
        : [
            {
              find: /^zod$/,
              replacement: fileURLToPath(
                new URL('./client/src/zodWithoutEval.ts', import.meta.url),
              ),
            },
          ],
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Fonts, icons and images stay files of their own (no data: URIs), served from our origin.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  test: {
    root: '.',
    include: [
      'shared/**/*.test.ts',
      'server/**/*.test.ts',
      'client/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
}));
