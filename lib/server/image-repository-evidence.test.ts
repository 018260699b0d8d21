import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '@/lib/analysis/diagnose';
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
  const pulling = scenario.trainingJobs?.find((j) => j.name === 'no-logs');
  if (!pulling) throw new Error('no no-logs job in the small account');
  // Its role may pull (a token and the repository's layers); only the repository is not there.
  const locked = scenario.roles?.find((role) => role.name === 'locked-role');
  locked?.inlinePolicies?.push({ name: 'pull', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'], Resource: '*' }] } });
  Object.assign(pulling, { trainingImage: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/acme/ghost:1`, failureReason: 'ClientError: Cannot pull algorithm container. Either the image does not exist or its permissions are incorrect.' });
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

  it('a repository ECR says does not exist was deleted since the job was created: the pull is not proven either way, and the page says why', async () => {
    const r = await collectEvidence(await env.ctx('us-east-1'), 'no-logs');
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.value.imageRepository?.policy).toMatchObject({ ok: false, missing: { kind: 'not-found', action: 'ecr:GetRepositoryPolicy' } });
    const d = await diagnose(r.value);
    expect(d.cause).toBe('ecr');
    expect(d.confidence).not.toBe('confirmed');
    expect(d.checks.find((c) => c.id === 'image-ecr-batchgetimage')?.status).toBe('unknown');
    expect(d.missingEvidence).toContainEqual(
      expect.objectContaining({ what: `the repository policy of arn:aws:ecr:us-east-1:${ACCOUNT}:repository/acme/ghost (ECR says the repository does not exist now)`, because: expect.stringContaining('deleted or renamed since the job was created') }),
    );
  });
});
