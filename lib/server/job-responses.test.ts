import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJobDetail } from './job-detail';
import { getJobEvidence } from './job-evidence';
import { startEmulator } from './testing/emulator';
import { smallAccount } from './testing/small-account';

// AWS's documented example credentials (IAM user guide), planted where no gateway masks free text.
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const planted = {
  ...smallAccount,
  buckets: (smallAccount.buckets ?? []).map((b) =>
    b.name === 'acme-out'
      ? {
          ...b,
          policy: {
            Version: '2012-10-17',
            Statement: [{ Sid: 'Legacy', Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::acme-out/*', Condition: { StringEquals: { 'aws:PrincipalTag/note': `${KEY_ID} aws_secret_access_key=${SECRET}` } } }],
          },
        }
      : b,
  ),
};

let env: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  env = await startEmulator({ scenario: planted });
});
afterAll(() => env?.stop());

describe('what the job routes return', () => {
  it('the evidence bundle masks a credential inside a bucket policy', async () => {
    const result = await getJobEvidence(await env.ctx('us-east-1'), 'vpc-job');
    expect(result.ok).toBe(true);
    const json = JSON.stringify(result);
    expect(json).not.toContain(KEY_ID);
    expect(json).not.toContain(SECRET);
    expect(json).toContain('AKIAIOSF************ aws_secret_access_key=[redacted]');
  });

  it('the job detail masks it too, in the evidence and anything the diagnosis quotes', async () => {
    const result = await getJobDetail(await env.ctx('us-east-1'), 'vpc-job');
    expect(result.ok).toBe(true);
    const json = JSON.stringify(result);
    expect(json).not.toContain(KEY_ID);
    expect(json).not.toContain(SECRET);
  });
});
