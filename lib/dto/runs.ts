/** `GET /api/jobs/{region}/{jobName}/last-good-run`: the failed job's last good run and what differs. Pure types. */
import type { FamilyMatch, RunDifference } from '@/lib/analysis/runs/last-good-run';

export interface LastGoodRunResponse {
  jobName: string;
  /** Absent when no run of the family completed before the job. */
  lastGood?: { name: string; createdAt: string; endedAt?: string; matchedBy: FamilyMatch };
  /** Good run vs failed run; hyperparameters and environment by key (values never shown). */
  differences?: RunDifference[];
  message: string;
  checkedAt: string;
}
