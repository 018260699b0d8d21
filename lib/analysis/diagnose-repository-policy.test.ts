import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { ACCOUNT, buildBundle, FULL_ACCESS, IMAGE, OTHER_ACCOUNT, ROLE_ARN } from './test-support/bundle';
import { doc, inline, ok, type Statement } from './test-support/policies';
import { failedDuring } from './test-support/transitions';

/**
 * The image repository's policy beside the role's (ECR User Guide, "Private repository policies": "A user or role only
 * needs to be allowed permission for an action through either a repository policy or an IAM policy but not both", and an
 * explicit deny in either refuses it). An adversarial review found it never read: a pull was "pass" though AWS's words
 * named a resource-based deny, and an identity gap "confirmed" though the repository policy may allow the pull.
 */
const PULL = 'image-ecr-batchgetimage';
const REPO_ARN = `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/trainer`;
const START = { trainingImage: IMAGE, transitions: failedDuring('Starting'), failureReason: 'ClientError: Cannot pull algorithm container. Either the image does not exist or its permissions are incorrect.' };
// The role may get its token (no repository policy applies to it) but not pull: the repository side decides.
const withoutPull = inline('p', doc(...(FULL_ACCESS.Statement as Statement[]).filter((s) => !JSON.stringify(s.Action).includes('ecr:BatchGetImage')), { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }));
const repoPolicy = (...statements: Statement[]) => ok(doc(...statements));

describe('a same-account image\u2019s repository policy', () => {
  it('an explicit deny for the role refuses the pull: confirmed, by its statement, whatever the role allows', async () => {
    const deny = { Sid: 'NoContractors', Effect: 'Deny', Principal: { AWS: ROLE_ARN }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] };
    const d = await diagnose(buildBundle({ job: START, repositoryPolicy: repoPolicy(deny) }));
    expect(d.checks.find((c) => c.id === PULL)?.status).toBe('fail');
    expect(d.cause).toBe('ecr');
    expect(d.confidence).toBe('confirmed');
    expect(d.decidedBy).toMatchObject({ policyType: 'resource', policyName: 'the repository policy of trainer', statementId: 'NoContractors', denialType: 'explicit' });
    expect(d.summary).toMatch(/statement "NoContractors" of the repository policy of trainer explicitly denies ecr:(BatchGetImage|GetDownloadUrlForLayer)/);
  });

  it('an Allow for the role grants the pull the role\u2019s own policies do not: it passes', async () => {
    const allow = { Sid: 'Trainers', Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'] };
    const d = await diagnose(buildBundle({ job: START, identity: [withoutPull], repositoryPolicy: repoPolicy(allow) }));
    expect(d.checks.find((c) => c.id === PULL)?.status).toBe('pass');
  });

  it('read, and none: the role\u2019s gap is a proven denial (the control)', async () => {
    const d = await diagnose(buildBundle({ job: START, identity: [withoutPull] }));
    expect(d.checks.find((c) => c.id === PULL)?.status).toBe('fail');
    expect(d.confidence).toBe('confirmed');
  });

  it('refused to the dashboard: the gap is not proven, and the page says what to grant it', async () => {
    const refused = { ok: false as const, missing: { kind: 'access-denied' as const, action: 'ecr:GetRepositoryPolicy', resource: REPO_ARN, message: 'denied' } };
    const d = await diagnose(buildBundle({ job: START, identity: [withoutPull], repositoryPolicy: refused }));
    expect(d.checks.find((c) => c.id === PULL)?.status).toBe('unknown');
    expect(d.confidence).not.toBe('confirmed');
    expect(d.missingEvidence).toContainEqual(expect.objectContaining({ what: `the repository policy of ${REPO_ARN}`, dashboardNeeds: 'ecr:GetRepositoryPolicy' }));
  });

  it('not collected at all (a bundle from before it was read): not proven either', async () => {
    const d = await diagnose(buildBundle({ job: START, identity: [withoutPull], repositoryPolicy: false }));
    expect(d.checks.find((c) => c.id === PULL)?.status).toBe('unknown');
  });

  it('another account\u2019s repository: both sides must allow, so the role\u2019s gap is proven; the role\u2019s allow is not, the repository policy being unreadable', async () => {
    const job = { ...START, trainingImage: `${OTHER_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/shared-trainer:1` };
    expect((await diagnose(buildBundle({ job, identity: [withoutPull] }))).checks.find((c) => c.id === PULL)?.status).toBe('fail');
    const check = (await diagnose(buildBundle({ job }))).checks.find((c) => c.id === PULL);
    expect(check?.status).toBe('unknown');
    expect(check?.missing).toContainEqual(expect.objectContaining({ because: expect.stringContaining('another account') }));
  });

  describe('a repository ECR says does not exist now (GetRepositoryPolicy: RepositoryNotFoundException)', () => {
    // CreateTrainingJob refuses an image whose repository it cannot find ("Cannot find repository: … in registry ID: …",
    // aws/amazon-sagemaker-examples#2534): a failed job had its repository, which was deleted since. Nothing is proven.
    const gone = { ok: false as const, missing: { kind: 'not-found' as const, action: 'ecr:GetRepositoryPolicy', resource: REPO_ARN, message: "The repository with name 'trainer' does not exist" } };
    const PULLS = ['image-ecr-batchgetimage', 'image-ecr-getdownloadurlforlayer'];

    it('never outranks the request the text names: a download denial stays s3-read, and the pull checks are not failures', async () => {
      const d = await diagnose(buildBundle({ job: { trainingImage: IMAGE }, repositoryPolicy: gone }));
      expect(d.cause).toBe('s3-read');
      for (const id of PULLS) expect(d.checks.find((c) => c.id === id)?.status).toBe('unknown');
      expect(d.summary).not.toMatch(/Push the image/);
    });

    it('a pull failure stays the text’s, likely, with the repository policy listed as unread because it was deleted since', async () => {
      const d = await diagnose(buildBundle({ job: START, repositoryPolicy: gone }));
      expect(d.cause).toBe('ecr');
      expect(d.confidence).not.toBe('confirmed');
      expect(d.checks.find((c) => c.id === PULL)?.status).toBe('unknown');
      expect(d.summary).toContain('(ECR says the repository does not exist now) could not be read');
      expect(d.missingEvidence).toContainEqual(
        expect.objectContaining({ what: `the repository policy of ${REPO_ARN} (ECR says the repository does not exist now)`, because: expect.stringMatching(/does not exist now.*deleted or renamed since the job was created/) }),
      );
    });

    it('the role’s own gap is not proven either: the repository policy it had may have allowed the pull', async () => {
      const d = await diagnose(buildBundle({ job: START, identity: [withoutPull], repositoryPolicy: gone }));
      expect(d.checks.find((c) => c.id === PULL)?.status).toBe('unknown');
      expect(d.confidence).not.toBe('confirmed');
    });
  });
});
