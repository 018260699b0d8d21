import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { stripLinePrefixes } from './line-prefixes';
import { causeOf } from '../test-support/text-readings';

// The seventy-ninth review (SageMaker's class and stage with details no text had shown), the eightieth (libraries' own
// message templates, wrapped as jobs show them) and the later ones: the structures their misses showed, each in the review's
// wording, in another, and at its limit.

const stamped = (lines: string[]) => lines.map((line, i) => `2024-05-16T04:21:0${i}.${String(i * 137).padStart(3, '0')}Z ${line}`).join('\n');

describe("a log viewer's timestamp keeps the line's own indentation", () => {
  it("takes the stamp and one separator, so a traceback's frames stay frames", () => {
    expect(stripLinePrefixes('2024-05-16T04:21:03.000Z   File "/opt/ml/code/x.py", line 9, in <module>\n2024-05-16T04:21:03.137Z     main()')).toBe(
      '  File "/opt/ml/code/x.py", line 9, in <module>\n    main()',
    );
    expect(stripLinePrefixes('2020-03-03 23:14:04,658 ERROR boom')).toBe('ERROR boom');
    expect(stripLinePrefixes('2024-07-25T15:47:57.615Z | /opt/ml/code/run.sh: line 2: x: not found')).toBe('/opt/ml/code/run.sh: line 2: x: not found');
  });
});

describe("s3fs's refusal, read by the call its frames name", () => {
  const writeFrames = [
    '  File "/opt/ml/code/batch_score.py", line 97, in <module>',
    "    preds.to_parquet('s3://acme-ml-artifacts/predictions/run-81.parquet')",
    '  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 2268, in _upload_chunk',
    '    self.fs.call_s3(',
    '  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 362, in _call_s3',
    '    raise err',
    'PermissionError: Access Denied',
  ];
  it('reads a write refused under CloudWatch stamps as the output, as it does without them', () => {
    expect(causeOf(stamped(writeFrames))).toBe('s3-write');
    expect(causeOf(writeFrames.join('\n'))).toBe('s3-write');
  });

  it("reads s3fs's HEAD and list frames as the input's read", () => {
    const frames = (call: string) =>
      stamped([
        `  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 1374, in ${call}`,
        '    out = await self._call_s3(',
        '  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 362, in _call_s3',
        '    raise err',
        'PermissionError: Access Denied',
      ]);
    expect(causeOf(frames('_info'))).toBe('s3-read');
    expect(causeOf(frames('_lsdir'))).toBe('s3-read');
    // Its own call frame alone names no operation: the denial stays the action's unknown family.
    expect(causeOf(frames('_call_s3'))).toBe('other-permission');
  });
});

describe('credentials botocore refreshed and found still expired', () => {
  it('reads them as expired credentials, in the toolkit report too', () => {
    expect(causeOf('RuntimeError: Credentials were refreshed, but the refreshed credentials are still expired.')).toBe('expired-credentials');
    expect(causeOf('AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "RuntimeError: Credentials were refreshed, but the refreshed credentials are still expired."')).toBe('expired-credentials');
    expect(causeOf('RuntimeError: Credentials were refreshed, and the refreshed credentials are valid')).toBe('user-code');
  });
});

