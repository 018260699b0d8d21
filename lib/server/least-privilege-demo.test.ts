import { beforeAll, describe, expect, it } from 'vitest';
import type { JobDetailResponse, UseCaseResult } from '@/lib/dto/jobs';
import { missingPieces } from './testing/missing-pieces';
import { checkLine, demo, DEMO_REGIONS, FAILED_DEMO_JOBS, readPolicyActions, triageDemo, type DemoTriage } from './testing/read-policy';

/**
 * The whole demo triage — the settled list of both regions and "Re-run triage" on every failed job —
 * with the local endpoint refusing the dashboard every action the shipped read policy does not
 * grant (`--allow-only-policy deploy/iam/dashboard-read-policy.json`). Nothing may go missing for
 * lack of permission, and every page must say exactly what it says with no restriction at all.
 */
let open: DemoTriage;
let restricted: DemoTriage;
beforeAll(async () => {
  open = await triageDemo({});
  restricted = await triageDemo({ allowOnly: readPolicyActions() });
}, 120_000);

function detailOf(run: DemoTriage, name: string): JobDetailResponse {
  const result: UseCaseResult<JobDetailResponse> | undefined = run.details[name];
  if (!result?.ok) throw new Error(`${name}: ${JSON.stringify(result)}`);
  return result.value;
}

/** The access-denied pieces of a job's evidence, as `path action`. */
function deniedPieces(detail: JobDetailResponse): string[] {
  return missingPieces(detail.evidence)
    .filter((m) => m.missing.kind === 'access-denied')
    .map((m) => `${m.path} ${m.missing.action}`)
    .sort();
}

describe('the demo triage with only the shipped read policy', () => {
  it('covers every failed demo job in both regions', () => {
    expect(DEMO_REGIONS).toEqual(['eu-west-1', 'us-east-1']);
    expect(FAILED_DEMO_JOBS.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(restricted.details).sort()).toEqual(FAILED_DEMO_JOBS.map((j) => j.name).sort());
  });

  it.each(DEMO_REGIONS)('lists %s exactly as with no restriction', (region) => {
    const before = open.lists[region];
    const after = restricted.lists[region];
    if (!before?.ok || !after?.ok) throw new Error(`${region}: ${JSON.stringify(after)}`);
    expect(after.value.undescribed).toEqual([]);
    expect(after.value.total).toBe(before.value.total);
    const row = (j: (typeof after.value.jobs)[number]) => `${j.name} ${j.cause}/${j.confidence} proven=${j.proven} ${j.proofError ?? ''} ${j.summary}`;
    expect(after.value.jobs.map(row)).toEqual(before.value.jobs.map(row));
    expect(after.value.jobs.length).toBe(FAILED_DEMO_JOBS.filter((j) => j.region === region).length);
  });

  it.each(FAILED_DEMO_JOBS.map((j) => j.name))('%s: no evidence denied beyond the scenario\'s own denial, same diagnosis', (name) => {
    const before = detailOf(open, name);
    const after = detailOf(restricted, name);
    // The demo refuses the dashboard one role on purpose (dashboard.denied): that, and only that, may be denied.
    const intended = demo.dashboard.denied.map((d) => d.action);
    for (const piece of deniedPieces(after)) expect(intended).toContain(piece.split(' ').pop());
    expect(deniedPieces(after)).toEqual(deniedPieces(before));
    expect(missingPieces(after.evidence)).toEqual(missingPieces(before.evidence));

    const d = after.diagnosis;
    const b = before.diagnosis;
    if (!d || !b) throw new Error(`${name}: no diagnosis`);
    expect({ cause: d.cause, confidence: d.confidence, summary: d.summary }).toEqual({ cause: b.cause, confidence: b.confidence, summary: b.summary });
    expect(d.checks.map(checkLine)).toEqual(b.checks.map(checkLine));
    expect(d.fixes.map((f) => `${f.id} verified=${f.verified}`)).toEqual(b.fixes.map((f) => `${f.id} verified=${f.verified}`));
    expect(d.missingEvidence).toEqual(b.missingEvidence);
  });
});
