import type { EvidenceBundle } from '@/lib/analysis/evidence';
import { LogExcerpt } from './evidence/log-excerpt';
import { MissingNote } from './evidence/missing-note';

/**
 * The job's log excerpt, or why it could not be read. `id="evidence-logs"` is where "Go to the
 * logs" lands, wherever on the page the panel stands. Leading the page, it says how far the
 * checklist went: with requests left unproven (a policy unread), "none was refused" would claim more
 * than the dashboard knows.
 */
export function LogsPanel({ evidence, lead = false, unproven = 0 }: { evidence: EvidenceBundle; lead?: boolean; unproven?: number }) {
  const body = evidence.logs.ok ? <LogExcerpt logs={evidence.logs.value} region={evidence.region} /> : <MissingNote what="the job's logs" missing={evidence.logs.missing} />;
  if (!lead) {
    return (
      <div id="evidence-logs" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h3 className="mb-2 text-sm font-semibold text-slate-800">Logs</h3>
        {body}
      </div>
    );
  }
  // Leading the page, it is the answer, not a piece of evidence: its own section and heading level.
  return (
    <section id="evidence-logs" aria-labelledby="logs-heading" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="logs-first">
      <h2 id="logs-heading" className="text-base font-semibold">
        What the logs say
      </h2>
      <p className="mb-3 mt-0.5 text-sm text-slate-600">
        {unproven === 0
          ? 'No request the job makes was refused.'
          : `No request the job makes was refused by the policies the dashboard could read; ${unproven} could not be checked (see the checklist).`}{' '}
        The highlighted lines matched an error.
      </p>
      {body}
    </section>
  );
}
