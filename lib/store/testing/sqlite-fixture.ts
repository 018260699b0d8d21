import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreFixture } from './store-contract';

/** Each fresh database is its own temporary directory, removed by `cleanup`. */
export function sqliteFixture(): StoreFixture {
  const dirs: string[] = [];
  return {
    backend: 'sqlite',
    async freshConfig() {
      const dir = await mkdtemp(join(tmpdir(), 'jobtriage-store-'));
      dirs.push(dir);
      // A directory that does not exist yet: openStore must create it.
      return { dataDir: join(dir, 'data') };
    },
    async cleanup() {
      await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
