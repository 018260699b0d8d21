import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import type { Fix } from '../diagnosis';
import { buildBundle, FULL_ACCESS, ROLE_ARN } from '../test-support/bundle';
import { doc, inline, managed } from '../test-support/policies';
import { failedDuring } from '../test-support/transitions';

/**
 * An explicit deny in an inline policy of the job's own role. An inline policy belongs to that one role (IAM User Guide,
 * "Managed policies and inline policies": a strict one-to-one relationship), so "exempt the role" would turn the deny off
 * for everyone it applies to while the note said everyone else stays denied. It is narrowed by what it refused instead.
 */
const DOWNLOAD = { transitions: failedDuring('Downloading') };
const withGuard = (guard: Record<string, unknown>) => buildBundle({ job: DOWNLOAD, identity: [inline('p', FULL_ACCESS), inline('guard', doc(guard))] });
const exceptionOf = (fixes: Fix[]): Fix => {
  const fix = fixes.find((f) => f.target === 'role-inline-policy' && f.kind === 'exception');
  if (!fix) throw new Error(`no inline exception among ${fixes.map((f) => f.title).join('; ')}`);
  return fix;
};

describe('an explicit deny in an inline policy of the job\u2019s role', () => {
  it('with NotResource: the refused prefix is added to it, never an exemption of the role itself', async () => {
    const d = await diagnose(withGuard({ Sid: 'OnlyModels', Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::acme-models/*' }));
    const fix = exceptionOf(d.fixes);
    expect(fix.changedStatements).toEqual([{ Sid: 'OnlyModels', Effect: 'Deny', Action: 's3:GetObject', NotResource: ['arn:aws:s3:::acme-models/*', 'arn:aws:s3:::acme-data/train/*'] }]);
    expect(JSON.stringify(fix.policy)).not.toContain('aws:PrincipalArn');
    expect(fix.notes?.join(' ')).not.toMatch(/everyone else stays denied/);
    expect(fix.notes?.join(' ')).toMatch(/applies to role ml-train alone/);
    expect(fix.verified).toBe(true);
  });

  it('on every resource: it becomes a NotResource of what the job was refused, and still denies the rest', async () => {
    const d = await diagnose(withGuard({ Sid: 'NoGets', Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }));
    expect(exceptionOf(d.fixes).changedStatements).toEqual([{ Sid: 'NoGets', Effect: 'Deny', Action: 's3:GetObject', NotResource: ['arn:aws:s3:::acme-data/train/*'] }]);
  });

  it('on the job\u2019s data by name: removed, said so, and with nothing left the policy is deleted', async () => {
    const d = await diagnose(withGuard({ Sid: 'NoData', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::acme-data/*' }));
    const fix = exceptionOf(d.fixes);
    expect(fix.title).toBe('Exception: remove the deny from inline policy guard of role ml-train');
    expect(fix.changedStatements).toEqual([]);
    expect(fix.replaces).toMatchObject({ Sid: 'NoData' });
    expect(fix.cli).toContain('aws iam delete-role-policy --role-name ml-train --policy-name guard');
    expect(fix.terraform).toMatch(/^# Delete the resource that manages inline policy guard/);
    expect(fix.verified).toBe(true);
  });

  it('naming the job\u2019s data beside other data: only the entry that covers the job\u2019s is taken out, the rest still denied', async () => {
    const d = await diagnose(withGuard({ Sid: 'NoData', Effect: 'Deny', Action: 's3:GetObject', Resource: ['arn:aws:s3:::acme-data/*', 'arn:aws:s3:::secret-bucket/*'] }));
    const fix = exceptionOf(d.fixes);
    expect(fix.title).toBe('Exception: take arn:aws:s3:::acme-data/* out of the deny in inline policy guard of role ml-train');
    expect(fix.changedStatements).toEqual([{ Sid: 'NoData', Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::secret-bucket/*' }]);
    expect(fix.verified).toBe(true);
  });

  it('refusing an action that takes no resource (Resource "*"): never a NotResource of "*", which would turn it off unsaid', async () => {
    const guard = doc({ Sid: 'NoEcr', Effect: 'Deny', Action: 'ecr:GetAuthorizationToken', NotResource: 'arn:aws:s3:::acme-models/*' });
    const image = { trainingImage: '111122223333.dkr.ecr.us-east-1.amazonaws.com/train:latest', transitions: failedDuring('Downloading') };
    const d = await diagnose(buildBundle({ job: image, identity: [inline('p', FULL_ACCESS), inline('guard', guard)] }));
    const fix = exceptionOf(d.fixes);
    expect(fix.checkIds).toContain('image-ecr-getauthorizationtoken');
    expect(fix.title).toBe('Exception: remove the deny from inline policy guard of role ml-train');
    expect(fix.changedStatements).toEqual([]);
  });

  it('a manifest\u2019s data object is carved by its folder, the other objects of the manifest alike', async () => {
    const d = await diagnose(
      buildBundle({
        job: { ...DOWNLOAD, failureReason: 'ClientError: Data download failed:Unable to download object s3://acme-data/train/part-0.csv (AccessDenied: Access Denied)', inputChannels: [{ name: 'train', s3Uri: 's3://acme-data/manifests/train.manifest', s3DataType: 'ManifestFile' }] },
        identity: [inline('p', FULL_ACCESS), inline('guard', doc({ Sid: 'OnlyModels', Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::acme-models/*' }))],
      }),
    );
    expect(JSON.stringify(exceptionOf(d.fixes).changedStatements)).toContain('"arn:aws:s3:::acme-data/train/*"');
  });

  it('a customer managed policy\u2019s deny is still narrowed for the role: other roles it is attached to stay denied', async () => {
    const guard = managed('DataGuard', doc({ Sid: 'NoData', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::acme-data/*' }));
    const d = await diagnose(buildBundle({ job: DOWNLOAD, identity: [inline('p', FULL_ACCESS), guard] }));
    const fix = d.fixes.find((f) => f.kind === 'exception');
    expect(JSON.stringify(fix?.changedStatements)).toContain(`"ArnNotEquals":{"aws:PrincipalArn":"${ROLE_ARN}"}`);
    expect(fix?.notes).toContain('This exempts role ml-train from the deny; everyone else stays denied.');
  });
});
