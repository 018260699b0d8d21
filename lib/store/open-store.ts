import 'server-only';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import pg from 'pg';
import { KyselyStore } from './kysely-store';
import type { StoreDatabase } from './schema';
import type { Store, StoreConfig } from './types';

export const SQLITE_FILE = 'jobtriage.sqlite';

/**
 * Opens the store the configuration names and brings its schema up to date: PostgreSQL when
 * `databaseUrl` is set (for several replicas), else the SQLite file `${dataDir}/jobtriage.sqlite`
 * (the directory is created). To keep the tables in their own PostgreSQL schema, name it in the
 * URL: `?options=-c%20search_path%3Djobtriage`.
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const store = createStore(config);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

/** Like `openStore` without migrating: for tests of migration itself. */
export function createStore(config: StoreConfig): Store {
  if (config.databaseUrl) {
    return new KyselyStore(new Kysely<StoreDatabase>({ dialect: postgres(config.databaseUrl) }), 'postgres');
  }
  const { db, release } = sharedSqlite(config.dataDir);
  return new KyselyStore(db, 'sqlite', release);
}

function postgres(databaseUrl: string): Dialect {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the server emits 'error' on the pool; unheard, it would end the process.
  pool.on('error', (error) => console.warn(`jobtriage store: idle PostgreSQL connection lost: ${error.message}`));
  return new PostgresDialect({ pool });
}

/**
 * WAL: readers never wait for the writer, and a crash never leaves a half-written page. Switching
 * needs the file to itself, and SQLite answers SQLITE_BUSY at once (without the busy handler) while
 * another process is opening or switching the same new file, as two replicas starting together do.
 * So: nothing to do when the file is already WAL (the mode is persistent), else retry until `waitMs`.
 */
function enableWal(database: Database.Database, waitMs: number): void {
  const deadline = Date.now() + waitMs;
  for (let attempt = 1; ; attempt++) {
    try {
      if (database.pragma('journal_mode', { simple: true }) === 'wal') return;
      database.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      // A synchronous pause: this runs once per file and process, before anything else uses it.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(10 * attempt, 100));
    }
  }
}

/**
 * One SQLite connection per file and process, shared by every store opened on it. better-sqlite3
 * waits for a lock synchronously, blocking the event loop: a second connection in the same process
 * waiting for the first one's transaction would block the very loop that must finish it, and
 * deadlock until the timeout. One connection, behind Kysely's mutex, serialises them instead;
 * other processes on the same file are kept apart by SQLite's own locks.
 */
const sqliteConnections = new Map<string, { db: Kysely<StoreDatabase>; users: number }>();

function sharedSqlite(dataDir: string): { db: Kysely<StoreDatabase>; release: () => Promise<void> } {
  const file = resolve(dataDir, SQLITE_FILE);
  let shared = sqliteConnections.get(file);
  if (!shared) {
    mkdirSync(dataDir, { recursive: true });
    // timeout: how long a statement waits for another process's write lock before SQLITE_BUSY.
    const database = new Database(file, { timeout: 10_000 });
    try {
      enableWal(database, 10_000);
    } catch (error) {
      database.close();
      throw error;
    }
    database.pragma('synchronous = NORMAL');
    shared = { db: new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }), users: 0 };
    sqliteConnections.set(file, shared);
  }
  shared.users += 1;
  const entry = shared;
  return {
    db: entry.db,
    async release() {
      entry.users -= 1;
      if (entry.users > 0) return;
      sqliteConnections.delete(file);
      await entry.db.destroy();
    },
  };
}
