import { describe, expect, it } from 'vitest';
import type { EvidenceBundle } from '@/lib/analysis/evidence';
import { bucketConsoleUrl, keyConsoleUrl, managedPolicyConsoleUrl, roleConsoleUrl, vpcEndpointConsoleUrl } from './console-links';
import { resourceConsoleLinks } from './resource-links';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/5f0c1e2a-7b3d-4c8e-9a1f-2d6b8e4c0a17';
const doc = { ok: true as const, value: { Version: '2012-10-17', Statement: [] } };
const denied = (action: string) => ({ ok: false as const, missing: { kind: 'access-denied' as const, action, message: 'denied' } });

const evidence = {
  region: 'us-east-1',
  accountId: '111122223333',
  collectedAt: '2026-11-23T00:00:00Z',
  job: { roleArn: 'arn:aws:iam::111122223333:role/service-role/claims-training' },
  logs: { ok: true, value: { logGroup: '/aws/sagemaker/TrainingJobs', streams: [] } },
  role: {
    ok: true,
    value: {
      arn: 'arn:aws:iam::111122223333:role/service-role/claims-training',
      name: 'claims-training',
      trustPolicy: doc,
      identityPolicies: {
        ok: true,
        value: [
          { kind: 'managed', name: 'SageMakerTrainingRuntime', arn: 'arn:aws:iam::111122223333:policy/SageMakerTrainingRuntime', document: doc },
          { kind: 'inline', name: 'claims-data', document: doc },
        ],
      },
      boundary: { ok: true, value: { kind: 'managed', name: 'ml-boundary', arn: 'arn:aws:iam::111122223333:policy/ml-boundary', document: doc } },
    },
  },
  buckets: { 'acme-ml-secure-data': { name: 'acme-ml-secure-data', policy: doc, encryption: { ok: true, value: null } } },
  keys: {
    'alias/claims-data': { ref: 'alias/claims-data', metadata: { ok: true, value: { arn: KEY, accountId: '111122223333', keyManager: 'CUSTOMER' } }, policy: doc },
    [KEY]: { ref: KEY, metadata: { ok: true, value: { arn: KEY, accountId: '111122223333', keyManager: 'CUSTOMER' } }, policy: doc },
    'alias/unresolved': { ref: 'alias/unresolved', metadata: denied('kms:DescribeKey'), policy: denied('kms:DescribeKey') },
  },
  network: { subnets: { ok: true, value: [] }, routeTables: { ok: true, value: [] }, securityGroups: { ok: true, value: [] }, endpoints: { ok: true, value: [{ id: 'vpce-0a1b2c3d4e5f60718', vpcId: 'vpc-1', serviceName: 'com.amazonaws.us-east-1.s3', type: 'Gateway', routeTableIds: [], subnetIds: [], policy: doc }] } },
} as unknown as EvidenceBundle;

