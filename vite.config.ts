// Vite builds the browser client from client/ into dist/client; Vitest runs every test suite.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // One self-contained bundle: the verifier must work from a saved copy of the page, offline.
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
});
