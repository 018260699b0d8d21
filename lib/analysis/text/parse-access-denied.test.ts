import { describe, expect, it } from 'vitest';
import type { DeniedRequest } from '../diagnosis';
import { parseAccessDenied } from './parse-access-denied';

const ROLE = 'arn:aws:sts::123456789012:assumed-role/ml-train/SageMaker';

// Each phrasing of AWS's AccessDenied messages (AWS-NOTES.md, IAM and S3 user guides).
const cases: { name: string; message: string; expected: DeniedRequest | undefined }[] = [
  {
    name: 'implicit, identity-based, S3 quoted resource',
    message: `User: ${ROLE} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/train/x.csv" because no identity-based policy allows the s3:GetObject action`,
    expected: { principal: ROLE, action: 's3:GetObject', resource: 'arn:aws:s3:::acme-data/train/x.csv', policyType: 'identity', denialType: 'implicit' },
  },
  {
    name: 'explicit deny in a resource-based policy on S3 is the bucket policy',
    message: `An error occurred (AccessDenied) when calling the PutObject operation: User: ${ROLE} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::out/m.tar.gz" with an explicit deny in a resource-based policy`,
    expected: { principal: ROLE, action: 's3:PutObject', resource: 'arn:aws:s3:::out/m.tar.gz', policyType: 'bucket-policy', denialType: 'explicit' },
  },
  {
    name: 'a copy wrapped between any two words (the S3 guide prints it on four lines)',
    message: `User: ${ROLE} is not\n   authorized to perform:\ns3:GetObject on resource: "arn:aws:s3:::d/k" with\nan explicit deny in a VPC endpoint policy`,
    expected: { principal: ROLE, action: 's3:GetObject', resource: 'arn:aws:s3:::d/k', policyType: 'vpc-endpoint', denialType: 'explicit' },
  },
  {
    name: 'implicit, permissions boundary (no word "policy")',
    message: `User: ${ROLE} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::acme-data" because no permissions boundary allows the s3:ListBucket action`,
    expected: { principal: ROLE, action: 's3:ListBucket', resource: 'arn:aws:s3:::acme-data', policyType: 'boundary', denialType: 'implicit' },
  },
  {
    name: 'explicit deny in a permissions boundary',
    message: `User: ${ROLE} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::d/k" with an explicit deny in a permissions boundary`,
    expected: { principal: ROLE, action: 's3:GetObject', resource: 'arn:aws:s3:::d/k', policyType: 'boundary', denialType: 'explicit' },
  },
  {
    name: 'SCP with the policy-ARN suffix',
    message:
      'User: arn:aws:iam::123456789012:role/ml-train is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::d/k with an explicit deny in a service control policy: arn:aws:organizations::111122223333:policy/o-abc123/service_control_policy/p-xyz789',
    expected: {
      principal: 'arn:aws:iam::123456789012:role/ml-train',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::d/k',
      policyType: 'scp',
      denialType: 'explicit',
      policyArn: 'arn:aws:organizations::111122223333:policy/o-abc123/service_control_policy/p-xyz789',
    },
  },
  {
    name: 'transitively through a service control policy (IAM user guide wording)',
    message:
      'User: arn:aws:sts::111122223333:assumed-role/role-name/role-session-name is not authorized to perform:\nSNS:Publish on resource: arn:aws:sns:us-east-1:444455556666:role-name-2\nwith an explicit deny in a VPC endpoint policy transitively through a service control policy',
    expected: {
      principal: 'arn:aws:sts::111122223333:assumed-role/role-name/role-session-name',
      action: 'SNS:Publish',
      resource: 'arn:aws:sns:us-east-1:444455556666:role-name-2',
      policyType: 'scp',
      denialType: 'explicit',
    },
  },
  {
    name: 'resource control policy',
    message: `User: ${ROLE} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::d/k" with an explicit deny in a resource control policy`,
    expected: { principal: ROLE, action: 's3:GetObject', resource: 'arn:aws:s3:::d/k', policyType: 'rcp', denialType: 'explicit' },
  },
  {
    name: 'VPC endpoint policy',
    message: `User: ${ROLE} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::d/k" because no VPC endpoint policy allows the s3:GetObject action`,
    expected: { principal: ROLE, action: 's3:GetObject', resource: 'arn:aws:s3:::d/k', policyType: 'vpc-endpoint', denialType: 'implicit' },
  },
  {
    name: 'session policy',
    message: `User: ${ROLE} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::o/k" because no session policy allows the s3:PutObject action`,
    expected: { principal: ROLE, action: 's3:PutObject', resource: 'arn:aws:s3:::o/k', policyType: 'session', denialType: 'implicit' },
  },
  {
    name: 'role trust policy',
    message:
      'User: arn:aws:sts::123456789012:assumed-role/caller/x is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/ml-train because no role trust policy allows the sts:AssumeRole action',
    expected: {
      principal: 'arn:aws:sts::123456789012:assumed-role/caller/x',
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::123456789012:role/ml-train',
      policyType: 'trust-policy',
      denialType: 'implicit',
    },
  },
  {
    name: 'KMS key policy via resource-based',
    message: `User: ${ROLE} is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:123456789012:key/k1 because no resource-based policy allows the kms:GenerateDataKey action`,
    expected: { principal: ROLE, action: 'kms:GenerateDataKey', resource: 'arn:aws:kms:us-east-1:123456789012:key/k1', policyType: 'key-policy', denialType: 'implicit' },
  },
  {
    name: "KMS's ciphertext wording names no resource and no denial type",
    message: `An error occurred (AccessDeniedException) when calling the Decrypt operation: User: ${ROLE} is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access`,
    expected: { principal: ROLE, action: 'kms:Decrypt', policyType: 'key-policy' },
  },
  {
    name: 'legacy form: no policy type, unquoted resource, trailing period',
    message: `User: ${ROLE} is not authorized to perform: logs:CreateLogStream on resource: arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/TrainingJobs:log-stream:job-1/algo-1-1700000000.`,
    expected: { principal: ROLE, action: 'logs:CreateLogStream', resource: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/TrainingJobs:log-stream:job-1/algo-1-1700000000' },
  },
  {
    name: 'no resource at all',
    message: `User: ${ROLE} is not authorized to perform: ecr:GetAuthorizationToken because no identity-based policy allows the ecr:GetAuthorizationToken action`,
    expected: { principal: ROLE, action: 'ecr:GetAuthorizationToken', policyType: 'identity', denialType: 'implicit' },
  },
  {
    name: 'explicit deny in an identity-based policy followed by SDK detail',
    message: `User: ${ROLE} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::d/k" with an explicit deny in an identity-based policy (Service: S3, Status Code: 403)`,
    expected: { principal: ROLE, action: 's3:GetObject', resource: 'arn:aws:s3:::d/k', policyType: 'identity', denialType: 'explicit' },
  },
  { name: 'bare Access Denied quotes no request', message: 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied', expected: undefined },
  { name: 'EC2 encoded message quotes no request', message: 'You are not authorized to perform this operation. Encoded authorization failure message: 4GIOHlTkIaW', expected: undefined },
];

describe('parseAccessDenied', () => {
  it.each(cases)('$name', ({ message, expected }) => {
    expect(parseAccessDenied(message)).toEqual(expected);
  });
});
