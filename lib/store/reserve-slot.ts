import 'server-only';
import { sql, type Kysely } from 'kysely';
import { checkName, checkNumber } from './input';
import type { StoreDatabase } from './schema';

/**
 * The shared AWS budget as a GCRA (generic cell rate algorithm, "virtual scheduling") bucket: one
 * row per key holds the theoretical arrival time (TAT) of the next call. With interval T = 1/rate and
 * burst B, a call at `now` moves TAT to max(TAT, now) + T and may be sent at max(now, TAT' - B·T):
 * B calls at once from idle, then one every T. The whole step is one upsert ... RETURNING, which
 * the database runs atomically (a row lock on PostgreSQL, the write lock on SQLite), so any number
 * of replicas draw from one budget without a read-modify-write race.
 *
 * Clocks: each caller passes its own `nowMs`; replicas are assumed NTP-synchronised. A replica
 * whose clock runs ahead only makes the others wait longer, never spend faster.
 */
export async function reserveSlot(
  db: Kysely<StoreDatabase>,
  key: string,
  ratePerSec: number,
  burst: number,
  nowMs: number,
): Promise<number> {
  checkName(key, 'key');
  checkNumber(ratePerSec, 'ratePerSec', Number.MIN_VALUE);
  checkNumber(burst, 'burst', 1);
  checkNumber(nowMs, 'nowMs', 0);
  const interval = 1000 / ratePerSec;
  const now = sql`cast(${nowMs} as double precision)`;
  const row = await db
    .insertInto('rate_slots')
    .values({ bucket_key: key, tat_ms: nowMs + interval })
    .onConflict((oc) =>
      oc.column('bucket_key').doUpdateSet({
        // CASE rather than GREATEST/max(): the one spelling both SQLite and PostgreSQL accept.
        tat_ms: sql<number>`(case when ${sql.ref('rate_slots.tat_ms')} > ${now} then ${sql.ref('rate_slots.tat_ms')} else ${now} end) + cast(${interval} as double precision)`,
      }),
    )
    .returning('tat_ms')
    .executeTakeFirstOrThrow();
  return Math.max(nowMs, Number(row.tat_ms) - Math.floor(burst) * interval);
}
