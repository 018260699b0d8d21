/**
 * The JSON the API routes return and the pages read: one definition for server and client.
 * Pure types (no runtime), so the browser bundle pulls in nothing from the server.
 */
import type { Cause, Confidence, Diagnosis } from '@/lib/analysis/diagnosis';
import type { EvidenceBundle, Missing, TrainingJob } from '@/lib/analysis/evidence';

/** One row of the failed-jobs list. */
export interface JobSummary {
  name: string;
  region: string;
  /** The account the job runs in: every link to the job carries it (`?account=`). */
  accountId: string;
  /** Its name in the accounts configuration (the id when not configured), for the merged list's labels. */
  accountName?: string;
  arn: string;
  createdAt: string;
  /** When the job ended (failed); falls back to the last modification time. */
  failedAt: string;
  failureReason: string;
  secondaryStatus?: string;
  roleArn?: string;
  instanceType?: string;
  /**
   * The stored diagnosis: the proven one once the background proof has run (the same the job page
   * shows), the failure text's reading until then.
   */
  cause: Cause;
  confidence: Confidence;
  summary: string;
  groupKey: string;
  /** False while only the failure text has been read: the proof is still to run ("proving…"). */
  proven: boolean;
  /**
   * False for a job the listing named and DescribeTrainingJob has not answered for yet: its name
   * and times are from the listing, its cause `unknown` ("describing…") until the description lands.
   */
  described: boolean;
  /** Why the background proof could not be made (the job page says more); the text's reading stays. */
  proofError?: string;
}

/** How the list is shown: sent to the server, which filters, sorts, groups and pages. */
export interface ListViewQuery {
  causes: Cause[];
  sort: 'failedAt' | 'name' | 'cause' | 'instanceType' | 'role';
  dir: 'asc' | 'desc';
  view: 'table' | 'groups';
  page: number;
}

/** The background work behind the list: what is still being listed, described or proven. */
export interface ListProgress {
  /** `in-progress` while the first listing of this account and region is still paging. */
  listing: 'in-progress' | 'complete' | 'truncated';
  /** Failed jobs (in this window) named by the listing and not yet described. */
  describing: number;
  /** Failed jobs (in this window) whose cause is still the failure text's reading. */
  proving: number;
}

/** A job the list found but could not describe. Shown, never dropped. */
export interface UndescribedJob {
  name: string;
  accountId?: string;
  accountName?: string;
  region?: string;
  createdAt?: string;
  missing: Missing;
}

/** A configured account as the list's selector offers it (JOBTRIAGE_CONFIG); the default one first. */
export interface AccountOption {
  id: string;
  name: string;
  regions: string[];
}

/** One account and region of a merged list (`account=all`), and why it is missing when it is. */
export interface ListedScope {
  accountId: string;
  accountName: string;
  region: string;
  /** Set when this account or region could not be listed (a role that cannot be assumed, a denied listing). */
  error?: ApiError['error'];
}

export interface JobListResponse {
  /** The region listed, or `all` when every configured region of the accounts is merged. */
  region: string;
  /** The account listed, or `all`: every configured account and region merged, rows labelled. */
  account: { id: string; name: string } | 'all';
  /** In a merged list: every account and region asked, with the error of each that failed. */
  scopes?: ListedScope[];
  /** The window asked for, ISO. */
  since?: string;
  until?: string;
  /** Failed jobs described in the window, whatever their cause. */
  total: number;
  /** Per cause among them (every cause present, largest first). */
  causeCounts: { cause: Cause; count: number }[];
  /** Jobs matching the cause filter: what the pages divide. */
  shown: number;
  page: number;
  pages: number;
  pageSize: number;
  /**
   * This page of the table, in the order asked for. Empty in the grouped view of one account and
   * region, whose failure groups come from `/api/groups`; a merged list has no groups, so its grouped
   * view sends the table's rows.
   */
  jobs: JobSummary[];
  progress: ListProgress;
  /** Jobs the list named but DescribeTrainingJob could not read (throttled, denied, ...). */
  undescribed: UndescribedJob[];
  /** True when the page cap stopped the listing before the end: there are older failed jobs. */
  truncated: boolean;
  truncatedReason?: string;
  fetchedAt: string;
}

export interface JobDetailResponse {
  job: TrainingJob;
  /** Null for a job whose status is not Failed (Completed, Stopped, Stopping, InProgress): there is nothing to diagnose. */
  diagnosis: Diagnosis | null;
  evidence: EvidenceBundle;
}

export type ApiErrorCode =
  | 'invalid-region'
  /** 400: `account=` is not a 12-digit id, or not one of the configured accounts (the message lists them). */
  | 'invalid-account'
  | 'invalid-job-name'
  | 'invalid-parameter'
  | 'not-found'
  | 'access-denied'
  | 'throttled'
  | 'timeout'
  | 'unavailable'
  | 'internal'
  /** 401: no sign-in token, or one that could not be verified (JOBTRIAGE_AUTH alb / jwt). */
  | 'unauthenticated'
  /** 403: signed in, but outside JOBTRIAGE_ALLOWED_EMAIL_DOMAINS / JOBTRIAGE_ALLOWED_GROUPS. */
  | 'forbidden'
  /** 405 from the proxy: the app only reads (GET, HEAD). */
  | 'method-not-allowed'
  /** 429: this user asked for too many triages; Retry-After says when to try again. */
  | 'rate-limited'
  /** 415: a write (PATCH /api/groups/{id}) whose body is not JSON. */
  | 'unsupported-media-type';

/** Every non-2xx answer has this body. */
export interface ApiError {
  error: {
    code: ApiErrorCode;
    message: string;
    /** On access-denied: the IAM action the dashboard's role lacks. */
    dashboardNeeds?: string;
  };
}

/**
 * What a lib/server use case returns: the value, or the error the route sends as it is (status and
 * body). Server components call the use cases directly and render the same error.
 */
export type UseCaseResult<T> =
  | { ok: true; value: T }
  /** `retryAfterSeconds`: sent as Retry-After on a 429. */
  | { ok: false; status: number; error: ApiError['error']; retryAfterSeconds?: number };
