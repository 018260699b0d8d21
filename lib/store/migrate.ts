import 'server-only';
import { sql, type Kysely } from 'kysely';
import { MIGRATIONS, type Migration } from './migrations';
import type { StoreDatabase } from './schema';
import type { StoreBackend } from './types';

/**
 * Applies the migrations not yet recorded in `store_migrations`, all in one transaction that holds
 * the database's migration lock, and returns the ids it applied. Two replicas starting at once: the
 * second waits for the lock, then finds every migration recorded and applies none.
 *
 * Kysely's own Migrator takes no lock on SQLite (it assumes one connection per database), and two
 * processes on one file would both run the DDL; hence this small equivalent. The lock:
 * - PostgreSQL: a transaction-scoped advisory lock keyed by the schema (DDL is transactional there);
 * - SQLite: BEGIN IMMEDIATE, which takes the file's write lock up front (a deferred BEGIN would
 *   fail with SQLITE_BUSY instead of waiting when two migrators upgrade their read locks).
 */
export async function runMigrations(
  db: Kysely<StoreDatabase>,
  backend: StoreBackend,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  const ordered = [...migrations].sort((a, b) => a.id.localeCompare(b.id));
  return db.connection().execute(async (conn) => {
    await beginLocked(conn, backend);
    try {
      await conn.schema
        .createTable('store_migrations')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .execute();
      const applied = new Set((await conn.selectFrom('store_migrations').select('id').execute()).map((r) => r.id));
      const ran: string[] = [];
      for (const migration of ordered) {
        if (applied.has(migration.id)) continue;
        await migration.up(conn as unknown as Kysely<unknown>);
        await conn.insertInto('store_migrations').values({ id: migration.id, applied_at: new Date().toISOString() }).execute();
        ran.push(migration.id);
      }
      await sql`commit`.execute(conn);
      return ran;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

async function beginLocked(conn: Kysely<StoreDatabase>, backend: StoreBackend): Promise<void> {
  if (backend === 'sqlite') {
    await sql`begin immediate`.execute(conn);
    return;
  }
  await sql`begin`.execute(conn);
  await sql`select pg_advisory_xact_lock(hashtext(${'jobtriage-store-migrate:'} || coalesce(current_schema(), '')))`.execute(conn);
}
