import { describe, expect, it } from 'vitest';
import type { Check, DecidedBy } from '@/lib/analysis/diagnosis';
import { decidingPolicy, missingEvidenceHeading, missingLead } from './wording';

const phrase = (d: Pick<DecidedBy, 'policyType' | 'policyName' | 'policyArn'>) => {
  const { lead, name } = decidingPolicy(d);
  return `${lead}${name ? ` ${name}` : ''}`;
};

describe('decidingPolicy: each noun once', () => {
  it.each([
    [{ policyType: 'trust-policy', policyName: 'trust policy of role ml-batch-ec2-role' }, 'the trust policy of role ml-batch-ec2-role'],
    [{ policyType: 'key-policy', policyName: 'key arn:aws:kms:us-east-1:111122223333:key/k' }, 'the key policy of KMS key arn:aws:kms:us-east-1:111122223333:key/k'],
    [{ policyType: 'scp', policyName: 'service control policy' }, 'a service control policy'],
    [{ policyType: 'scp', policyName: 'arn:aws:organizations::1:policy/o-1/service_control_policy/p-1', policyArn: 'arn:aws:organizations::1:policy/o-1/service_control_policy/p-1' }, 'the service control policy arn:aws:organizations::1:policy/o-1/service_control_policy/p-1'],
    [{ policyType: 'bucket-policy', policyName: 'bucket acme-data' }, 'the bucket policy of acme-data'],
    [{ policyType: 'vpc-endpoint', policyName: 'VPC endpoint vpce-1' }, 'the policy of VPC endpoint vpce-1'],
    [{ policyType: 'identity', policyName: 'role ml-train' }, 'the identity policies of role ml-train'],
    [{ policyType: 'boundary', policyName: 'DataScienceBoundary' }, 'the permissions boundary DataScienceBoundary'],
  ] as const)('%o', (d, expected) => {
    const text = phrase(d);
    expect(text).toBe(expected);
    // No word pair repeated back to back ("trust policy trust policy", "policy key", "policy a service").
    expect(text).not.toMatch(/\b(\w+ \w+) \1\b/);
    // Nor the policy's kind said again of what holds it ("the bucket policy of bucket acme-data").
    expect(text).not.toMatch(/\b(bucket|role) policy of \1\b/);
  });
});

describe('missingEvidenceHeading', () => {
  const check = (status: Check['status']) => ({ status }) as Check;
  it('says what the unread evidence did to the verdict, and nothing it did not', () => {
    expect(missingEvidenceHeading({ cause: 's3-read', confidence: 'confirmed', checks: [check('fail'), check('unknown')] })).toMatch(/marked unknown/);
    // Only the logs missing: no check is unknown, so none is said to be.
    expect(missingEvidenceHeading({ cause: 'kms', confidence: 'confirmed', checks: [check('fail'), check('pass')] })).toBe('Some evidence could not be read (no check depends on it):');
    expect(missingEvidenceHeading({ cause: 's3-read', confidence: 'likely', checks: [check('unknown')] })).toBe('Not proven, because the dashboard could not read:');
    // A capacity failure is read from AWS's words; the missing logs did not leave anything unproven.
    expect(missingEvidenceHeading({ cause: 'capacity', confidence: 'likely', checks: [check('pass')] })).toBe('The dashboard could not read:');
  });
});

describe('missingLead', () => {
  it('says "cannot see" for a value no permission reveals, "could not read" for an unread piece', () => {
    expect(missingLead([{ unseen: true }])).toBe('Could not be proven: the dashboard cannot see');
    expect(missingLead([{}])).toBe('Could not be proven: the dashboard could not read');
    expect(missingLead([{}, { unseen: true }])).toBe('Could not be proven: the dashboard could not read, or cannot see');
  });
});
