import { describe, expect, it } from 'vitest';
import { REDACTED, redactSetting, redactSettings, redactText } from './redact';

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
