import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAccessKeyFor } from '@/emulator/identity';
import type { Diagnosis } from '@/lib/analysis/diagnosis';
import { getJobDetail } from '@/lib/server/job-detail';
import { startEmulator } from '@/lib/server/testing/emulator';
import { ACCOUNT, smallAccount } from '@/lib/server/testing/small-account';
import { awsCliVersion, cliEnvironment, runCli } from './aws-cli';

/**
 * A repository-policy fix, applied with the real AWS CLI: the labelled exemption of a deny on the training image's ECR
 * repository reads the live policy, merges with jq and writes it back with set-repository-policy, and the re-triage
 * finds the pull allowed. The endpoint refuses a statement with a Resource element, as ECR does, so a fix that carried
 * one would fail here rather than in a user's terminal.
 */
const REPO = 'acme/trainer';
const REPO_ARN = `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/${REPO}`;
const ONLY_CI = { Sid: 'OnlyCi', Effect: 'Deny', Principal: '*', Action: 'ecr:*', Condition: { StringNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ci-*` } } };

let env: Awaited<ReturnType<typeof startEmulator>>;
let cliVersion: string | undefined;
beforeAll(async () => {
  cliVersion = await awsCliVersion();
  const scenario = structuredClone(smallAccount);
  scenario.ecrRepositories = [{ name: REPO, region: 'us-east-1', policy: { Version: '2012-10-17', Statement: [ONLY_CI] } }];
  const job = scenario.trainingJobs?.find((j) => j.name === 'no-logs');
  if (!job) throw new Error('no no-logs job in the small account');
  // A role the dashboard can read whole, that may pull by its own policy (and write its logs and output): only the
  // repository's deny stands in the way.
  const trustPolicy = scenario.roles?.find((role) => role.name === 'locked-role')?.trustPolicy;
  if (!trustPolicy) throw new Error('no locked-role in the small account');
  const grants = ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability', 'logs:*', 's3:*'];
  scenario.roles?.push({ name: 'puller', trustPolicy, inlinePolicies: [{ name: 'pull', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: grants, Resource: '*' }] } }] });
  Object.assign(job, {
    roleArn: `arn:aws:iam::${ACCOUNT}:role/puller`,
    trainingImage: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${REPO}:1`,
    failureReason: 'ClientError: Cannot pull algorithm container. Either the image does not exist or its permissions are incorrect.',
  });
  env = await startEmulator({ scenario });
});
afterAll(() => env?.stop());

/** "Re-run triage", as the page asks it: the evidence read again, not the cached read from before the fix. */
async function triage(): Promise<Diagnosis> {
  const r = await getJobDetail(await env.ctx('us-east-1'), 'no-logs', { refresh: true });
  if (!r.ok || !r.value.diagnosis) throw new Error(JSON.stringify(r));
  return r.value.diagnosis;
}

const cliEnv = () => cliEnvironment(env.endpoint, 'us-east-1', adminAccessKeyFor(ACCOUNT, ACCOUNT));
const pullChecks = (d: Diagnosis) => d.checks.filter((c) => c.request?.action.startsWith('ecr:') && c.request.resource === REPO_ARN);

describe('a repository-policy exemption, run by the aws CLI', () => {
  it('the aws CLI is on PATH', () => {
    expect(cliVersion).toMatch(/^aws-cli\//);
  });

  it('is offered after running as a ci- role, and once applied the pull checks pass and the deny is kept', async () => {
    env.emulator.reset();
    const before = await triage();
    expect(before.fixes.map((f) => [f.target, f.kind])).toEqual([
      ['job-config', 'compliant'],
      ['repository-policy', 'exception'],
    ]);
    const exemption = before.fixes[1]!;
    expect(pullChecks(before).some((c) => c.status === 'fail')).toBe(true);

    const run = await runCli(exemption.cli, cliEnv());
    expect(run.stderr.trim()).toBe('');
    expect(run.exitCode).toBe(0);

    const after = await triage();
    expect(pullChecks(after).length).toBeGreaterThan(0);
    expect(pullChecks(after).every((c) => c.status === 'pass')).toBe(true);
    // The merge kept the owner's deny: a ci- role is still what it spares.
    const read = await runCli(`aws ecr get-repository-policy --region us-east-1 --repository-name ${REPO} --query policyText --output text`, cliEnv());
    expect(JSON.parse(read.stdout).Statement.map((s: { Sid?: string }) => s.Sid)).toContain('OnlyCi');
  });

  it('extends the deny\u2019s own condition key, whatever its case, instead of adding a second one beside it', async () => {
    env.emulator.reset();
    // IAM condition keys are case-insensitive: the owner wrote AWS:PrincipalArn. The exemption must add the job's role to
    // that list, not write an aws:PrincipalArn beside it (two spellings of one key in one block).
    const spared = `arn:aws:iam::${ACCOUNT}:role/release`;
    const owned = { Sid: 'OnlyRelease', Effect: 'Deny', Principal: '*', Action: 'ecr:*', Condition: { ArnNotEquals: { 'AWS:PrincipalArn': spared } } };
    const set = await runCli(`aws ecr set-repository-policy --region us-east-1 --repository-name ${REPO} --policy-text '${JSON.stringify({ Version: '2012-10-17', Statement: [owned] })}'`, cliEnv());
    expect(set.exitCode).toBe(0);
    const exemption = (await triage()).fixes.find((f) => f.target === 'repository-policy' && f.kind === 'exception');
    expect(exemption).toBeDefined();
    const run = await runCli(exemption!.cli, cliEnv());
    expect(run.stderr.trim()).toBe('');
    expect(run.exitCode).toBe(0);
    const read = await runCli(`aws ecr get-repository-policy --region us-east-1 --repository-name ${REPO} --query policyText --output text`, cliEnv());
    const statement = JSON.parse(read.stdout).Statement.find((s: { Sid?: string }) => s.Sid === 'OnlyRelease');
    expect(statement.Condition.ArnNotEquals).toEqual({ 'AWS:PrincipalArn': [spared, `arn:aws:iam::${ACCOUNT}:role/puller`] });
    expect(pullChecks(await triage()).every((c) => c.status === 'pass')).toBe(true);
  });

  it('a policy with a Resource element is refused as ECR refuses it', async () => {
    env.emulator.reset();
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage', Resource: REPO_ARN }] });
    const run = await runCli(`aws ecr set-repository-policy --region us-east-1 --repository-name ${REPO} --policy-text '${policy}'`, cliEnv());
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain("An error occurred (InvalidParameterException) when calling the SetRepositoryPolicy operation: Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'");
  });
});