describe('console URLs', () => {
  it('addresses IAM globally: roles by name, managed policies by their encoded ARN', () => {
    expect(roleConsoleUrl('claims-training', 'us-east-1')).toBe('https://console.aws.amazon.com/iam/home#/roles/details/claims-training?section=permissions');
    expect(roleConsoleUrl('claims-training', 'us-east-1', 'trust_relationships')).toMatch(/\?section=trust_relationships$/);
    expect(managedPolicyConsoleUrl('arn:aws:iam::aws:policy/AmazonSageMakerFullAccess')).toBe(
      'https://console.aws.amazon.com/iam/home#/policies/details/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAmazonSageMakerFullAccess?section=permissions',
    );
  });

  it("opens a bucket's permissions tab and a key in its own region", () => {
    expect(bucketConsoleUrl('acme-ml-secure-data', 'eu-west-1')).toBe('https://s3.console.aws.amazon.com/s3/buckets/acme-ml-secure-data?region=eu-west-1&tab=permissions');
    expect(keyConsoleUrl('arn:aws:kms:eu-west-1:111122223333:key/9e2d4b6a-3c1f-4e8d-a7b5-6f0c2e8a4d93')).toBe(
      'https://eu-west-1.console.aws.amazon.com/kms/home?region=eu-west-1#/kms/keys/9e2d4b6a-3c1f-4e8d-a7b5-6f0c2e8a4d93',
    );
    expect(keyConsoleUrl(KEY, true)).toMatch(/#\/kms\/defaultKeys\/5f0c1e2a-/);
    expect(vpcEndpointConsoleUrl('us-east-1', 'vpce-1')).toBe('https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#EndpointDetails:vpcEndpointId=vpce-1');
  });

  it('names no page for a key ref that is not a key ARN, and never lets a name change the host', () => {
    expect(keyConsoleUrl('alias/claims-data')).toBeUndefined();
    expect(keyConsoleUrl('arn:aws:kms:evil.example/#:111122223333:key/x')).toBeUndefined();
    expect(new URL(bucketConsoleUrl('a/../../evil.example#', 'us-east-1') ?? '').host).toBe('s3.console.aws.amazon.com');
    expect(new URL(roleConsoleUrl('x@evil.example/', 'us-east-1') ?? '').host).toBe('console.aws.amazon.com');
    expect(new URL(roleConsoleUrl('r', 'evil.example/#') ?? '').host).toBe('console.aws.amazon.com');
  });

  it("opens each partition's own console, and none where the console is not public", () => {
    expect(roleConsoleUrl('ml-train', 'us-gov-west-1')).toBe('https://console.amazonaws-us-gov.com/iam/home#/roles/details/ml-train?section=permissions');
    expect(bucketConsoleUrl('acme-data', 'cn-north-1')).toBe('https://console.amazonaws.cn/s3/buckets/acme-data?region=cn-north-1&tab=permissions');
    expect(managedPolicyConsoleUrl('arn:aws-us-gov:iam::aws:policy/AmazonSageMakerFullAccess')).toMatch(/^https:\/\/console\.amazonaws-us-gov\.com\/iam\/home#\/policies\/details\/arn%3Aaws-us-gov%3A/);
    expect(keyConsoleUrl('arn:aws-cn:kms:cn-northwest-1:111122223333:key/9e2d4b6a-3c1f-4e8d-a7b5-6f0c2e8a4d93')).toBe(
      'https://console.amazonaws.cn/kms/home?region=cn-northwest-1#/kms/keys/9e2d4b6a-3c1f-4e8d-a7b5-6f0c2e8a4d93',
    );
    expect(vpcEndpointConsoleUrl('us-gov-east-1', 'vpce-1')).toBe('https://console.amazonaws-us-gov.com/vpcconsole/home?region=us-gov-east-1#EndpointDetails:vpcEndpointId=vpce-1');
    expect(roleConsoleUrl('ml-train', 'us-iso-east-1')).toBeUndefined();
    expect(managedPolicyConsoleUrl('arn:aws-iso-b:iam::111122223333:policy/p')).toBeUndefined();
    const isolated = JSON.parse(JSON.stringify(evidence).replaceAll('arn:aws:', 'arn:aws-iso-b:').replaceAll('us-east-1', 'us-isob-east-1')) as EvidenceBundle;
    expect(resourceConsoleLinks(isolated)).toEqual([]);
  });
});

describe('resourceConsoleLinks', () => {
  it('links the role, its trust policy, each policy, the boundary, each bucket, each key once (by alias) and each endpoint', () => {
    const links = resourceConsoleLinks(evidence, new Map([[KEY, 'alias/claims-data']]));
    expect(links.map((l) => [l.kind, l.label])).toEqual([
      ['role', 'Role claims-training'],
      ['policy', 'Trust policy'],
      ['policy', 'Policy SageMakerTrainingRuntime'],
      ['policy', 'Inline policy claims-data'],
      ['policy', 'Boundary ml-boundary'],
      ['bucket', 'Bucket acme-ml-secure-data'],
      ['key', 'KMS key alias/claims-data'],
      ['endpoint', 'Endpoint vpce-0a1b2c3d4e5f60718'],
    ]);
    // An inline policy has no page of its own: it opens the role's permissions tab.
    expect(links.find((l) => l.label === 'Inline policy claims-data')?.href).toBe(roleConsoleUrl('claims-training', 'us-east-1'));
  });

  it("still links the role by the job's RoleArn when the dashboard could not read it", () => {
    const unread = { ...evidence, role: denied('iam:GetRole'), buckets: {}, keys: {}, network: undefined } as unknown as EvidenceBundle;
    expect(resourceConsoleLinks(unread).map((l) => l.href)).toEqual([roleConsoleUrl('claims-training', 'us-east-1'), roleConsoleUrl('claims-training', 'us-east-1', 'trust_relationships')]);
  });
});
