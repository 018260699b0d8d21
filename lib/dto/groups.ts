/**
 * The failure groups' JSON (GET/PATCH /api/groups...): one definition for server and client.
 * Pure types, like lib/dto/jobs.ts.
 */
import type { Cause } from '@/lib/analysis/diagnosis';
import type { GroupFix } from '@/lib/analysis/groups/group-fix';
import type { GroupStatus } from '@/lib/analysis/groups/group-status';
import type { RecheckOutcome } from '@/lib/analysis/groups/recheck';

export interface GroupJob {
  name: string;
  failedAt: string;
  summary: string;
}

/** One failure group: one problem, however many jobs it broke. */
export interface GroupSummary {
  /** Stable: the same problem keeps its id across restarts and re-diagnosis. */
  id: string;
  /** The account the group's jobs run in: links to the group carry it (`?account=`). */
  accountId: string;
  region: string;
  cause: Cause;
  /** "nlp-training-role → s3://acme-ml-datasets/", or the error signature. */
  title: string;
  /** The newest job's diagnosis, in one sentence. */
  summary: string;
  role?: string;
  resource?: string;
  signature?: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  /** Failures per UTC day over the last 30 days, oldest first, today last. */
  daily: number[];
  status: GroupStatus;
  /** When the status last changed (absent while nobody touched the group). */
  statusChangedAt?: string;
  assignee?: string;
  /** The newest jobs (at most 5 in the list, all in the group page), newest first; with a name search, the matching ones. */
  jobs: GroupJob[];
  /** With a name search (`nameContains`): how many of the group's jobs match it. */
  matched?: number;
}

export interface GroupListResponse {
  region: string;
  groups: GroupSummary[];
  /** Who "assigned to me" means: the signed-in user's email or subject; absent without sign-in. */
  me?: string;
  authMode: 'none' | 'alb' | 'jwt';
  /** Failed jobs whose proof has not run yet: they join their group once proven. */
  proving: number;
  fetchedAt: string;
}

export interface GroupNoteDto {
  id: string;
  author: string;
  body: string;
  at: string;
}

/** One change of a group, as its history shows it. */
export interface GroupEventDto {
  id: string;
  at: string;
  /** Who made it: an email or subject, the free text of `none` mode, or `jobtriage` for automatic changes. */
  actor: string;
  kind: 'created' | 'status' | 'assignee' | 'note' | 'regressed';
  from?: string;
  to?: string;
  /** E.g. the job whose failure re-opened the group. */
  detail?: string;
}

export interface GroupDetailResponse {
  group: GroupSummary;
  notes: GroupNoteDto[];
  history: GroupEventDto[];
  /** One fix for every job of the group (permission causes), re-verified against each; null otherwise. */
  fix: GroupFix | null;
  me?: string;
  authMode: 'none' | 'alb' | 'jwt';
  fetchedAt: string;
}

/** `PATCH /api/groups/{id}`: any of these; `assignee: null` unassigns. */
export interface GroupPatch {
  status?: 'open' | 'resolved' | 'ignored';
  assignee?: string | null;
  note?: string;
}

/** `GET /api/groups/{id}/recheck`: "is it fixed now?", with evidence read from AWS again. */
export interface GroupRecheckResponse {
  id: string;
  /** True only when every job re-checked now passes every request that was denied: rerun them, then mark resolved. */
  allFixed: boolean;
  message: string;
  jobs: RecheckOutcome[];
  checkedAt: string;
}
