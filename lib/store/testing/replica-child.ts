/**
 * A stand-in replica for sqlite-replicas.test.ts, run as its own process (two processes on one
 * SQLite file are what the file locks must keep apart). Args: dataDir, owner, startAtMs.
 * At `startAtMs` (so both replicas start together) it migrates, claims jobs and reserves call
 * slots, then prints what it got as one JSON line.
 */
import { createStore } from '../open-store';

const [dataDir, owner, startAt] = process.argv.slice(2);
if (!dataDir || !owner || !startAt) throw new Error('usage: replica-child <dataDir> <owner> <startAtMs>');

const scope = { accountId: '111122223333', region: 'us-east-1' };
const names = Array.from({ length: 60 }, (_, i) => `job-${i}`);

// A function, not top-level await: the project's .ts files load as CommonJS under tsx.
async function main(dataDir: string, owner: string, startAt: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  const store = createStore({ dataDir });
  const migrated = await store.migrate();
  const claimed: string[] = [];
  for (let i = 0; i < names.length; i += 5) {
    claimed.push(...(await store.claimJobs(scope, names.slice(i, i + 5), owner, 60_000, Date.now())));
  }
  const slots: number[] = [];
  for (let i = 0; i < 20; i++) slots.push(await store.reserveSlot('111122223333|us-east-1|iam:GetRole', 50, 2, Date.now()));
  await store.close();
  console.log(JSON.stringify({ migrated, claimed, slots }));
}

main(dataDir, owner, Number(startAt)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
