import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/` },
      { find: /^@mocks\//, replacement: `${fileURLToPath(new URL('./mocks', import.meta.url))}/` },
      // Only the parts of Designsystemet's web helpers that our components use (see the file).
      { find: /^@digdir\/designsystemet-web$/, replacement: fileURLToPath(new URL('./src/lib/designsystemet-web.ts', import.meta.url)) },
    ],
  },
  build: {
    // scripts/size.mjs reads the manifest to know what a first visit loads.
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package does not declare "sideEffects", so its barrel would pull in every
        // component (with floating-ui, tanstack-virtual and the combobox elements) although we use a few.
        // Its modules are side-effect free; the web-component polyfills they need (designsystemet-web) are not
        // matched here and stay.
        moduleSideEffects: [{ test: /node_modules[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    testTimeout: 15_000,
  },
});
