import { GetKeyPolicyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, DASHBOARD_ARN, KEY, KEY_ARN, PARTNER_KEY_ARN, rejection, type Running, startTestEmulator } from '../testing/harness';
import { allowsFuturePutKeyPolicy } from './kms-key-policy-writes';

/** KMS PutKeyPolicy through the real SDK, read back with the dashboard's GetKeyPolicy. */
let running: Running;
let admin: KMSClient;
let dashboard: KMSClient;

const ROOT = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' };
const USE = { Sid: 'JobUse', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ml-train` }, Action: 'kms:Decrypt', Resource: '*' };
const policy = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const LOCKOUT = 'The new key policy will not allow you to update the key policy in the future.';

beforeAll(async () => {
  running = await startTestEmulator();
  admin = new KMSClient(running.adminConfig());
  dashboard = new KMSClient(running.config());
});
beforeEach(() => running.emulator.reset());
afterAll(() => running.emulator.close());

describe('PutKeyPolicy', () => {
  it('replaces the key policy GetKeyPolicy returns', async () => {
    await admin.send(new PutKeyPolicyCommand({ KeyId: KEY_ARN, PolicyName: 'default', Policy: policy(ROOT, USE) }));
    const { Policy } = await dashboard.send(new GetKeyPolicyCommand({ KeyId: KEY, PolicyName: 'default' }));
    expect(JSON.parse(Policy ?? '')).toEqual(JSON.parse(policy(ROOT, USE)));
  });

  it('the lockout safety check: a policy that no longer lets the caller change it is refused, and the old one stays', async () => {
    const error = await rejection(admin.send(new PutKeyPolicyCommand({ KeyId: KEY, Policy: policy(USE) })));
    expect(error.name).toBe('MalformedPolicyDocumentException');
    expect(error.message).toBe(LOCKOUT);
    const { Policy } = await dashboard.send(new GetKeyPolicyCommand({ KeyId: KEY }));
    expect(JSON.parse(Policy ?? '').Statement).toEqual([ROOT]);
  });

  it('BypassPolicyLockoutSafetyCheck lets it through', async () => {
    await admin.send(new PutKeyPolicyCommand({ KeyId: KEY, Policy: policy(USE), BypassPolicyLockoutSafetyCheck: true }));
    const { Policy } = await dashboard.send(new GetKeyPolicyCommand({ KeyId: KEY }));
    expect(JSON.parse(Policy ?? '').Statement).toEqual([USE]);
  });

  it('refuses a document that is not JSON, another account\'s key, and the dashboard', async () => {
    for (const text of ['{"Statement":', '{"Statement":[null]}', '[]', 'null']) {
      const bad = await rejection(admin.send(new PutKeyPolicyCommand({ KeyId: KEY, Policy: text })));
      expect(bad.name, text).toBe('MalformedPolicyDocumentException');
    }
    const foreign = await rejection(admin.send(new PutKeyPolicyCommand({ KeyId: PARTNER_KEY_ARN, Policy: policy(ROOT) })));
    expect(foreign.name).toBe('AccessDeniedException');
    const denied = await rejection(dashboard.send(new PutKeyPolicyCommand({ KeyId: KEY, Policy: policy(ROOT) })));
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.message).toBe(
      `User: ${DASHBOARD_ARN} is not authorized to perform: kms:PutKeyPolicy on resource: ${KEY_ARN} because no identity-based policy allows the kms:PutKeyPolicy action`,
    );
  });

  it('an unknown key is NotFoundException', async () => {
    const error = await rejection(admin.send(new PutKeyPolicyCommand({ KeyId: '00000000-0000-4000-8000-000000000000', Policy: policy(ROOT) })));
    expect(error.name).toBe('NotFoundException');
  });
});

describe('the lockout safety check decides by the caller', () => {
  const caller = `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/demo-admin`;
  const named = (principal: unknown, extra: Record<string, unknown> = {}) => ({
    Statement: [{ Effect: 'Allow', Principal: principal, Action: ['kms:Describe*', 'kms:Put*'], Resource: '*', ...extra }],
  });

  it.each([
    ['the account root (IAM decides, and the admin may do anything)', named({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), true],
    ['the bare account id', named({ AWS: ACCOUNT }), true],
    ['the caller\'s role', named({ AWS: `arn:aws:iam::${ACCOUNT}:role/Admin` }), true],
    ['another role only', named({ AWS: `arn:aws:iam::${ACCOUNT}:role/security-kms-admin` }), false],
    ['the caller, but only under a condition', named({ AWS: `arn:aws:iam::${ACCOUNT}:role/Admin` }, { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), false],
    ['the caller, without kms:PutKeyPolicy', { Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/Admin` }, Action: 'kms:Decrypt', Resource: '*' }] }, false],
    [
      'the root, with an explicit deny of the caller',
      { Statement: [named({ AWS: `arn:aws:iam::${ACCOUNT}:root` }).Statement[0], { Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/Admin` }, Action: 'kms:*', Resource: '*' }] },
      false,
    ],
  ])('a policy naming %s', (_what, document, allowed) => {
    expect(allowsFuturePutKeyPolicy(document as never, caller, ACCOUNT)).toBe(allowed);
  });
});
