import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectEvidence } from './collect-evidence';
import { startEmulator } from './testing/emulator';
import { ACCOUNT, smallAccount } from './testing/small-account';

let env: Awaited<ReturnType<typeof startEmulator>>;
const REPO = 'acme/trainer';
beforeAll(async () => {
  const scenario = structuredClone(smallAccount);
  scenario.ecrRepositories = [{ name: REPO, region: 'us-east-1', policy: { Version: '2012-10-17', Statement: [{ Sid: 'NoPull', Effect: 'Deny', Principal: '*', Action: 'ecr:BatchGetImage' }] } }];
  const job = scenario.trainingJobs?.find((j) => j.name === 'vpc-job-2');
  if (!job) throw new Error('no vpc-job-2 in the small account');
  (job as { trainingImage: string }).trainingImage = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${REPO}:1`;
  env = await startEmulator({ scenario });
});
afterAll(() => env?.stop());

/** collectEvidence reads the policy of the training image's repository when it is in the job's own account. */
describe('collectEvidence and the image repository', () => {
  it('reads its policy into bundle.imageRepository', async () => {
    const r = await collectEvidence(await env.ctx('us-east-1'), 'vpc-job-2');
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.value.imageRepository?.arn).toBe(`arn:aws:ecr:us-east-1:${ACCOUNT}:repository/${REPO}`);
    expect(r.value.imageRepository?.policy).toMatchObject({ ok: true, value: { Statement: [{ Sid: 'NoPull' }] } });
  });
});
