import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator } from './testing/emulator';
import { ACCOUNT, smallAccount } from './testing/small-account';

/** ecr:GetRepositoryPolicy through the real SDK, as ECR answers it: a policy, none, no such repository, or a refusal. */
const REPO = 'acme/trainer';
const REPO_ARN = `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/${REPO}`;
const POLICY = { Version: '2012-10-17', Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ml-train` }, Action: 'ecr:BatchGetImage' }] };

function withRepository(policy?: typeof POLICY) {
  const scenario = structuredClone(smallAccount);
  scenario.ecrRepositories = [{ name: REPO, region: 'us-east-1', ...(policy ? { policy } : {}) }];
  return scenario;
}

let env: Awaited<ReturnType<typeof startEmulator>> | undefined;
afterEach(async () => {
  await env?.stop();
  env = undefined;
});

describe('getRepositoryPolicy', () => {
  it('reads the policy as a document', async () => {
    env = await startEmulator({ scenario: withRepository(POLICY) });
    expect(await (await env.ctx('us-east-1')).gateways.getRepositoryPolicy(REPO_ARN)).toEqual({ ok: true, value: POLICY });
  });

  it('a repository without one (RepositoryPolicyNotFoundException) has none: null, not missing', async () => {
    env = await startEmulator({ scenario: withRepository() });
    expect(await (await env.ctx('us-east-1')).gateways.getRepositoryPolicy(REPO_ARN)).toEqual({ ok: true, value: null });
  });

  it('no such repository: not found, in ECR\u2019s words', async () => {
    env = await startEmulator({ scenario: withRepository() });
    const piece = await (await env.ctx('us-east-1')).gateways.getRepositoryPolicy(`arn:aws:ecr:us-east-1:${ACCOUNT}:repository/gone`);
    expect(piece).toMatchObject({ ok: false, missing: { kind: 'not-found', action: 'ecr:GetRepositoryPolicy', message: expect.stringContaining("The repository with name 'gone' does not exist") } });
  });

  it('refused: access-denied naming ecr:GetRepositoryPolicy', async () => {
    env = await startEmulator({ scenario: withRepository(POLICY), faults: { deny: ['ecr:GetRepositoryPolicy'] } });
    expect(await (await env.ctx('us-east-1')).gateways.getRepositoryPolicy(REPO_ARN)).toMatchObject({ ok: false, missing: { kind: 'access-denied', action: 'ecr:GetRepositoryPolicy' } });
  });
});
