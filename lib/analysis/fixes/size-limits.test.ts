import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { buildBundle } from '../test-support/bundle';
import { allow, doc, inline, managed } from '../test-support/policies';
import { failedDuring } from '../test-support/transitions';
import { sizeLimitNote } from './size-limits';

/**
 * A fix whose merged document AWS would refuse for its size (IAM User Guide, "IAM and AWS STS quotas": a managed policy
 * 6,144 characters and a role's inline policies together 10,240, whitespace not counted) is not offered as verified,
 * however well it simulates: its command would fail with LimitExceeded. (An adversarial review's account state.)
 */
const DOWNLOAD = { transitions: failedDuring('Downloading') };
const filler = (n: number) => Array.from({ length: n }, (_, i) => allow(['s3:GetObject', 's3:PutObject'], `arn:aws:s3:::team-bucket-number-${i}-with-a-long-name/prefix/*`, { Sid: `Filler${i}` }));
const chars = (d: unknown) => JSON.stringify(d).replace(/\s/g, '').length;

describe('a fix AWS would refuse for its size', () => {
  it('a boundary that fits now but not with the added statements: unverified, saying the limit and the size', async () => {
    const boundary = doc(...filler(39), allow(['logs:*', 'ecr:*', 'ec2:*', 'kms:*'], '*'), allow('s3:*', 'arn:aws:s3:::acme-models*'));
    expect(chars(boundary)).toBeLessThanOrEqual(6144);
    const d = await diagnose(buildBundle({ job: DOWNLOAD, boundary: managed('ml-boundary', boundary) }));
    const fix = d.fixes.find((f) => f.target === 'boundary');
    expect(chars(fix?.policy)).toBeGreaterThan(6144);
    expect(fix?.verified).toBe(false);
    expect(fix?.notes?.join(' ')).toMatch(/AWS would refuse it as written: a managed policy may hold 6,144 characters \(whitespace not counted\), and with this change \d{1,3},\d{3}\. Remove statements/);
  });

  it('the same fix on a small boundary is verified', async () => {
    const d = await diagnose(buildBundle({ job: DOWNLOAD, boundary: managed('ml-boundary', doc(allow(['logs:*', 'ecr:*', 'ec2:*', 'kms:*'], '*'), allow('s3:*', 'arn:aws:s3:::acme-models*'))) }));
    expect(d.fixes.find((f) => f.target === 'boundary')?.verified).toBe(true);
  });

  it('a new inline policy counts the role\u2019s other inline policies against the 10,240 together', () => {
    const bundle = buildBundle({ identity: [inline('big', doc(...filler(70)))] });
    const small = doc(allow('s3:GetObject', 'arn:aws:s3:::acme-data/train/*'));
    expect(chars(small)).toBeLessThan(10240);
    expect(sizeLimitNote(bundle, { kind: 'role-inline', policyName: 'jobtriage-input', document: small })).toMatch(/a role\u2019s inline policies together may hold 10,240 .* Put the new statements in a customer managed policy/);
    // Rewriting "big" itself does not count it twice.
    expect(sizeLimitNote(bundle, { kind: 'role-inline', policyName: 'big', document: small })).toBeUndefined();
  });
});
