import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** How tests resolve imports; vitest.round-trip.config.ts shares it. */
export const resolve = {
  alias: {
    '@': fileURLToPath(new URL('./', import.meta.url)),
    // `server-only` throws outside the react-server condition; tests run server modules directly.
    'server-only': fileURLToPath(new URL('./test/server-only-stub.ts', import.meta.url)),
  },
};

export default defineConfig({
  resolve,
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    // The fix round trip runs the real AWS CLI: `npm run test:round-trip` (vitest.round-trip.config.ts).
    exclude: ['node_modules/**', '.next/**', 'e2e/**', 'test/round-trip/**'],
    environment: 'node',
    setupFiles: ['test/yield-to-runner.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
