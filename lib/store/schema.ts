/**
 * The tables as Kysely sees them (column names are the SQL ones). Times: data times are ISO text,
 * coordination times epoch ms in `double precision` (exact for epoch ms, a plain JS number from both
 * drivers, unlike bigint which pg returns as a string). JSON is text on both backends: one code path,
 * and PostgreSQL's jsonb would refuse the \u0000 that log text can carry.
 */
export interface JobsTable {
  account_id: string;
  region: string;
  name: string;
  created_at: string;
  status: string;
  /** From the description: endedAt, else lastModifiedAt. */
  failed_at: string | null;
  /** The list's order: failed_at when described, else created_at (kept by every write). */
  sort_at: string;
  description: string | null;
  described_at: string | null;
}

export interface DiagnosesTable {
  account_id: string;
  region: string;
  job_name: string;
  cause: string;
  confidence: string;
  summary: string;
  group_key: string;
  fingerprint: string;
  diagnosed_at: string;
  full_json: string;
}

export interface WatermarksTable {
  account_id: string;
  region: string;
  newest_created_at: string | null;
  refreshed_at: string | null;
  /** 0 or 1: SQLite has no boolean type. */
  complete: number;
}

export interface EntriesTable {
  account_id: string;
  region: string;
  kind: string;
  entry_key: string;
  value_json: string;
  fetched_at: string;
}

export interface JobClaimsTable {
  account_id: string;
  region: string;
  job_name: string;
  owner: string;
  expires_at_ms: number;
}

export interface RateSlotsTable {
  bucket_key: string;
  /** GCRA theoretical arrival time of the next call, epoch ms. */
  tat_ms: number;
}

export interface NotificationClaimsTable {
  account_id: string;
  region: string;
  group_id: string;
  /** When the last message about the group was claimed, epoch ms. */
  sent_at_ms: number;
}

export interface MigrationsTable {
  id: string;
  applied_at: string;
}

export interface GroupStatesTable {
  account_id: string;
  region: string;
  group_id: string;
  status: string;
  status_changed_at: string;
  assignee: string | null;
  created_at: string;
  updated_at: string;
}

export interface GroupNotesTable {
  account_id: string;
  region: string;
  group_id: string;
  note_id: string;
  author: string;
  body: string;
  created_at: string;
}

export interface GroupEventsTable {
  account_id: string;
  region: string;
  group_id: string;
  event_id: string;
  at: string;
  /** Order of the events one change wrote at one instant. */
  seq: number;
  actor: string;
  kind: string;
  from_value: string | null;
  to_value: string | null;
  detail: string | null;
}

export interface StoreDatabase {
  jobs: JobsTable;
  diagnoses: DiagnosesTable;
  watermarks: WatermarksTable;
  entries: EntriesTable;
  job_claims: JobClaimsTable;
  rate_slots: RateSlotsTable;
  notification_claims: NotificationClaimsTable;
  store_migrations: MigrationsTable;
  group_states: GroupStatesTable;
  group_notes: GroupNotesTable;
  group_events: GroupEventsTable;
}
