import { describe, it } from 'vitest';
import { postgresFixture, postgresRequired, printableUrl, TEST_DATABASE_URL, unreachableReason } from './testing/postgres-fixture';
import { describeStoreContract } from './testing/store-contract';

// The same suite as on SQLite. Without a server it skips on a developer's machine, and fails in CI
// or when DATABASE_URL is set (a store test that silently skipped there would prove nothing).
const unreachable = await unreachableReason();

if (!unreachable) {
  describeStoreContract('Store on PostgreSQL', postgresFixture);
} else if (postgresRequired()) {
  describe('Store on PostgreSQL', () => {
    it('reaches PostgreSQL', () => {
      throw new Error(`PostgreSQL at ${printableUrl(TEST_DATABASE_URL)} is unreachable: ${unreachable}`);
    });
  });
} else {
  describe.skip(`Store on PostgreSQL (no server at ${printableUrl(TEST_DATABASE_URL)}: ${unreachable})`, () => {
    it('needs PostgreSQL', () => undefined);
  });
}
