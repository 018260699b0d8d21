/**
 * The durable store's contract: what the server keeps between requests, restarts and replicas.
 * Two backends implement it with the same query code (lib/store/kysely-store.ts): embedded SQLite
 * by default, PostgreSQL when DATABASE_URL is set. Types only, so anything may import them.
 *
 * Conventions every method follows:
 * - Data times (`createdAt`, `describedAt`, `fetchedAt`, ...) are ISO-8601 strings. They are
 *   normalised to UTC with milliseconds (`Date#toISOString`) on the way in, so they sort as text
 *   on both backends; a value `Date` cannot parse is refused with a `StoreInputError`.
 * - Clock times for coordination (`nowMs`, leases, call slots) are epoch milliseconds, and always
 *   an argument: the store never reads the clock, so tests can drive time.
 * - JSON values are stored as text and come back as parsed JSON (`undefined` is stored as null).
 * - Every row belongs to one `Scope` (account and region): nothing leaks between accounts.
 */
import type { GroupEventDto, GroupNoteDto } from '@/lib/dto/groups';

/** The AWS account and region a row belongs to. */
export interface Scope {
  accountId: string;
  region: string;
}

/** One training job as `ListTrainingJobs` names it. */
export interface StoredJobRef {
  name: string;
  /** `CreationTime`, ISO. */
  createdAt: string;
  /** `TrainingJobStatus` (Failed, Completed, ...). */
  status: string;
}

/** The list-level part of a stored diagnosis (the full diagnosis stays out of list pages). */
export interface StoredDiagnosisSummary {
  cause: string;
  confidence: string;
  summary: string;
  groupKey: string;
  /** Fingerprint of the evidence the diagnosis was made from: a changed fingerprint means stale. */
  fingerprint: string;
  diagnosedAt: string;
}

/** A stored diagnosis: the summary columns plus the whole Diagnosis + evidence JSON. */
export interface StoredDiagnosis extends StoredDiagnosisSummary {
  full: unknown;
}

/** One row of the list: the listing's ref, the description once read, the diagnosis once proven. */
export interface JobRow {
  ref: StoredJobRef;
  /** The TrainingJob JSON as `putDescription` stored it. */
  description?: unknown;
  describedAt?: string;
  /** When the job failed, as read from the description (`endedAt`, else `lastModifiedAt`). */
  failedAt?: string;
  diagnosis?: StoredDiagnosisSummary;
}

/** How far the listing of one account and region has been read from AWS. */
export interface Watermark {
  /** CreationTime of the newest job stored: a refresh asks AWS only for jobs created after it. */
  newestCreatedAt?: string;
  refreshedAt?: string;
  /** False while an initial listing is still paging (older jobs may be missing). */
  complete: boolean;
}

export interface ListJobsQuery {
  /** Exact `TrainingJobStatus`, e.g. 'Failed'. */
  status?: string;
  /** Creation-time window, ISO: `since` inclusive, `until` exclusive (as ListTrainingJobs' window). */
  since?: string;
  until?: string;
  /** Case-insensitive substring of the job name (job names are ASCII). */
  nameContains?: string;
  /** Only jobs whose stored diagnosis has this cause; jobs not yet diagnosed never match. */
  cause?: string;
  /** Page size (1..1000) and rows to skip (>= 0). */
  limit: number;
  offset: number;
}

export interface ListJobsResult {
  /** Newest failed first: by failure time when described, else creation time; then name. */
  rows: JobRow[];
  /** Rows matching every filter (the pager's total). */
  total: number;
  /**
   * Diagnosed jobs per cause among the rows matching every filter *except* `cause`, so the cause
   * chips can show what each choice would give. Jobs without a diagnosis are in `undiagnosed`.
   */
  causeCounts: Record<string, number>;
  /** Among the rows matching every filter except `cause`: not yet described / not yet diagnosed. */
  undescribed: number;
  undiagnosed: number;
}

export interface StoredEntry {
  value: unknown;
  fetchedAt: string;
}

export type StoreBackend = 'sqlite' | 'postgres';

/** A failure group's triage state (the group itself is computed from the proven diagnoses). */
export interface GroupState {
  groupId: string;
  /** open | resolved | ignored | regressed (lib/analysis/groups GROUP_STATUSES). */
  status: string;
  /** When the status last changed, ISO: a failure after a `resolved` one is a regression. */
  statusChangedAt: string;
  assignee?: string;
  createdAt: string;
  updatedAt: string;
}

// A note and a history entry are stored as the API shows them: one declaration, in the wire types.
export type GroupNote = GroupNoteDto;
export type GroupEvent = GroupEventDto;

/** A person's change to a group: any of status, assignee (null unassigns) and a note, as one write. */
export interface GroupChange {
  status?: string;
  assignee?: string | null;
  note?: string;
  actor: string;
  at: string;
}

export interface Store {
  readonly backend: StoreBackend;

  /**
   * Brings the schema up to date. Idempotent, and safe when several replicas start at once: on
   * PostgreSQL the migrations run in one transaction under an advisory lock, on SQLite under
   * BEGIN IMMEDIATE (the file's write lock), so a second migrator waits and then finds nothing to do.
   * Returns the ids of the migrations this call applied (none when the schema was up to date).
   */
  migrate(): Promise<string[]>;
  /** Closes the connection (pool). The store must not be used afterwards. */
  close(): Promise<void>;

  // --- listing ---------------------------------------------------------------------------------

