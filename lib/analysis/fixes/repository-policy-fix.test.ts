import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import type { Diagnosis } from '../diagnosis';
import { changeOfFix } from '../groups/fix-changes';
import { ACCOUNT, buildBundle, IMAGE, ROLE_ARN } from '../test-support/bundle';
import { deny, doc, ok, type Statement } from '../test-support/policies';
import { failedDuring } from '../test-support/transitions';

/**
 * Fixes on the image repository's policy (ECR User Guide, "Private repository policies"): a repository-policy deny gets the
 * same guardrail-aware order as a bucket policy's (the compliant change first, an exemption last and labelled, never one
 * of the principal the deny names), written with set-repository-policy after reading and merging the live policy (it
 * replaces the whole policy), with no Resource element, which ECR refuses ("Invalid repository policy provided").
 */
const START = { trainingImage: IMAGE, transitions: failedDuring('Starting'), failureReason: 'ClientError: Cannot pull algorithm container. Either the image does not exist or its permissions are incorrect.' };
const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];
const diagnoseWith = (...statements: Statement[]) => diagnose(buildBundle({ job: START, repositoryPolicy: ok(doc(...statements)) }));
const repositoryFixes = (d: Diagnosis) => d.fixes.filter((f) => f.target === 'repository-policy');

describe('a repository-policy deny', () => {
  it('that names the role: the job runs as another role; this role is never exempted', async () => {
    const d = await diagnoseWith({ Sid: 'NoContractors', Effect: 'Deny', Principal: { AWS: ROLE_ARN }, Action: PULL });
    expect(d.fixes[0]).toMatchObject({ target: 'job-config', kind: 'compliant' });
    expect(d.fixes[0]?.notes?.[0]).toMatch(/"NoContractors" in the repository policy of trainer denies role ml-train on purpose/);
    expect(repositoryFixes(d)).toEqual([]);
  });

  it('that spares roles by a name pattern: first run as one of them, then, labelled, the exemption, merged into the live policy', async () => {
    const onlyCi = { Sid: 'OnlyCi', Effect: 'Deny', Principal: '*', Action: 'ecr:*', Condition: { StringNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ci-*` } } };
    const d = await diagnoseWith(onlyCi);
    expect(d.fixes.map((f) => [f.target, f.kind])).toEqual([
      ['job-config', 'compliant'],
      ['repository-policy', 'exception'],
    ]);
    expect(d.fixes[0]?.jobConfig?.fields).toEqual({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/ci-APPROVED-ROLE-NAME` });
    const exemption = d.fixes[1];
    expect(exemption?.verified).toBe(true);
    expect(exemption?.appliedBy).toBe(`whoever manages the image\u2019s ECR repository in account ${ACCOUNT}`);
    expect(exemption?.cli).toMatch(/^\{ err=\$\(mktemp\); aws ecr get-repository-policy --region us-east-1 --repository-name trainer --query policyText --output text .*RepositoryPolicyNotFoundException.* \| aws ecr set-repository-policy --region us-east-1 --repository-name trainer --policy-text file:\/\/\/dev\/stdin$/);
    expect(exemption?.notes).toContain('set-repository-policy replaces the whole repository policy: the command reads the current policy, merges the change with jq and writes the result back.');
    expect(exemption?.terraform).toContain('resource "aws_ecr_repository_policy" "trainer"');
    expect(exemption?.terraform).toContain('#   id = "trainer"');
    expect(changeOfFix(exemption!, buildBundle({ job: START, repositoryPolicy: ok(doc(onlyCi)) }))).toMatchObject({ kind: 'repository-policy', repositoryArn: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/trainer` });
  });

  it('the exemption extends the owner\u2019s own spelling of the key (AWS:PrincipalArn), not a second spelling beside it', async () => {
    const spared = `arn:aws:iam::${ACCOUNT}:role/release`;
    const d = await diagnoseWith({ Sid: 'OnlyRelease', Effect: 'Deny', Principal: '*', Action: 'ecr:*', Condition: { ArnNotEquals: { 'AWS:PrincipalArn': spared } } });
    const exemption = repositoryFixes(d).find((f) => f.kind === 'exception');
    expect(exemption?.changedStatements).toEqual([expect.objectContaining({ Condition: { ArnNotEquals: { 'AWS:PrincipalArn': [spared, ROLE_ARN] } } })]);
  });

  it('on everyone, with nothing to comply with: only the labelled exception, and no "another role"', async () => {
    const d = await diagnoseWith({ Sid: 'Frozen', Effect: 'Deny', Principal: '*', Action: ['ecr:BatchGetImage'] });
    expect(d.fixes.map((f) => [f.target, f.kind])).toEqual([['repository-policy', 'exception']]);
    expect(d.fixes[0]?.changedStatements?.every((s) => typeof s === 'object' && s !== null && !('Resource' in s))).toBe(true);
  });
});

describe('a deny that spares only roles the job cannot run as', () => {
  // iam:PassRole passes a role of the caller's own account only, and IAM Identity Center's roles (path /aws-reserved/)
  // are protected: their trust cannot name SageMaker. A role or pattern there is no way forward for this job.
  const roleArns = (d: Diagnosis) => d.fixes.flatMap((f) => (f.jobConfig?.fields.RoleArn ? [String(f.jobConfig.fields.RoleArn)] : []));
  const spares = (...patterns: string[]) => ({ Sid: 'Only', Effect: 'Deny', Principal: '*', Action: 'ecr:*', Condition: { StringNotLike: { 'aws:PrincipalArn': patterns.length === 1 ? patterns[0] : patterns } } });

  it('a pattern of another account: no stand-in role there', async () => {
    const d = await diagnoseWith(spares('arn:aws:iam::444455556666:role/ci-*'));
    expect(roleArns(d).filter((arn) => !arn.startsWith(`arn:aws:iam::${ACCOUNT}:`))).toEqual([]);
    expect(d.fixes.flatMap((f) => f.notes ?? []).join(' ')).not.toContain('444455556666:role/ci-*: the job must run as one of them');
    // Nor does the exemption point at "another role" the deny does not cover: there is none the job could run as.
    expect(d.fixes.flatMap((f) => f.notes ?? []).join(' ')).not.toContain('run the job with a role the deny does not cover');
  });

  it('a pattern of any account (iam::*:role/ci-*) spares ci- roles of the job\u2019s own: its stand-in is there, and the exemption names the alternative', async () => {
    const d = await diagnoseWith(spares('arn:aws:iam::*:role/ci-*'));
    expect(roleArns(d)).toEqual([`arn:aws:iam::${ACCOUNT}:role/ci-APPROVED-ROLE-NAME`]);
    expect(d.fixes.find((f) => f.kind === 'exception')?.notes?.join(' ')).toContain('run the job with a role the deny does not cover');
  });

  it('a pattern of IAM Identity Center’s reserved roles: no stand-in under /aws-reserved/', async () => {
    const d = await diagnoseWith(spares(`arn:aws:iam::${ACCOUNT}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_DataSci_*`));
    expect(roleArns(d).filter((arn) => arn.includes('/aws-reserved/'))).toEqual([]);
  });

  it('a service-linked role (its trust cannot be edited) is no way forward, and a usable pattern beside one still is', async () => {
    const slr = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`;
    const named = await diagnoseWith({ Sid: 'Only', Effect: 'Deny', Principal: '*', Action: 'ecr:*', Condition: { ArnNotEquals: { 'aws:PrincipalArn': slr } } });
    expect(roleArns(named)).not.toContain(slr);
    const both = await diagnoseWith(spares(`arn:aws:iam::${ACCOUNT}:role/aws-service-role/*`, `arn:aws:iam::${ACCOUNT}:role/ci-*`));
    expect(roleArns(both)).toEqual([`arn:aws:iam::${ACCOUNT}:role/ci-APPROVED-ROLE-NAME`]);
  });

  it('an Identity Center pattern with a wildcard path is no way forward either', async () => {
    const d = await diagnoseWith(spares(`arn:aws:iam::${ACCOUNT}:role/*/AWSReservedSSO_DataSci_*`));
    expect(roleArns(d).filter((arn) => arn.includes('AWSReservedSSO_'))).toEqual([]);
  });

  it('a role of another account named outright: not offered as the job’s role', async () => {
    const d = await diagnoseWith({ Sid: 'Only', Effect: 'Deny', Principal: '*', Action: 'ecr:*', Condition: { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::444455556666:role/trainer' } } });
    expect(roleArns(d)).not.toContain('arn:aws:iam::444455556666:role/trainer');
  });
});

describe('a repository policy that allows only other roles beside an identity gap', () => {
  it('the role\u2019s own grant is the fix (in one account either side may allow), no repository statement', async () => {
    const d = await diagnose(
      buildBundle({
        job: START,
        identity: [{ kind: 'inline', name: 'p', document: ok(doc({ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }, { Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Allow', Action: 'logs:*', Resource: '*' })) }],
        repositoryPolicy: ok(doc({ Sid: 'Ci', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ci` }, Action: PULL })),
      }),
    );
    expect(d.fixes.map((f) => f.target)).toEqual(['role-inline-policy']);
  });
});

describe('a bucket-policy deny that spares roles by a name pattern', () => {
  it('also runs the job as a role the pattern spares first', async () => {
    const onlyCi = { Sid: 'OnlyCi', ...deny('s3:*', ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'], { Principal: '*', Condition: { StringNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ci-*` } } }) };
    const d = await diagnose(buildBundle({ job: { failureReason: 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied' }, buckets: { 'acme-data': { policy: ok(doc(onlyCi)) } } }));
    expect(d.fixes.map((f) => [f.target, f.kind])).toEqual([
      ['job-config', 'compliant'],
      ['bucket-policy', 'exception'],
    ]);
    expect(d.fixes[0]?.notes).toContain('"OnlyCi" spares roles whose ARN matches arn:aws:iam::111122223333:role/ci-*: the job must run as one of them. Which one is for the policy\u2019s owner to say: replace ci-APPROVED-ROLE-NAME with its name.');
  });
});
