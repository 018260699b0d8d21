import { runSimulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../evidence';
import { normaliseNotPrincipal, type Caller } from './not-principal';

/**
 * The IAM User Guide's own NotPrincipal examples ("AWS JSON policy elements: NotPrincipal"), each
 * run through the simulator as it is and after normalisation: AWS denies everyone the statement does
 * not name in full (account, role and session), so only the named principal escapes.
 */
const BOB_POLICY: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      NotPrincipal: { AWS: ['arn:aws:iam::444455556666:user/Bob', 'arn:aws:iam::444455556666:root'] },
      Action: 's3:*',
      Resource: ['arn:aws:s3:::BUCKETNAME', 'arn:aws:s3:::BUCKETNAME/*'],
    },
  ],
};
const AUDIT_POLICY: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      NotPrincipal: {
        AWS: [
          'arn:aws:sts::444455556666:assumed-role/cross-account-read-only-role/cross-account-audit-app',
          'arn:aws:iam::444455556666:role/cross-account-read-only-role',
          'arn:aws:iam::444455556666:root',
        ],
      },
      Action: 's3:*',
      Resource: ['arn:aws:s3:::Bucket_AccountAudit', 'arn:aws:s3:::Bucket_AccountAudit/*'],
    },
  ],
};
// The caller's own account holds the bucket, so its identity policy alone allows: only the deny is in question.
const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };

async function simulate(policy: PolicyDocument, principal: string, resource: string): Promise<string> {
  const run = await runSimulation(
    {
      request: { principal, action: 's3:GetObject', resource: { resource, accountId: '444455556666' }, contextVariables: {} },
      identityPolicies: [{ name: 'all', policy: ALLOW_ALL }],
      resourcePolicy: policy,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    {},
  );
  if (run.resultType !== 'single') throw new Error(JSON.stringify(run));
  return run.result.analysis.result;
}

const session = (role: string, name: string) => `arn:aws:sts::444455556666:assumed-role/${role}/${name}`;

describe('Deny with NotPrincipal: the IAM guide\u2019s examples', () => {
  it.each([
    { name: 'Bob (named with his account) escapes', policy: BOB_POLICY, caller: { principal: 'arn:aws:iam::444455556666:user/Bob' }, object: 'arn:aws:s3:::BUCKETNAME/k', expected: 'Allowed' },
    { name: 'another user of Bob\u2019s account is denied', policy: BOB_POLICY, caller: { principal: 'arn:aws:iam::444455556666:user/Alice' }, object: 'arn:aws:s3:::BUCKETNAME/k', expected: 'ExplicitlyDenied' },
    { name: 'a role session of Bob\u2019s account is denied', policy: BOB_POLICY, caller: { principal: session('ml-train', 'SageMaker'), roleArn: 'arn:aws:iam::444455556666:role/ml-train' }, object: 'arn:aws:s3:::BUCKETNAME/k', expected: 'ExplicitlyDenied' },
    { name: 'the named session (session, role and account listed) escapes', policy: AUDIT_POLICY, caller: { principal: session('cross-account-read-only-role', 'cross-account-audit-app'), roleArn: 'arn:aws:iam::444455556666:role/cross-account-read-only-role' }, object: 'arn:aws:s3:::Bucket_AccountAudit/k', expected: 'Allowed' },
    { name: 'another session of the same role is denied (a session must be named)', policy: AUDIT_POLICY, caller: { principal: session('cross-account-read-only-role', 'SageMaker'), roleArn: 'arn:aws:iam::444455556666:role/cross-account-read-only-role' }, object: 'arn:aws:s3:::Bucket_AccountAudit/k', expected: 'ExplicitlyDenied' },
    { name: 'another role of the account is denied', policy: AUDIT_POLICY, caller: { principal: session('ml-train', 'SageMaker'), roleArn: 'arn:aws:iam::444455556666:role/ml-train' }, object: 'arn:aws:s3:::Bucket_AccountAudit/k', expected: 'ExplicitlyDenied' },
  ])('$name', async ({ policy, caller, object, expected }) => {
    const c: Caller = { hasBoundary: false, ...caller };
    expect(await simulate(normaliseNotPrincipal(policy, c), c.principal, object)).toBe(expected);
  });

  it('without the normalisation the simulator lets every principal of a listed account through (the bug this guards)', async () => {
    expect(await simulate(BOB_POLICY, session('ml-train', 'SageMaker'), 'arn:aws:s3:::BUCKETNAME/k')).toBe('Allowed');
    expect(await simulate(AUDIT_POLICY, session('ml-train', 'SageMaker'), 'arn:aws:s3:::Bucket_AccountAudit/k')).toBe('Allowed');
  });

  it('the role listed with its account but not the session: the session is still denied', async () => {
    const policy = { ...AUDIT_POLICY, Statement: [{ ...(AUDIT_POLICY.Statement as Record<string, unknown>[])[0], NotPrincipal: { AWS: ['arn:aws:iam::444455556666:role/cross-account-read-only-role', '444455556666'] } }] };
    const c: Caller = { principal: session('cross-account-read-only-role', 'cross-account-audit-app'), roleArn: 'arn:aws:iam::444455556666:role/cross-account-read-only-role', hasBoundary: false };
    expect(await simulate(normaliseNotPrincipal(policy, c), c.principal, 'arn:aws:s3:::Bucket_AccountAudit/k')).toBe('ExplicitlyDenied');
  });

  it('a principal with a permissions boundary is always denied by a NotPrincipal deny, even when named', async () => {
    const c: Caller = { principal: 'arn:aws:iam::444455556666:user/Bob', hasBoundary: true };
    expect(await simulate(normaliseNotPrincipal(BOB_POLICY, c), c.principal, 'arn:aws:s3:::BUCKETNAME/k')).toBe('ExplicitlyDenied');
  });

  it('keeps statement positions and leaves other statements alone', () => {
    const doc: PolicyDocument = { Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }, ...(BOB_POLICY.Statement as object[])] };
    const out = normaliseNotPrincipal(doc, { principal: session('ml-train', 'SageMaker'), hasBoundary: false });
    const statements = out.Statement as Record<string, unknown>[];
    expect(statements[0]).toEqual((doc.Statement as unknown[])[0]);
    expect(statements[1]).toMatchObject({ Effect: 'Deny', Principal: '*', Action: 's3:*' });
    expect(statements[1]).not.toHaveProperty('NotPrincipal');
    expect(normaliseNotPrincipal(ALLOW_ALL, { principal: 'x', hasBoundary: false })).toBe(ALLOW_ALL);
  });
});
