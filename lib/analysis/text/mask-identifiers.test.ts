import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { ALL_FIXTURES } from '../test-support/all-fixtures';
import { maskIdentifiers, originalOf } from './mask-identifiers';

const FIXTURES = ALL_FIXTURES;

const causeOf = (text: string) => classifyText({ failureReason: text }).cause;

// Words that decide a cause when a text says them, chosen to be what a team might call a bucket, a
// role or a hyperparameter: a job that reproduces an OOM, a bucket for encrypted data.
const CAUSE_WORDS = ['oom-repro', 'kms-encrypted', 'ecr-image-pull', 'vpc-endpoint', 'access-denied', 'throttling-test', 'disk-full', 'nccl-timeout', 'capacity-error', 'quota-limit', 'expired-token', 'not-found', 'killed', 'scp-deny'];

/** Every S3 name, ARN resource and command option of the text renamed to hold `word`. */
function renamed(text: string, word: string): string {
  return text
    .replace(/s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/g, `s3://${word}-bucket`)
    .replace(/arn:aws:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/g, `arn:aws:s3:::${word}-bucket`)
    .replace(/(:(?:role|assumed-role)\/)[\w+=,.@-]{1,64}/g, `$1${word.replace(/-/g, '')}Role`)
    .replace(/(Command \\?"[^"\n\\]{0,300}? )--[\w-]{1,40}/g, `$1--${word}`);
}

