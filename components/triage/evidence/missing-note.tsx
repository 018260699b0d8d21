import type { Missing } from '@/lib/analysis/evidence';

const WORDS: Record<Missing['kind'], string> = {
  'not-found': 'not found',
  'access-denied': 'the dashboard was denied',
  'cross-account': 'it belongs to another account',
  throttled: 'AWS throttled the request',
  timeout: 'AWS did not answer in time',
  error: 'AWS answered with an error',
};

/**
 * A piece of evidence that is absent, with the reason and, when it is ours to fix, the permission to grant. The details
 * are AWS's message or the dashboard's own account of it ("no log streams …"), so they are not labelled as AWS's words.
 */
export function MissingNote({ what, missing }: { what: string; missing: Missing }) {
  return (
    <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="evidence-missing" data-kind={missing.kind}>
      <span aria-hidden>? </span>
      Could not read {what}: {WORDS[missing.kind]}
      {missing.kind === 'access-denied' ? (
        <>
          {' '}
          (grant the dashboard <code className="font-mono text-xs">{missing.action}</code>)
        </>
      ) : null}
      . <span className="break-words text-amber-900/80">Details: {missing.message}</span>
    </p>
  );
}
