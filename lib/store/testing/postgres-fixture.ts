import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StoreFixture } from './store-contract';

/** Where the tests find PostgreSQL: DATABASE_URL, else the development machines' local server. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** The URL for messages: a password in it is never printed. */
export function printableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable DATABASE_URL)';
  }
}

/**
 * The PostgreSQL suite may only skip on a developer's machine without PostgreSQL: in CI, or when
 * DATABASE_URL names a server, an unreachable server is a failure.
 */
export function postgresRequired(env: Record<string, string | undefined> = process.env): boolean {
  const ci = env.CI;
  return Boolean(env.DATABASE_URL) || (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0');
}

/** Undefined when PostgreSQL answers, else why not. */
export async function unreachableReason(url = TEST_DATABASE_URL): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A test schema this old belongs to a run that died before its cleanup. */
const ABANDONED_AFTER_S = 6 * 3600;

/**
 * Each fresh database is a schema of its own (random name), which the store reaches through the
 * connection's search_path; `cleanup` drops them all. Runs and tests never see each other's rows.
 */
export function postgresFixture(url = TEST_DATABASE_URL): StoreFixture {
  // The start time in the name lets a later run drop what a killed run left behind.
  const run = `jt_test_${Math.floor(Date.now() / 1000)}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const schemas: string[] = [];
  const admin = () => new pg.Client({ connectionString: url });

  async function sqlAsAdmin(text: string): Promise<void> {
    const client = admin();
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  }

  async function dropAbandoned(): Promise<void> {
    const client = admin();
    await client.connect();
    try {
      const { rows } = await client.query<{ nspname: string }>(`select nspname from pg_namespace where nspname like 'jt\\_test\\_%'`);
      const cutoff = Date.now() / 1000 - ABANDONED_AFTER_S;
      for (const { nspname } of rows) {
        const started = Number(nspname.split('_')[2]);
        if (Number.isFinite(started) && started < cutoff) await client.query(`drop schema if exists "${nspname}" cascade`);
      }
    } finally {
      await client.end();
    }
  }

  return {
    backend: 'postgres',
    async freshConfig() {
      if (schemas.length === 0) await dropAbandoned();
      const schema = `${run}_${schemas.length}`;
      schemas.push(schema);
      await sqlAsAdmin(`create schema "${schema}"`);
      const withSchema = new URL(url);
      withSchema.searchParams.set('options', `-c search_path=${schema}`);
      return { databaseUrl: withSchema.toString(), dataDir: '/nonexistent-unused' };
    },
    async cleanup() {
      const dropping = schemas.splice(0);
      if (dropping.length > 0) await sqlAsAdmin(dropping.map((s) => `drop schema if exists "${s}" cascade;`).join('\n'));
    },
  };
}
