import { describe, expect, it } from 'vitest';
import { REDACTED, redactDeep, redactSetting, redactSettings, redactText } from './redact';

// AWS's documented example credentials (IAM user guide), never real ones.
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('redactText', () => {
  it.each([
    ['an access key id in a log line', `using credentials ${KEY_ID} for s3`, 'using credentials AKIAIOSF************ for s3'],
    ['a temporary (ASIA) key id', 'key=ASIAY34FZKBOKMUTVV7A', 'key=ASIAY34F************'],
    ['a labelled secret key', `aws_secret_access_key = ${SECRET}`, `aws_secret_access_key = ${REDACTED}`],
    ['a JSON secret key', `{"SecretAccessKey": "${SECRET}"}`, `{"SecretAccessKey": "${REDACTED}"}`],
    ['a session token', 'AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ', `AWS_SESSION_TOKEN=${REDACTED}`],
    ['a password in a connection string', 'connecting with password=hunter22 to db', `connecting with password=${REDACTED} to db`],
    ['a token setting', 'HF_TOKEN: hf_abcdefghijklmnop', `HF_TOKEN: ${REDACTED}`],
    // A presigned URL: the token is URL-encoded (%2F) and must go whole, and the signature is a bearer credential.
    [
      'a presigned URL',
      'GET https://b.s3.amazonaws.com/k?X-Amz-Credential=ASIAY34FZKBOKMUTVV7A%2F20261123%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEND%2F%2F%2F%2FwEaCXVzLXdlc3QtMiJHMEUCIQDh0Fhz&X-Amz-Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      `GET https://b.s3.amazonaws.com/k?X-Amz-Credential=${REDACTED}&X-Amz-Security-Token=${REDACTED}&X-Amz-Signature=${REDACTED}`,
    ],
    ['a bare session token', 'token dump: IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ done', `token dump: ${REDACTED} done`],
  ])('masks %s', (_label, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it.each([
    ['a plain log line', 'Epoch 3/10 loss=0.231 accuracy=0.91'],
    ['an HTML payload (escaping is the page\'s job, not ours)', '<img src=x onerror=alert(1)>'],
    ['an AccessDenied message', 'User: arn:aws:sts::111122223333:assumed-role/ml-train/SageMaker is not authorized to perform: s3:GetObject'],
    ['a short token count', 'max_tokens=512'],
  ])('leaves %s alone', (_label, input) => {
    expect(redactText(input)).toBe(input);
  });
});

describe('redactSetting', () => {
  it.each([
    ['DB_PASSWORD', 'x', REDACTED],
    ['WANDB_API_KEY', 'abc', REDACTED],
    ['HF_TOKEN', 'hf_abcdefghijklmnopqrstuvwxyz', REDACTED],
    ['pad_token', '<pad>', '<pad>'],
    ['max_tokens', '4096', '4096'],
    ['SOME_VALUE', SECRET, REDACTED],
    ['LEAKED_ID', KEY_ID, 'AKIAIOSF************'],
    ['MODEL_DIR', '/opt/ml/model', '/opt/ml/model'],
    ['S3_URI', 's3://acme-data/train/2026/11/23/shard-00001-of-00064.tfrecord', 's3://acme-data/train/2026/11/23/shard-00001-of-00064.tfrecord'],
    ['EMPTY_SECRET', '', ''],
  ])('%s=%s', (name, value, expected) => {
    expect(redactSetting(name, value)).toBe(expected);
  });

  it('maps a whole record', () => {
    expect(redactSettings({ epochs: '10', github_token: 'ghp_0123456789abcdefghij' })).toEqual({ epochs: '10', github_token: REDACTED });
  });
});

describe('redactDeep', () => {
  it('masks credentials in every string of a policy document, and nothing that only looks like a label', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Sid: `leaked ${KEY_ID}`, Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-password-AbCdEf' },
        { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { StringNotLike: { 'aws:userid': ['AROAEXAMPLEROLEID1234:*'], note: [`aws_secret_access_key=${SECRET}`] } } },
      ],
    };
    const out = redactDeep(policy);
    expect(out.Statement[0]?.Sid).toBe('leaked AKIAIOSF************');
    expect(out.Statement[0]?.Resource).toBe(policy.Statement[0]?.Resource);
    expect(out.Statement[1]?.Condition?.StringNotLike['aws:userid']).toEqual(['AROAEXAMPLEROLEID1234:*']);
    expect(out.Statement[1]?.Condition?.StringNotLike.note).toEqual([`aws_secret_access_key=${REDACTED}`]);
    expect(JSON.stringify(out)).not.toContain(SECRET);
  });

  it('keeps non-strings and keys as they are', () => {
    expect(redactDeep({ n: 1, b: true, z: null, list: [2, 'x'] })).toEqual({ n: 1, b: true, z: null, list: [2, 'x'] });
  });
});
