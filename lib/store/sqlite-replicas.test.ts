import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./testing/replica-child.ts', import.meta.url));
const dirs: string[] = [];

interface ReplicaReport {
  migrated: string[];
  claimed: string[];
  slots: number[];
}

async function startReplica(dataDir: string, owner: string, startAt: number): Promise<ReplicaReport> {
  // The store's modules start with `import 'server-only'`, which loads only under react-server (as in Next).
  const { stdout } = await run(process.execPath, ['--conditions=react-server', '--import', 'tsx', child, dataDir, owner, String(startAt)], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    timeout: 60_000,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as ReplicaReport;
}

afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

// Two processes on one SQLite file, as two app instances on one data directory would be: SQLite's
// file locks (BEGIN IMMEDIATE for migrations, one atomic upsert per claim and slot) keep them apart.
describe('two processes on one SQLite file', () => {
  it('migrate once between them, split the claims and share one call budget', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobtriage-replicas-'));
    dirs.push(dir);
    const dataDir = join(dir, 'data');
    const startAt = Date.now() + 2_500;
    const [a, b] = await Promise.all([startReplica(dataDir, 'replica-a', startAt), startReplica(dataDir, 'replica-b', startAt)]);

    expect([...a.migrated, ...b.migrated].sort()).toEqual(MIGRATIONS.map((m) => m.id).sort());
    expect(a.claimed.filter((name) => b.claimed.includes(name))).toEqual([]);
    expect(new Set([...a.claimed, ...b.claimed]).size).toBe(60);

    const slots = [...a.slots, ...b.slots].sort((x, y) => x - y);
    // 40 slots at 50/s with a burst of 2 span at least (40 - 2) / 50 s.
    expect(slots[slots.length - 1]! - slots[0]!).toBeGreaterThanOrEqual(((40 - 2) * 1000) / 50 - 1e-6);
  }, 60_000);
});
