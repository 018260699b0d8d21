import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { buildBundle } from '../test-support/bundle';
import { S3_ENDPOINT } from '../test-support/network';
import { deny, doc, ok } from '../test-support/policies';
import { buildGroupFix, unionOfFixes, type ProvenJob } from './group-fix';

/**
 * A group's one fix never hands over an exemption while a job is offered a change that complies
 * with the deny: the group page must not put first what the job page puts last.
 */
const DATA = ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'];

async function proven(name: string, statement: Record<string, unknown>): Promise<ProvenJob> {
  const bundle = buildBundle({ buckets: { 'acme-data': { policy: ok(doc(statement)) } } });
  return { name, bundle, diagnosis: await diagnose(bundle) };
}

describe("a group's fix and exemptions", () => {
  it('a deny that can be complied with (aws:SourceVpce): the verified exemption is not the group fix; the job page is named instead', async () => {
    const job = await proven('vpce-job', { Sid: 'DenyOutsideVpce', ...deny('s3:*', DATA, { Principal: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': S3_ENDPOINT } } }) });
    // The job page: the compliant change (unverified: the endpoint was never read) first, the verified exemption last.
    expect(job.diagnosis.fixes.map((f) => [f.kind, f.verified])).toEqual([['compliant', false], ['exception', true]]);
    expect(unionOfFixes([job])).toEqual([]);
    const fix = await buildGroupFix([job]);
    expect(fix.fixes).toEqual([]);
    expect(fix.notVerifiedFor).toEqual([{ name: 'vpce-job', reason: expect.stringMatching(/start it again with a changed configuration/) }]);
  });

  it('a deny on everyone with nothing to comply with: the exemption, labelled, is all there is', async () => {
    const job = await proven('archive-job', { Sid: 'DenyArchiveReads', ...deny('s3:GetObject', 'arn:aws:s3:::acme-data/*', { Principal: '*' }) });
    expect(job.diagnosis.fixes.map((f) => f.kind)).toEqual(['exception']);
    expect(unionOfFixes([job]).map((f) => [f.kind, f.fromJobs])).toEqual([['exception', ['archive-job']]]);
  });
});