describe('an explicit deny the role cannot be granted past', () => {
  const summaryOf = (text: string) => classifyText({ failureReason: text }).summary;
  const denied = (type: string) =>
    `User: arn:aws:sts::381492650117:assumed-role/prod-ml-exec/SageMaker is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:eu-west-1:381492650117:repository/trainer with an explicit deny in a ${type}`;
  it("tells who must lift a resource control policy's, an identity policy's or a session policy's deny, not to grant the action", () => {
    expect(summaryOf(denied('resource control policy'))).toMatch(/explicit deny in a resource control policy blocks it; ask the organization's administrators/);
    expect(summaryOf(denied('identity-based policy'))).toMatch(/remove or narrow the deny statement/);
    expect(summaryOf(denied('session policy'))).toMatch(/session policy that denies it/);
    for (const type of ['resource control policy', 'identity-based policy', 'session policy']) expect(summaryOf(denied(type))).not.toMatch(/grant the/);
  });

  it('still says to grant an action no policy allows', () => {
    expect(summaryOf(denied('identity-based policy').replace('with an explicit deny in', 'because no'))).toMatch(/let the role pull the image|grant/);
  });
});

describe("a full disk under SageMaker's image stage", () => {
  it('reads the disk, not the registry: the stage says where, the disk says why', () => {
    expect(causeOf('ClientError: Failed to pull training image 381492650117.dkr.ecr.us-east-1.amazonaws.com/llm-trainer:cu124: write /var/lib/docker/tmp/GetImageBlob381924: no space left on device')).toBe('disk-space');
    expect(causeOf('ClientError: Failed to pull algorithm image 381492650117.dkr.ecr.us-east-1.amazonaws.com/trainer:1: no space left on device')).toBe('disk-space');
    expect(causeOf('ClientError: Failed to pull training image 381492650117.dkr.ecr.us-east-1.amazonaws.com/llm-trainer:cu124: not found')).toBe('ecr');
  });
});

describe("torch.hub's download named by the script's own call", () => {
  const call = '  File "train.py", line 22, in <module>\n    backbone = torch.hub.load("facebookresearch/dinov2", "dinov2_vitb14")';
  it("reads GitHub's refusal of its lookup as the model download, also quoted in the toolkit's ErrorMessage", () => {
    expect(causeOf(`AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "urllib.error.HTTPError: HTTP Error 403: rate limit exceeded"\n${call}`)).toBe('model-download');
    expect(causeOf(`Traceback (most recent call last):\n${call}\nurllib.error.HTTPError: HTTP Error 403: Forbidden`)).toBe('model-download');
  });

  it('leaves a failure after the call that is no refused download to its own reading', () => {
    expect(causeOf(`Traceback (most recent call last):\n${call}\nKeyError: 'dinov2_vitb14'`)).toBe('user-code');
  });
});

describe('a role SageMaker names by its use and could not assume', () => {
  it("reads the execution role's trust, named as SageMaker's or as an IAM role", () => {
    expect(causeOf('ClientError: Unable to reuse the retained warm pool cluster: SageMaker could not assume execution role arn:aws:iam::381492650117:role/sm-train-exec (sts:AssumeRole was denied). Check the role\'s trust relationship.')).toBe('trust-policy');
    expect(causeOf('ValidationException: Unable to assume IAM role arn:aws:iam::381492650117:role/sm-train-exec')).toBe('trust-policy');
  });
});

describe("a file in the job's input the reader could not make out", () => {
  const pil = (path: string) =>
    [
      '  File "/opt/conda/lib/python3.10/site-packages/PIL/Image.py", line 3339, in open',
      '    raise UnidentifiedImageError(msg)',
      `PIL.UnidentifiedImageError: cannot identify image file <_io.BufferedReader name='${path}'>`,
    ].join('\n');
  it("reads it as the input data, under the input's mount only", () => {
    expect(causeOf(pil('/opt/ml/input/data/train/class_07/IMG_88213.jpg'))).toBe('data');
    expect(causeOf("UnicodeDecodeError: failed to decode /opt/ml/processing/input/raw/part-0001.csv: invalid start byte")).toBe('data');
    // The code's own file (its assets, a cache) is not the input.
    expect(causeOf(pil('/opt/ml/code/assets/logo.png'))).not.toBe('data');
  });
});

describe("torch.distributed's elastic agent stopped from outside", () => {
  const stop = (signal: string) =>
    stamped([
      'WARNING:torch.distributed.elastic.agent.server.api:Received 15 death signal, shutting down workers',
      'WARNING:torch.distributed.elastic.multiprocessing.api:Sending process 88 closing signal SIGTERM',
      `torch.distributed.elastic.multiprocessing.api.SignalException: Process 71 got signal: ${signal}`,
    ]);
  it("reads SIGTERM's exception as no failure of the code's, and leaves other signals to their readings", () => {
    expect(causeOf(stop('15'))).toBe('unknown');
    expect(causeOf(stop('2'))).toBe('unknown');
    expect(causeOf(stop('6'))).not.toBe('unknown');
  });

  it("keeps an error of the code's beside it", () => {
    expect(causeOf(`${stop('15')}\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nValueError: bad shape`)).toBe('user-code');
  });
});

describe("the image stage with a detail of another cause (the eighty-second review)", () => {
  const pull = (detail: string) => `ClientError: Failed to pull training image 204455667788.dkr.ecr.us-east-1.amazonaws.com/sweep-train:latest: ${detail}`;
  it("reads ECR's rate and the registry's own server error by the detail", () => {
    expect(causeOf(pull('ThrottlingException: Rate exceeded'))).toBe('throttling');
    expect(causeOf(pull('received unexpected HTTP status: 500 Internal Server Error'))).toBe('internal');
    expect(causeOf(pull('received unexpected HTTP status: 503 Service Unavailable'))).toBe('internal');
  });

  it("keeps the image's own refusals the image's", () => {
    expect(causeOf(pull('not found'))).toBe('ecr');
    expect(causeOf(pull('received unexpected HTTP status: 403 Forbidden'))).toBe('ecr');
  });
});

describe('the eighty-first review of these mends (adversarial)', () => {
  const agentTraceback = (signal: string) =>
    [
      'WARNING:torch.distributed.elastic.agent.server.api:Received 15 death signal, shutting down workers',
      'Traceback (most recent call last):',
      '  File "/opt/conda/bin/torchrun", line 33, in <module>',
      "    sys.exit(load_entry_point('torch==2.3.0', 'console_scripts', 'torchrun')())",
      '  File "/opt/conda/lib/python3.10/site-packages/torch/distributed/elastic/multiprocessing/api.py", line 79, in _terminate_process_handler',
      '    raise SignalException(f"Process {os.getpid()} got signal: {sigval}", sigval=sigval)',
      `torch.distributed.elastic.multiprocessing.api.SignalException: Process 71 got signal: ${signal}`,
    ].join('\n');
  it("reads the agent's own traceback for a stop from outside as no failure of the code's, SIGQUIT too", () => {
    expect(causeOf(agentTraceback('15'))).toBe('unknown');
    expect(causeOf(agentTraceback('3'))).toBe('unknown');
  });

  it("keeps a rank's own exception above it the code's", () => {
    const rank = '[rank1]: Traceback (most recent call last):\n[rank1]:   File "/opt/ml/code/train.py", line 101, in <module>\n[rank1]:     ids = batch["input_ids"]\n[rank1]: KeyError: \'input_ids\'';
    expect(causeOf(`${rank}\n${agentTraceback('15')}`)).toBe('user-code');
  });

  const s3fsFrames = (call: string) =>
    [
      'Traceback (most recent call last):',
      '  File "/opt/ml/code/train.py", line 132, in <module>',
      '    pickle.dump(model, f)',
      `  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 2268, in ${call}`,
      '    self.fs.call_s3(',
      '  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 362, in _call_s3',
      '    raise err',
      'PermissionError: Access Denied',
    ].join('\n');
  it("reads s3fs's write and GET frames without another verb in the text", () => {
    expect(causeOf(s3fsFrames('_upload_chunk'))).toBe('s3-write');
    expect(causeOf(s3fsFrames('_put_file'))).toBe('s3-write');
    expect(causeOf(s3fsFrames('_get_file'))).toBe('s3-read');
  });

  it("reads torch.hub's lookup of a repository on GitHub's API as the model download", () => {
    const text = [
      'Traceback (most recent call last):',
      '  File "/opt/ml/code/pick_backbone.py", line 11, in <module>',
      '    print(torch.hub.list("pytorch/vision:v0.17.2"))',
      '  File "/opt/conda/lib/python3.10/site-packages/torch/hub.py", line 181, in _validate_not_a_forked_repo',
      '    response = json.loads(_read_url(Request(url, headers=headers)))',
      'urllib.error.HTTPError: HTTP Error 403: rate limit exceeded',
    ].join('\n');
    expect(causeOf(text)).toBe('model-download');
  });

  it("reads a role said failed to be assumed, the job's execution role too", () => {
    expect(causeOf("ClientError: Failed to assume the job's execution role arn:aws:iam::381492650117:role/sm-exec. Check its trust policy.")).toBe('trust-policy');
    expect(causeOf('ClientError: Failed to assume role arn:aws:iam::381492650117:role/sm-exec: An error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired')).toBe('expired-credentials');
  });

  it("reads a processing job's input the reader could not decode, and not its code bundle", () => {
    expect(causeOf('RuntimeError: Failed to decode image /opt/ml/processing/input/images/cat_0193.jpg')).toBe('data');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/processing/input/code/run.py", line 8, in <module>\nyaml.YAMLError: failed to parse /opt/ml/processing/input/code/pipeline.yaml')).not.toBe('data');
  });

  it("takes a full disk over the pull only on the pull's own line", () => {
    expect(causeOf('ClientError: Failed to pull training image 381492650117.dkr.ecr.us-east-1.amazonaws.com/trainer:1: not found\nWARNING: no space left on device for the layer cache')).toBe('ecr');
  });

  it('says who lifts an explicit deny whatever its policy, and never to grant past it', () => {
    const summaryOf = (text: string) => classifyText({ failureReason: text }).summary;
    const request = 'User: arn:aws:sts::381492650117:assumed-role/prod-ml-exec/SageMaker is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bkt/train/x.csv';
    expect(summaryOf(`${request} with an explicit deny`)).toMatch(/find the statement that explicitly denies it/);
    expect(summaryOf(`${request} because no resource control policy allows the s3:GetObject action`)).toMatch(/organization's administrators/);
    expect(summaryOf(`${request} with an explicit deny in an identity-based policy`)).toMatch(/explicit deny in an identity-based policy blocks it/);
    const key = 'User: arn:aws:sts::381492650117:assumed-role/prod-ml-exec/SageMaker is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:381492650117:key/1234abcd-12ab-34cd-56ef-1234567890ab with an explicit deny in a resource-based policy';
    expect(summaryOf(key)).toMatch(/explicit deny in a key policy blocks it; ask the key's administrators/);
    for (const text of [`${request} with an explicit deny`, key]) expect(summaryOf(text)).not.toMatch(/; (?:grant|let) the/);
  });
});

describe('the eighty-third review (the serving stack) and what the eighty-first left', () => {
  it("reads an input file whose format the reader does not know, named before its words", () => {
    expect(causeOf("soundfile.LibsndfileError: Error opening '/opt/ml/input/data/train/clip_0007.wav': Format not recognised.")).toBe('data');
    expect(causeOf("soundfile.LibsndfileError: Error opening '/opt/ml/code/assets/beep.wav': Format not recognised.")).not.toBe('data');
  });

  it("reads numpy's report of rows with the wrong column count as the data, under a container's 500 too", () => {
    expect(causeOf('ValueError: Some errors were detected !\n    Line #3 (got 5 columns instead of 7)')).toBe('data');
    expect(causeOf('Received server error (500) from primary with message "Some errors were detected !\n    Line #3 (got 5 columns instead of 7)\n"')).toBe('data');
  });

  it("reads a client that stopped waiting as nothing failed, and a failed state as what it says", () => {
    expect(causeOf('sagemaker_core.main.exceptions.TimeoutExceededError: Timeout exceeded while waiting for Endpoint. Final Resource State: Creating. Increase the timeout and try again.')).toBe('unknown');
    expect(causeOf('sagemaker_core.main.exceptions.TimeoutExceededError: Timeout exceeded while waiting for TrainingJob.\nResourceLimitExceeded: The account-level service limit \'ml.p4d.24xlarge for training job usage\' is 0 Instances')).toBe('quota');
  });
});

describe('the eighty-fourth review (training-side libraries and containers)', () => {
  it("reads YARN's kill for a memory limit it names physical or virtual", () => {
    expect(causeOf('ERROR YarnScheduler: Lost executor 7 on algo-2: Container killed by YARN for exceeding physical memory limits. 12.5 GB of 12 GB physical memory used.')).toBe('out-of-memory');
  });

  it("reads the job's input found empty by what reads it, and not the code bundle", () => {
    expect(causeOf('AlgorithmError: Algorithm Error: (caused by ValueError): error preparing for spark submit: Found zero files in /opt/ml/processing/input/data')).toBe('data');
    expect(causeOf('ValueError: found no files in /opt/ml/processing/input/code/')).not.toBe('data');
  });

  it("reads efs-utils' missing credentials for an IAM mount", () => {
    expect(causeOf('mount.efs: AWS Access Key ID and Secret Access Key are not found in AWS credentials file (/root/.aws/credentials), config file (/root/.aws/config), from ECS credentials relative uri, or from the instance security credentials service')).toBe('expired-credentials');
  });

  it("reads aws-ofi-nccl's security-group banner over NCCL's error below it", () => {
    const banner = [
      'NCCL WARN NET/OFI Request 0x7f3a2c0c8e40 (send) completed with error: err: 113, strerror: Destination address unreachable',
      '* This error indicates that the security group on either this instance or the peer instance',
      '* is not setup correctly.',
      '[rank28]: torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, remote process exited or there was a network error',
    ].join('\n');
    expect(causeOf(banner)).toBe('vpc');
    expect(causeOf(banner.split('\n').filter((l) => !l.startsWith('*')).join('\n'))).not.toBe('vpc');
  });
});
