import { defineConfig } from 'vitest/config';
import { resolve } from './vitest.config';

/**
 * The fix round trip (`npm run test:round-trip`): every demo fix applied by the real AWS CLI against
 * the local endpoint. Apart from the unit suite because it needs `aws` on PATH and takes minutes.
 */
export default defineConfig({
  resolve,
  test: {
    include: ['test/round-trip/**/*.test.ts'],
    environment: 'node',
    // One job's fixes each start the aws CLI (about half a second) and re-run a triage.
    testTimeout: 120_000,
    hookTimeout: 30_000,
  },
});
