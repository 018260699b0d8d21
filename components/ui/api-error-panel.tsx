import type { ReactNode } from 'react';
import type { ApiError } from '@/lib/dto/jobs';
import { Notice } from './notice';

const TITLES: Partial<Record<ApiError['error']['code'], string>> = {
  'access-denied': 'The dashboard is not allowed to read this',
  throttled: 'AWS is throttling the dashboard',
  timeout: 'AWS did not answer in time',
  unavailable: 'AWS could not be reached',
  'invalid-region': 'Unknown region',
  'invalid-job-name': 'Not a training job name',
  'invalid-parameter': 'Invalid filter',
  'rate-limited': 'Slow down',
  'method-not-allowed': 'Not allowed',
};

/** An API error as a person needs it: what happened, and on access-denied the exact permission to grant. */
export function ApiErrorPanel({ error, what, action }: { error: ApiError['error']; what: string; action?: ReactNode }) {
  return (
    <Notice tone="error" testId="api-error" title={`${TITLES[error.code] ?? 'Something went wrong'}: ${what}`} action={action}>
      <p className="break-words">{error.message}</p>
      {error.dashboardNeeds ? (
        <p>
          Grant the dashboard&apos;s role <code className="rounded bg-white/70 px-1 font-mono text-xs">{error.dashboardNeeds}</code> and retry.
        </p>
      ) : null}
    </Notice>
  );
}
