import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { diagnose } from '@/lib/analysis/diagnose';
import type { Fix } from '@/lib/analysis/diagnosis';
import { buildBundle, FULL_ACCESS, key, OTHER_ACCOUNT } from '@/lib/analysis/test-support/bundle';
import { absent, inline } from '@/lib/analysis/test-support/policies';

/**
 * Runs a fix's command line in a real POSIX shell with a stand-in `aws` that serves `current` to the
 * get-* call and echoes what the put-* call would write: the document the owner's account would get.
 */
function written(cli: string, current: unknown): unknown {
  const script = `aws() { case "$2" in get-*) printf '%s' "$CURRENT" ;; put-*) cat ;; esac; }; ${cli}`;
  return JSON.parse(execFileSync('sh', ['-c', script], { env: { ...process.env, CURRENT: JSON.stringify(current) }, encoding: 'utf8' }));
}

const OWNER_POLICY = {
  Version: '2012-10-17',
  Statement: { Sid: 'OwnerAdmin', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }, Action: '*', Resource: '*' },
};

function fixFor(fixes: Fix[], target: Fix['target']): Fix {
  const fix = fixes.find((f) => f.target === target);
  if (!fix) throw new Error(`no ${target} fix among ${fixes.map((f) => f.target).join(', ')}`);
  return fix;
}

describe('a fix to a resource policy the dashboard could not read', () => {
  it('another account\'s bucket: the command appends the statement to the owner\'s policy instead of replacing it', async () => {
    const bundle = buildBundle({ buckets: { 'acme-data': { ownerAccountId: OTHER_ACCOUNT, policy: absent('cross-account', 's3:GetBucketPolicy') } } });
    const fix = fixFor((await diagnose(bundle)).fixes, 'bucket-policy');
    expect(fix.verified).toBe(false);
    const doc = written(fix.cli, OWNER_POLICY) as { Statement: unknown[] };
    expect(doc.Statement[0]).toEqual(OWNER_POLICY.Statement);
    expect(doc.Statement.slice(1)).toEqual(fix.changedStatements);
  });

  it('another account\'s key: the key policy keeps its admin statement', async () => {
    const keyRef = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const foreign = { ...key('1234abcd-12ab-34cd-56ef-1234567890ab', absent('cross-account', 'kms:GetKeyPolicy'), OTHER_ACCOUNT), ref: keyRef };
    const bundle = buildBundle({ identity: [inline('full', FULL_ACCESS)], job: { resources: { volumeKmsKeyId: keyRef } }, keys: { [keyRef]: foreign } });
    const fix = fixFor((await diagnose(bundle)).fixes, 'key-policy');
    expect(fix.accountId).toBe(OTHER_ACCOUNT);
    const doc = written(fix.cli, OWNER_POLICY) as { Statement: unknown[] };
    expect(doc.Statement[0]).toEqual(OWNER_POLICY.Statement);
    expect(doc.Statement.slice(1)).toEqual(fix.changedStatements);
  });
});
