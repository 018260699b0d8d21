import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// The hundred-and-fifth review (against the hundred-and-first to hundred-and-fourth's mends), the hundred-and-sixth (AWS's own
// pages), the hundred-and-seventh (the ML libraries' threads) and the hundred-and-eighth (guardrail denials in every form): the
// structures their misses showed, each in the review's wording, in another, and at its limit.

describe("S3's other action prefixes: S3 Express One Zone's session and S3 Object Lambda's access points", () => {
  const denial = (action: string, resource: string, why = 'because no identity-based policy allows the') =>
    `User: arn:aws:sts::418295736104:assumed-role/sm-exec/SageMaker is not authorized to perform: ${action} on resource: "${resource}" ${why} ${action} action`;

  it("reads a directory bucket's session refused by the stage that needed it", () => {
    expect(causeOf(`ClientError: Data download failed:AccessDenied (403): ${denial('s3express:CreateSession', 'arn:aws:s3express:us-east-1:418295736104:bucket/train--use1-az4--x-s3')}`)).toBe('s3-read');
    expect(causeOf(`ClientError: Artifact upload failed:AccessDenied (403): ${denial('s3express:CreateSession', 'arn:aws:s3express:us-east-1:418295736104:bucket/out--use1-az4--x-s3')}`)).toBe('s3-write');
  });

  it("reads the directory bucket's own policy as the bucket policy", () => {
    expect(causeOf(`ClientError: Data download failed:AccessDenied (403): ${denial('s3express:CreateSession', 'arn:aws:s3express:us-east-1:418295736104:bucket/train--use1-az4--x-s3', 'because no resource-based policy allows the')}`)).toBe('bucket-policy');
  });

  it('leaves a session refused outside any S3 stage to the other permissions', () => {
    expect(causeOf(`botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the CreateSession operation: ${denial('s3express:CreateSession', 'arn:aws:s3express:us-east-1:418295736104:bucket/train--use1-az4--x-s3')}`)).toBe('other-permission');
  });

  it("reads an Object Lambda access point's object calls by their direction", () => {
    expect(causeOf(`botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: ${denial('s3-object-lambda:GetObject', 'arn:aws:s3-object-lambda:us-east-1:418295736104:accesspoint/redact-pii')}`)).toBe('s3-read');
    expect(causeOf(`botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: ${denial('s3-object-lambda:PutObject', 'arn:aws:s3-object-lambda:us-east-1:418295736104:accesspoint/redact-pii')}`)).toBe('s3-write');
  });
});

describe("pip's retries answered by an earlier run's success", () => {
  const retry = (pkg: string, left: number) =>
    `WARNING: Retrying (Retry(total=${left}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f3b2c1d5e80>, 'Connection to pypi.org timed out. (connect timeout=15)')': /simple/${pkg}/`;

  it('reads a later install that ran out of retries as the network, whatever an earlier one installed', () => {
    const log = [
      '/opt/conda/bin/python3.10 -m pip install -r requirements.txt',
      retry('accelerate', 4),
      'Collecting accelerate==0.27.2',
      'Successfully installed accelerate-0.27.2',
      '2024-02-20 10:05:12,430 sagemaker-training-toolkit INFO     Invoking user script',
      ...[4, 3, 2, 1, 0].map((left) => retry('flash-attn', left)),
      'ERROR: Could not find a version that satisfies the requirement flash-attn (from versions: none)',
      'ERROR: No matching distribution found for flash-attn',
    ].join('\n');
    expect(causeOf(log)).toBe('vpc');
  });
});

describe("the other ranks' connections that never came, and an index that never answered", () => {
  it("reads PyTorch's older store barrier timing out on its workers as the network", () => {
    expect(causeOf('RuntimeError: Timed out initializing process group in store based barrier on rank: 0, for key: store_based_barrier_key:1 (world_size=16, worker_count=8, timeout=0:30:00)')).toBe('vpc');
  });

  it("reads conda's HTTP 000 as a connection that got no answer", () => {
    expect(causeOf('Collecting package metadata (repodata.json): failed\n\nCondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/repodata.json>\nElapsed: -\n\nAn HTTP error occurred when trying to retrieve this URL.')).toBe('vpc');
  });

  it("leaves conda's answered request (a status the server gave) to the status's reading", () => {
    expect(causeOf("CondaHTTPError: HTTP 404 NOT FOUND for url <https://conda.anaconda.org/my-channel/linux-64/repodata.json>\nElapsed: 00:00.131421")).not.toBe('vpc');
  });
});

describe("a post that quotes an earlier error under '>' and names the current one in its prose", () => {
  it("reads the writer's sentence whole, the quoted error left quoted", () => {
    expect(causeOf('Update: the earlier error\n\n> ClientError: Given label size mismatched with prediction size. Please ensure the first column is label and the correct metric is applied.\n\nwas fixed by moving the label to the first column. Now the job fails with AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "ModuleNotFoundError: No module named \'lightning\'"')).toBe('user-code');
  });
});
