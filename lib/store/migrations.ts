import 'server-only';
import type { Kysely } from 'kysely';

/**
 * The schema, as an append-only list of migrations: never edit one that has shipped, add the next.
 * Every table is keyed by (account_id, region, ...) so several accounts share one store.
 */
export interface Migration {
  /** Sorts in the order the migrations run; stored in `store_migrations` once applied. */
  id: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: '0001-jobs-evidence-diagnoses-budget',
    async up(db) {
      await db.schema
        .createTable('jobs')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('failed_at', 'text')
        .addColumn('sort_at', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('described_at', 'text')
        .addPrimaryKeyConstraint('jobs_pk', ['account_id', 'region', 'name'])
        .execute();
      await db.schema.createIndex('jobs_by_sort').on('jobs').columns(['account_id', 'region', 'sort_at']).execute();
      await db.schema.createIndex('jobs_by_created').on('jobs').columns(['account_id', 'region', 'created_at']).execute();

      await db.schema
        .createTable('diagnoses')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('job_name', 'text', (c) => c.notNull())
        .addColumn('cause', 'text', (c) => c.notNull())
        .addColumn('confidence', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('group_key', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('diagnosed_at', 'text', (c) => c.notNull())
        .addColumn('full_json', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('diagnoses_pk', ['account_id', 'region', 'job_name'])
        .execute();
      await db.schema.createIndex('diagnoses_by_cause').on('diagnoses').columns(['account_id', 'region', 'cause']).execute();
      await db.schema.createIndex('diagnoses_by_group').on('diagnoses').columns(['account_id', 'region', 'group_key']).execute();

      await db.schema
        .createTable('watermarks')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('newest_created_at', 'text')
        .addColumn('refreshed_at', 'text')
        .addColumn('complete', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('watermarks_pk', ['account_id', 'region'])
        .execute();

      await db.schema
        .createTable('entries')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('entry_key', 'text', (c) => c.notNull())
        .addColumn('value_json', 'text', (c) => c.notNull())
        .addColumn('fetched_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('entries_pk', ['account_id', 'region', 'kind', 'entry_key'])
        .execute();

      await db.schema
        .createTable('job_claims')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('job_name', 'text', (c) => c.notNull())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('expires_at_ms', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('job_claims_pk', ['account_id', 'region', 'job_name'])
        .execute();

      await db.schema
        .createTable('rate_slots')
        .addColumn('bucket_key', 'text', (c) => c.primaryKey())
        .addColumn('tat_ms', 'double precision', (c) => c.notNull())
        .execute();
    },
  },
  {
    // The team's triage state of failure groups, keyed by the group's stable id (lib/analysis/groups):
    // it survives restarts, re-diagnosis and new jobs joining the group. Jobs are not listed here;
    // membership is always computed from the proven diagnoses.
    id: '0002-failure-group-state',
    async up(db) {
      await db.schema
        .createTable('group_states')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('group_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('status_changed_at', 'text', (c) => c.notNull())
        .addColumn('assignee', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_states_pk', ['account_id', 'region', 'group_id'])
        .execute();
      await db.schema
        .createTable('group_notes')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('group_id', 'text', (c) => c.notNull())
        .addColumn('note_id', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_notes_pk', ['account_id', 'region', 'group_id', 'note_id'])
        .execute();
      await db.schema
        .createTable('group_events')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('group_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('from_value', 'text')
        .addColumn('to_value', 'text')
        .addColumn('detail', 'text')
        .addPrimaryKeyConstraint('group_events_pk', ['account_id', 'region', 'group_id', 'event_id'])
        .execute();
    },
  },
  {
    // When each failure group was last notified about: at most one message per group per hour,
    // across restarts and replicas.
    id: '0003-notification-claims',
    async up(db) {
      await db.schema
        .createTable('notification_claims')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('group_id', 'text', (c) => c.notNull())
        .addColumn('sent_at_ms', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('notification_claims_pk', ['account_id', 'region', 'group_id'])
        .execute();
    },
  },
];
