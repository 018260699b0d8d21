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
  arn: string;
  createdAt: string;
  /** When the job ended (failed); falls back to the last modification time. */
  failedAt: string;
  failureReason: string;
  secondaryStatus?: string;
  roleArn?: string;
  instanceType?: string;
  /** The text-level diagnosis: cheap enough for every row. */
  cause: Cause;
  confidence: Exclude<Confidence, 'confirmed'>;
  summary: string;
  groupKey: string;
}

/** A job the list found but could not describe. Shown, never dropped. */
export interface UndescribedJob {
  name: string;
  createdAt?: string;
  missing: Missing;
}

export interface JobListResponse {
  region: string;
  /** The window asked for, ISO. */
  since?: string;
  until?: string;
  /** Failed jobs, newest first. */
  jobs: JobSummary[];
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
  | 'invalid-job-name'
  | 'invalid-parameter'
  | 'not-found'
  | 'access-denied'
  | 'throttled'
  | 'timeout'
  | 'unavailable'
  | 'internal';

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
export type UseCaseResult<T> = { ok: true; value: T } | { ok: false; status: number; error: ApiError['error'] };
