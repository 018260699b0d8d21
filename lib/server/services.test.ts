import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testServices } from './testing/emulator';

describe('the store behind the services', () => {
  it('a store that could not be opened is tried again on the next request, not failed for good', async () => {
    // The data directory's place is taken by a file: opening fails until it is cleared.
    const dataDir = join(mkdtempSync(join(tmpdir(), 'jobtriage-services-')), 'data');
    writeFileSync(dataDir, 'not a directory');
    const services = testServices(undefined, { accountId: '111122223333', store: { dataDir } });
    try {
      await expect(services.store()).rejects.toThrow();
      rmSync(dataDir);
      const store = await services.store();
      expect(store.backend).toBe('sqlite');
    } finally {
      await services.close();
    }
  });
});