describe('maskIdentifiers', () => {
  it('blanks S3 names and ARN resources and keeps their shapes and the length', () => {
    const text = 'User: arn:aws:sts::111122223333:assumed-role/OomRole/SageMaker is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::kms-data/train/a.csv" (s3://kms-data/train/a.csv)';
    const masked = maskIdentifiers(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain('arn:aws:sts::111122223333:assumed-role/xxxxxxx/xxxxxxxxx');
    expect(masked).toContain('"arn:aws:s3:::xxx-xxxx/xxxxx/x.xxx"');
    expect(masked).toContain('(s3://xxx-xxxx/xxxxx/x.xxx)');
    expect(masked).toContain('is not authorized to perform: s3:GetObject on resource:');
  });

  it("keeps an ARN's service, region, account and resource type", () => {
    expect(maskIdentifiers('arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab')).toBe('arn:aws:kms:eu-west-1:111122223333:key/0000xxxx-00xx');
    expect(maskIdentifiers('arn:aws-cn:iam::111122223333:role/service-role/R1')).toBe('arn:aws-cn:iam::111122223333:role/xxxxxxx-xxxx/x0');
  });

  it("blanks the options of the toolkit's command, not the program, the script or what follows the quote", () => {
    const text = 'ExecuteUserScriptError:\nExitCode 1\nErrorMessage "MemoryError"\nCommand "/usr/bin/python3 train.py --bucket oom-repro --lr 0.1", exit code: 1';
    const masked = maskIdentifiers(text);
    expect(masked).toContain('Command "/usr/bin/python3 train.py --xxxxxx xxx-xxxxx --xx 0.0", exit code: 1');
    expect(masked).toContain('ErrorMessage "MemoryError"');
    expect(maskIdentifiers('Command "pip install -r requirements.txt"')).toBe('Command "pip install -x xxxxxxxxxxxx.xxx"');
  });

  it('leaves a text without names as it is', () => {
    const text = 'AlgorithmError: CUDA out of memory. Tried to allocate 20.00 MiB (command line too long)';
    expect(maskIdentifiers(text)).toBe(text);
  });

  it('maps an excerpt of the masked text back to the words as written', () => {
    const text = 'Unable to download s3://oom/a (AccessDenied)';
    const masked = maskIdentifiers(text);
    expect(originalOf('download s3://xxx/x', masked, text)).toBe('download s3://oom/a');
    expect(originalOf('not there', masked, text)).toBe('not there');
  });
});

describe('a name that holds a cause word does not decide the cause', () => {
  it.each([
    ['an S3 download from a bucket named for KMS', 'ClientError: Data download failed:Unable to download object s3://team-kms-encrypted/train/x.csv (AccessDenied: Access Denied)', 's3-read'],
    ['an upload to a bucket named for KMS', 'upload failed: ./m to s3://kms-models/out/m A client error (AccessDenied) occurred when calling the PutObject operation: Access Denied', 's3-write'],
    ['an OOM hyperparameter of a script that failed', 'AlgorithmError: ExecuteUserScriptError: Command "/usr/bin/python3 train.py --bucket oom-repro" exit status 1', 'user-code'],
    ['a missing object under a prefix named for OOM', 'ClientError: No S3 objects found under S3 URL "s3://ml-data/oom-runs/train/" given in input data source.', 'data'],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  // A local path is not masked (the input's and the code's places are read by it), so the OOM
  // reading itself reads the initials only where they stand alone.
  it.each([
    ['a config file named for the OOM it reproduces', "FileNotFoundError: [Errno 2] No such file or directory: '/opt/ml/code/configs/oom-test.yaml'", 'user-code'],
    ['a run directory', 'ValueError: unknown run oom/ in config', 'user-code'],
    ['a job name ending in oom', 'AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "KeyError: \'lr\'" for bert-oom', 'user-code'],
  ])('a path or name holding "oom": %s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    'The training job was killed due to OOM.',
    'OOM when allocating tensor with shape[32,1024,1024]',
    'Last State: Terminated\n  Reason: OOMKilled',
    'python invoked oom-killer: gfp_mask=0x100cca',
    'worker 3 was OOM-killed',
  ])('the initials standing alone are still the memory: %s', (text) => {
    expect(causeOf(text)).toBe('out-of-memory');
  });

  it('still reads the words outside the names', () => {
    expect(causeOf('AlgorithmError: ExecuteUserScriptError:\nExitCode 137\nErrorMessage "OOM"\nCommand "/usr/bin/python3 train.py --bucket ok", exit code: 137')).toBe('out-of-memory');
    expect(causeOf('ClientError: Data download failed: AccessDenied: KMS key arn:aws:kms:us-east-1:111122223333:key/abc is disabled')).toBe('kms');
  });

  // Every real text keeps its reading when its buckets, roles and options are renamed to hold a word
  // another cause is read by.
  it.each(CAUSE_WORDS)('over every fixture, with names holding %s', (word) => {
    const changed = FIXTURES.flatMap((f) => {
      const text = renamed(f.text, word);
      return text !== f.text && causeOf(text) !== causeOf(f.text) ? [`${f.id}: ${causeOf(f.text)} -> ${causeOf(text)}`] : [];
    });
    expect(changed).toEqual([]);
  });
});

describe('originalOf, for an excerpt a reading put together', () => {
  const original = 'Received client error (424) from s3://kms-bucket/m with message "{ "error": "Input payload must contain a \'inputs\' key" }"';
  const masked = maskIdentifiers(original);
  it('maps each span of a joined excerpt', () => {
    const head = masked.slice(0, masked.indexOf(' with'));
    expect(originalOf(`${head} … must contain`, masked, original)).toBe('Received client error (424) from s3://kms-bucket/m … must contain');
  });

  it('maps a span whose spaces were collapsed', () => {
    const text = 'cannot copy sequence with size 785\n   to array axis s3://oom-x/y';
    expect(originalOf('to array axis s3://xxx-x/x', maskIdentifiers(text), text)).toBe('to array axis s3://oom-x/y');
    expect(originalOf('size 785 to array axis s3://xxx-x/x', maskIdentifiers(text), text)).toBe('size 785 to array axis s3://oom-x/y');
  });
});

describe('the S3 name ends where a glued sentence starts', () => {
  it('reads the sentence after the key and keeps the key the request named', () => {
    const diagnosis = classifyText({ failureReason: 'ClientError: Data download failed:Could not download s3://bucket/train.csv.Access Denied' });
    expect(diagnosis.cause).toBe('s3-read');
    expect(diagnosis.deniedRequest?.resource).toBe('arn:aws:s3:::bucket/train.csv');
    expect(maskIdentifiers('s3://b/model.tar.gz')).toBe('s3://x/xxxxx.xxx.xx');
  });

  it("keeps the module a command ran with -m", () => {
    expect(maskIdentifiers('Command "/opt/conda/bin/python3.9 -m pip install -r requirements.txt"')).toBe('Command "/opt/conda/bin/python3.9 -m pip install -x xxxxxxxxxxxx.xxx"');
  });
});