  /** Inserts or updates jobs named by a listing; keeps their descriptions and diagnoses. */
  upsertJobRefs(scope: Scope, refs: readonly StoredJobRef[]): Promise<void>;
  getWatermark(scope: Scope): Promise<Watermark | undefined>;
  setWatermark(scope: Scope, watermark: Watermark & { refreshedAt: string }): Promise<void>;
  /** One page of the stored list with its total and cause counts (see `ListJobsResult`). */
  listJobs(scope: Scope, query: ListJobsQuery): Promise<ListJobsResult>;

  // --- descriptions (a failed job never changes: describe it once, ever) ------------------------

  /**
   * Stores a job's description (the TrainingJob JSON). Reads `createdAt`, `status`, `endedAt` and
   * `lastModifiedAt` from it when present, so a job described before it was listed gets a row, and
   * the list sorts by failure time. A later description replaces an earlier one.
   */
  putDescription(scope: Scope, name: string, description: unknown, describedAt: string): Promise<void>;
  getDescription(scope: Scope, name: string): Promise<unknown | undefined>;

  // --- shared evidence -------------------------------------------------------------------------

  /**
   * Evidence shared by many jobs, by kind and key: roles, bucket policies and encryption, key and
   * endpoint policies, route tables (fresh for a TTL the caller applies to `fetchedAt`), and
   * immutable documents such as managed policy versions (kind 'policy-version', key
   * `${policyArn}#${versionId}`). See `readThrough` in ./read-through.ts for the TTL and single-flight.
   */
  getEntry(scope: Scope, kind: string, key: string): Promise<StoredEntry | undefined>;
  /** Stores an entry; an older `fetchedAt` never overwrites a newer one (replicas race harmlessly). */
  putEntry(scope: Scope, kind: string, key: string, value: unknown, fetchedAt: string): Promise<void>;

  // --- diagnoses -------------------------------------------------------------------------------

  /** Stores (replaces) a job's diagnosis and the fingerprint of the evidence it was made from. */
  putDiagnosis(scope: Scope, name: string, diagnosis: StoredDiagnosis): Promise<void>;
  getDiagnosis(scope: Scope, name: string): Promise<StoredDiagnosis | undefined>;

  // --- background work -------------------------------------------------------------------------

  /**
   * Claims jobs for proving, so no two replicas prove the same job. Returns the names `owner` now
   * holds: those unclaimed, those whose lease expired (`expiresAt <= nowMs`) and those it already
   * held (their lease is renewed). Each lease lasts `leaseMs` from `nowMs`.
   */
  claimJobs(scope: Scope, names: readonly string[], owner: string, leaseMs: number, nowMs: number): Promise<string[]>;
  /** Gives up a claim; a claim held by another owner is left alone. */
  releaseJob(scope: Scope, name: string, owner: string): Promise<void>;

  // --- the shared AWS budget -------------------------------------------------------------------

  /**
   * Reserves the next call slot for `key` (e.g. "111122223333|us-east-1|sagemaker:ListTrainingJobs")
   * at `ratePerSec`, allowing a burst of `burst` calls, and returns the epoch ms at which the caller
   * may send (>= nowMs). A GCRA (virtual scheduling) bucket in one atomic upsert, so instances
   * sharing one database never hand out slots faster than the rate: any run of n slots spans at
   * least (n - burst) / ratePerSec seconds.
   */
  reserveSlot(key: string, ratePerSec: number, burst: number, nowMs: number): Promise<number>;

  // --- failure groups' triage state ------------------------------------------------------------

  /** Every group of a scope that has a state (groups nobody touched have none: they are `open`). */
  listGroupStates(scope: Scope): Promise<GroupState[]>;
  getGroupState(scope: Scope, groupId: string): Promise<GroupState | undefined>;
  /**
   * Gives a group its first state (`open`, with a `created` event) unless it has one. True when
   * this call created it: the group is new. Atomic, so two replicas never both see "new".
   */
  openGroup(scope: Scope, groupId: string, at: string, detail?: string): Promise<boolean>;
  /**
   * Applies a person's change in one transaction: the state, one history event per field that
   * changed, the note. A change that fails writes nothing. Returns the state after it.
   */
  changeGroup(scope: Scope, groupId: string, change: GroupChange): Promise<GroupState>;
  /**
   * `resolved` -> `regressed` (with a `regressed` event naming `detail`), atomically; any other
   * status is left alone. True when this call made the change.
   */
  markRegressed(scope: Scope, groupId: string, at: string, detail: string): Promise<boolean>;
  /** A group's notes and history, oldest first. */
  getGroupActivity(scope: Scope, groupId: string): Promise<{ notes: GroupNote[]; history: GroupEvent[] }>;

  // --- notifications ---------------------------------------------------------------------------

  /**
   * Claims the right to send one notification about a failure group: true when none was claimed
   * for it in the last `windowMs` (the claim is then recorded at `nowMs`), false otherwise. One
   * atomic upsert, so two replicas notifying at once see one winner.
   */
  claimNotification(scope: Scope, groupId: string, nowMs: number, windowMs: number): Promise<boolean>;

  /** Removes the claim taken at `claimedAtMs` (no message went out under it); a later claim stays. */
  releaseNotification(scope: Scope, groupId: string, claimedAtMs: number): Promise<void>;
}

export interface StoreConfig {
  /** PostgreSQL connection string; when set, the store is PostgreSQL. */
  databaseUrl?: string;
  /** Where the SQLite file `jobtriage.sqlite` lives when `databaseUrl` is not set (created if missing). */
  dataDir: string;
}
