import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { causeOf } from '../test-support/text-readings';

// An independent review (after round 28) built texts a user could paste in which a broad reading, not
// one round's, gave a confident wrong cause: a warning, a launcher's clean-up line or another stage's
// status line elsewhere in a pasted log outranked the real error. Each reading below was narrowed to
// what its words say; each case is one of the review's texts or its shape in other words.

const FIT_STATUS = [
  '2023-10-16 12:02:30 Downloading - Downloading input data...',
  '2023-10-16 12:03:00 Downloading - Downloading the training image...',
  '2023-10-16 12:05:40 Training - Training image download completed. Training in progress.',
].join('\n');
const s3fsDenied = (call: string) =>
  ['Traceback (most recent call last):', '  File "/opt/ml/code/train.py", line 30, in <module>', `    ${call}`, '  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 140, in _error_wrapper', '    raise err', 'PermissionError: Access Denied'].join('\n');

describe("a bare denial's stage is read near it, not anywhere in the log", () => {
  it.each([
    ["the SDK's status lines before a script's denied read", `${FIT_STATUS}\n${s3fsDenied('df = pd.read_parquet("s3://my-bucket/features/train.parquet")')}`, 's3-read'],
    ['a sharded checkpoint load before a denied read', `Loading checkpoint shards: 100%|##########| 2/2 [00:05<00:00,  2.50s/it]\n${s3fsDenied('df = pd.read_csv("s3://my-bucket/features/train.csv")')}`, 's3-read'],
    ["the SDK's status lines before a denied write", `${FIT_STATUS}\n${s3fsDenied('df.to_parquet("s3://my-bucket/out/pred.parquet")')}`, 's3-write'],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it("still reads SageMaker's stage phrase on the denial's own line, and the traceback printed after the error", () => {
    expect(causeOf('ClientError: Artifact upload failed:Insufficient permissions to upload model artifacts')).toBe('s3-write');
    expect(causeOf('ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied')).toBe('s3-read');
    expect(causeOf('[ERROR] PermissionError: Access Denied\nTraceback (most recent call last):\n  File "/var/task/h.py", line 3, in f\n    r = pd.read_parquet(s3_path)')).toBe('s3-read');
  });
});

describe('a signal or an allocation the text does not say killed the job', () => {
  const keyError = 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 61, in main\n    labels = batch["label"]\nKeyError: \'label\'';
  it("torch elastic's SIGKILL of the other ranks after one failed is not the memory", () => {
    const text = `${keyError}\nWARNING:torch.distributed.elastic.multiprocessing.api:Sending process 213 closing signal SIGTERM\nWARNING:torch.distributed.elastic.multiprocessing.api:Unable to shutdown process 213 via Signals.SIGTERM, forcefully exiting via Signals.SIGKILL\nERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 1) local_rank: 0 (pid: 212) of binary: /opt/conda/bin/python3.10`;
    expect(causeOf(text)).toBe('user-code');
  });

  it('a SIGKILL received is still the memory', () => {
    expect(causeOf('Signal 9 (SIGKILL) received by PID 1234')).toBe('out-of-memory');
    expect(causeOf('RuntimeError: DataLoader worker (pid 77) is killed by signal: Killed. SIGKILL')).toBe('out-of-memory');
  });

  it("TensorFlow's allocator warning that is not a failure does not outrank the error after it", () => {
    const text = `2023-05-02 10:11:12.123456: W tensorflow/core/common_runtime/bfc_allocator.cc:290] Allocator (GPU_0_bfc) ran out of memory trying to allocate 2.26GiB with freed_by_count=0. The caller indicates that this is not a failure, but may mean that there could be performance gains if more memory were available.\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 142, in <module>\n    model.fit(train_ds)\nValueError: Shapes (None, 1) and (None, 10) are incompatible`;
    expect(causeOf(text)).toBe('user-code');
    expect(causeOf('ResourceExhaustedError: OOM when allocating tensor with shape[8192,8192] and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc')).toBe('out-of-memory');
    expect(causeOf('Allocator (GPU_0_bfc) ran out of memory trying to allocate 2.26GiB.')).toBe('out-of-memory');
  });

  it("YARN's kill of a Spark container over its memory limit is the memory", () => {
    const text = 'org.apache.spark.SparkException: Job aborted due to stage failure: ExecutorLostFailure (executor 3 exited caused by one of the running tasks) Reason: Container killed by YARN for exceeding memory limits.  12.4 GB of 12 GB physical memory used. Consider boosting spark.yarn.executor.memoryOverhead.';
    expect(causeOf(text)).toBe('out-of-memory');
  });

  it("a native library TensorFlow reports it could not load, and goes on without, is not the failure", () => {
    const warning = "W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'libcudart.so.11.0'; dlerror: libcudart.so.11.0: cannot open shared object file: No such file or directory";
    expect(causeOf(`${warning}\nUnexpectedStatusException: Error for Training job x: Failed. Reason: ClientError: Artifact upload failed:Error 5: Received a failed archive status.`)).toBe('unknown');
    expect(causeOf("Could not load dynamic library 'libnvinfer-plugin.so.7'; dlerror: libnvinfer-plugin.so.7: cannot open shared object file")).toBe('unknown');
    expect(causeOf('ImportError: libcudart.so.9.0: cannot open shared object file: No such file or directory')).toBe('user-code');
  });
});

describe('an invocation read timed out is the model taking too long, not the network', () => {
  it.each([
    ['botocore', 'botocore.exceptions.ReadTimeoutError: Read timeout on endpoint URL: "https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/llama-2-13b-chat/invocations"'],
    ['urllib3', "urllib3.exceptions.ReadTimeoutError: AWSHTTPSConnectionPool(host='runtime.sagemaker.us-west-2.amazonaws.com', port=443): Read timed out. (read timeout=60)"],
  ])('%s', (_name, text) => {
    expect(causeOf(text)).not.toBe('vpc');
  });

  it('a connect timeout to the runtime, or a read timeout to another AWS API, is still the network', () => {
    expect(causeOf('botocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/x/invocations"')).toBe('vpc');
    expect(causeOf('botocore.exceptions.ReadTimeoutError: Read timeout on endpoint URL: "https://iam.amazonaws.com/"')).toBe('vpc');
  });
});

describe("an unexplained ClientError is read by its own line, not the log after it", () => {
  const env = 'Training Env:\n{ "channel_input_dirs": {"train": "/opt/ml/input/data/train"}, "hosts": ["algo-1"], "hyperparameters": {"epochs": 3}, "module_name": "train" }';
  it("the toolkit's dump of the hyperparameters does not make a validation error", () => {
    expect(causeOf(`${env}\nUnexpectedStatusException: Error for Training job pytorch-training-1: Failed. Reason: ClientError: Artifact upload failed:Error 5: Received a failed archive status.`)).toBe('unknown');
  });

  it('a hyperparameter the ClientError names is still validation', () => {
    expect(causeOf('ClientError: Hyperparameter num_round is required but not provided.')).toBe('validation');
  });
});

describe("a limit, a decoder or a 500 that is not the account's, the input's or AWS's", () => {
  it("a model server's message size over its limit is not a quota", () => {
    expect(causeOf('io.netty.handler.codec.CorruptedFrameException: Message size exceed limit: 6572143')).not.toBe('quota');
    expect(causeOf('Your request exceeds the vCPU limit for your account')).toBe('quota');
  });

  it.each([
    ['pip reading a requirements file saved as UTF-16', 'AlgorithmError: InstallRequirementsError: ExitCode 1 ErrorMessage "UnicodeDecodeError: \'utf-8\' codec can\'t decode byte 0xff in position 0: invalid start byte" Command "/opt/conda/bin/python3.9 -m pip install -r requirements.txt"'],
    ["setup.py reading its README under an ASCII locale", "File \"/tmp/pip-req-build/setup.py\", line 9, in <module>\n    long_description = f.read()\nUnicodeDecodeError: 'ascii' codec can't decode byte 0xe2 in position 1337: ordinal not in range(128)"],
    ["the code's own YAML configuration", 'yaml.parser.ParserError: while parsing a block mapping in "config.yaml", line 1, column 1'],
  ])('a decode or parse error outside the input (%s) is not the data', (_name, text) => {
    expect(causeOf(text)).not.toBe('data');
  });

  it('a decode or parse error of the input is still the data', () => {
    expect(causeOf('pandas.errors.ParserError: Error tokenizing data. C error: Expected 3 fields in line 5, saw 4')).toBe('data');
    expect(causeOf("UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 3131: invalid start byte")).toBe('data');
  });

  it.each([
    "openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error'}}",
    'werkzeug.exceptions.InternalServerError: 500 Internal Server Error: The server encountered an internal error',
  ])("another library's InternalServerError is not AWS's: %s", (text) => {
    expect(causeOf(text)).not.toBe('internal');
  });

  it("SageMaker's and botocore's InternalServerError are still AWS's", () => {
    expect(causeOf('InternalServerError: We encountered an internal error. Please try again.')).toBe('internal');
    expect(causeOf('botocore.errorfactory.InternalServerError: An error occurred (InternalServerError) when calling the CreateTrainingJob operation')).toBe('internal');
  });
});

// A second review, of the readings above, the log-noise readings and rounds 29 and 30.
describe('the second review', () => {
  it.each([
    ['a secret ECS could not retrieve from Secrets Manager', 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried.'],
    ['a secret from SSM whose call timed out', 'ResourceInitializationError: unable to pull secrets or registry auth: unable to retrieve secrets from ssm: service call has been retried 1 time(s): RequestCanceled: request context canceled caused by: context deadline exceeded'],
    ['registry auth kept in Secrets Manager', 'ResourceInitializationError: unable to pull secrets or registry auth: unable to get registry auth from asm: service call has been retried 3 time(s): AccessDeniedException: not authorized'],
  ])("ECS's preamble alone does not make the image the cause: %s", (_name, text) => {
    expect(causeOf(text)).not.toBe('ecr');
  });

  it("the registry's authorization that could not be had is still the image's", () => {
    expect(causeOf('ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): AccessDeniedException: User is not authorized')).toBe('ecr');
  });

  it.each([
    ['Docker Hub', 'Cannotpullcontainererror: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/username/repo:latest: failed to do request: Head "https://registry-1.docker.io/v2/username/repo/manifests/latest": dial tcp 44.205.64.79:443: i/o timeout'],
    ["ECR's layer bucket", 'CannotPullContainerError: failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com/abc": dial tcp 52.216.0.1:443: i/o timeout'],
    ["Docker's request that never got a connection", 'CannotPullContainerError: API error (500): Get https://111122223333.dkr.ecr.us-east-1.amazonaws.com/v2/: net/http: request canceled while waiting for connection'],
    ["Go's DNS lookup that timed out", 'CannotPullContainerError: Error response from daemon: Get "https://1234.dkr.ecr.us-east-1.amazonaws.com/v2/": dial tcp: lookup 1234.dkr.ecr.us-east-1.amazonaws.com on 10.0.0.2:53: read udp 10.0.1.5:43210->10.0.0.2:53: i/o timeout'],
  ])('an image pull whose connection failed (%s) is the network', (_name, text) => {
    expect(causeOf(text)).toBe('vpc');
  });

  it('a pull the registry refused is still the image', () => {
    expect(causeOf('CannotPullContainerError: pull access denied for myrepo, repository does not exist or may require docker login')).toBe('ecr');
  });

  it("PyTorch's rendezvous warning, to a peer or to the mapped loopback, is not the failure", () => {
    const keyError = 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 61, in main\n    labels = batch["label"]\nKeyError: \'label\'';
    expect(causeOf(`[W socket.cpp:601] [c10d] The client socket has failed to connect to [algo-1]:29500 (errno: 22 - Invalid argument).\n${keyError}`)).toBe('user-code');
    expect(causeOf(`The client socket has failed to connect to [::ffff:127.0.0.1]:29500 (errno: 99).\n${keyError}`)).toBe('user-code');
  });

  it("another API's 5xx answer is not the code's nor AWS's", () => {
    expect(causeOf("openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error'}}")).toBe('unknown');
  });

  it("a model server's relayed worker output is read though it is logged at INFO", () => {
    expect(causeOf('2022-08-25T01:58:21,510 [INFO ] W-9000-model_1.0-stdout MODEL_LOG - OSError: /opt/conda/lib/python3.8/site-packages/torchvision/_C.so: undefined symbol: _ZN3c106detail19maybe_wrap_dim_slowEllb')).toBe('user-code');
  });

  it('a value that is not a number is read with up to six frames of its headless traceback', () => {
    const frames = ['  File "train.py", line 40, in <module>', '    df = pd.read_csv(path)', ...Array.from({ length: 4 }, (_, i) => [`  File "/opt/conda/lib/python3.10/site-packages/pandas/io/m${i}.py", line ${i + 1}, in f${i}`, `    return f${i + 1}()`]).flat()];
    expect(causeOf(`${frames.join('\n')}\nValueError: could not convert string to float: 'male'`)).toBe('data');
  });

  it("a ClientError whose detail starts on the next line is read by that line", () => {
    expect(causeOf('Failed. Reason: ClientError: \nHyperparameter eta must be between 0 and 1')).toBe('validation');
  });
});

// A third review, of the INFO blanking, the connection readings' skips and round 31.
describe('the third review', () => {
  const mnist = [
    'Downloading http://yann.lecun.com/exdb/mnist/train-images-idx3-ubyte.gz',
    'Failed to download (trying next):',
    'HTTP Error 403: Forbidden',
    'Downloading https://ossci-datasets.s3.amazonaws.com/mnist/train-images-idx3-ubyte.gz',
  ].join('\n');

  it("a later denial is read after another server's HTTP 403 that the script went past", () => {
    const call = (line: string) => `Traceback (most recent call last):\n  File "train.py", line 80, in <module>\n    ${line}`;
    expect(causeOf(`${mnist}\n${call('s3.put_object(Bucket=b, Key=k, Body=data)')}\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`)).toBe('s3-write');
    expect(causeOf(`${mnist}\n${call('s3.download_file(b, k, f)')}\nbotocore.exceptions.ClientError: An error occurred (403) when calling the HeadObject operation: Forbidden`)).toBe('s3-read');
    const s3fs = '  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 140, in _error_wrapper\n    raise err\nPermissionError: Access Denied';
    expect(causeOf(`${mnist}\n${call('df.to_csv("s3://bucket/out/pred.csv")')}\n${s3fs}`)).toBe('s3-write');
    expect(causeOf('urllib.error.HTTPError: HTTP Error 403: Forbidden')).not.toMatch(/^s3-|other-permission/);
  });

  it.each([
    ['readiness', 'Warning  Unhealthy  2m  kubelet  Readiness probe failed: Get "http://10.1.100.59:8080/ping": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)'],
    ['liveness', 'Warning  Unhealthy  2m  kubelet  Liveness probe failed: Get "http://10.1.100.59:8080/ping": dial tcp 10.1.100.59:8080: i/o timeout'],
  ])("a kubelet's %s probe of the container is not the network", (_name, text) => {
    expect(causeOf(text)).not.toBe('vpc');
  });

  it("NCCL's WARN line is its report of the failure, not a retry", () => {
    expect(causeOf('algo-2:57:120 [0] NCCL WARN Connect to 10.0.1.5<43210> failed : Connection timed out')).toBe('vpc');
  });

  it("a skipped connection's words do not lend their line's hosts to a real one after it", () => {
    const text = 'WARN health: GET http://127.0.0.1:8080/ping: Connection timed out\na\nb\nc\nFATAL sync: PUT https://logs-collector.example.com/v1: Connection timed out';
    expect(causeOf(text)).toBe('vpc');
  });

  it('an S3 key ends at a dot before a capitalised word, not before capitals', () => {
    const diagnosis = classifyText({ failureReason: 'ClientError: Data download failed:Could not download s3://bucket/IMG_001.JPG (AccessDenied: Access Denied)' });
    expect(diagnosis.deniedRequest?.resource).toBe('arn:aws:s3:::bucket/IMG_001.JPG');
  });
});

// An experiment tracker's connection line logged on the way, then the script's own traceback: the traceback's
// exception ended the job (a leftover of the third review, read since).
describe("a library's connection line before a traceback that ends in another exception", () => {
  const script = (last: string) => `Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 10, in <module>\n    main()\n  File "/opt/ml/code/train.py", line 8, in main\n    run(cfg)\n${last}`;
  const wandb = "wandb: ERROR Failed to connect to api.wandb.ai: HTTPSConnectionPool(host='api.wandb.ai', port=443): Max retries exceeded with url: /graphql";

  it("is the script's failure, not the network", () => {
    expect(causeOf(`${wandb}\n${script("KeyError: 'layers'")}`)).toBe('user-code');
    expect(causeOf(`mlflow: Failed to connect to tracking server http://10.0.0.9:5000, retrying\n${script('ValueError: could not broadcast input array from shape (3,) into shape (4,)')}`)).not.toBe('vpc');
  });

  it.each([
    ["a connection's exception", 'requests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'api.wandb.ai\', port=443): Max retries exceeded'],
    ["a tracker's exception that says the connection failed", 'wandb.errors.CommError: Network error (ConnectionError), entering retry loop. Failed to connect'],
    ["botocore's endpoint exception", 'botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://s3.us-east-1.amazonaws.com/bucket"'],
    ['a time-out', 'socket.timeout: timed out'],
  ])('stays the network when the traceback ends in %s', (_name, last) => {
    expect(causeOf(`${wandb}\n${script(last)}`)).toBe('vpc');
  });

  it('stays the network when no traceback follows', () => {
    expect(causeOf(wandb)).toBe('vpc');
  });
});

// A fourth review, of the forms read today and round 32's readings (/work/notes/review-33.md's findings).
describe('the fourth review', () => {
  const log = (...lines: string[]) => lines.map((message) => ({ stream: 'job/algo-1-1700000000', message }));
  const traceback = [
    'Traceback (most recent call last):',
    '  File "/opt/ml/code/train.py", line 30, in <module>',
    '    main(args)',
    '  File "/opt/ml/code/train.py", line 12, in main',
    '    raise ValueError("batch size must be greater than 0")',
    'ValueError: batch size must be greater than 0',
  ];

  it.each([
    [
      'the FailureReason with the traceback in the log',
      {
        failureReason: 'AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "ValueError: batch size must be greater than 0"\nCommand "/opt/conda/bin/python3.10 train.py --batch-size 0", exit code: 1',
        logLines: log(...traceback),
      },
    ],
    ['the traceback in the log alone', { logLines: log(...traceback) }],
    ['a processing script\'s traceback pasted', { failureReason: 'Traceback (most recent call last):\n  File "/opt/ml/processing/input/code/preprocess.py", line 5, in <module>\n    raise ValueError("chunk size must be greater than 0")\nValueError: chunk size must be greater than 0' }],
    ["an exception's message going on over the next line", { failureReason: 'ValueError: Invalid hyperparameters:\nbatch size must be greater than 0 (got 0)' }],
  ])("a script's own check of a setting's bound is the code's, not the request's (%s)", (_name, text) => {
    expect(classifyText(text).cause).toBe('user-code');
  });

  it("a script's log line with a setting's bound is not the request refused", () => {
    expect(classifyText({ logLines: log('ERROR:root:batch size must be greater than 0') }).cause).not.toBe('validation');
    expect(classifyText({ logLines: log('batch size must be greater than 0') }).cause).not.toBe('validation');
  });

  it.each([
    ['the file system', 'Failed to save checkpoint: insufficient file system permissions on /opt/ml/checkpoints'],
    ['a directory written to', 'insufficient write permissions for /home/sagemaker-user/.cache/huggingface'],
    ['a driver', 'NVML: insufficient driver permissions to query GPU clocks; falling back to defaults'],
  ])("the container's own permissions are not a denied request (%s)", (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });

  it('a granting system named in capitals still is', () => {
    expect(causeOf('insufficient IAM permissions to call the operation')).toBe('other-permission');
  });

  it("a managed policy's ARN after 'to include' is not an action", () => {
    const diagnosis = classifyText({ failureReason: 'Please update the permissions of your execution role to include: arn:aws:iam::aws:policy/AmazonSageMakerFullAccess' });
    expect(diagnosis.deniedRequest?.action).toBeUndefined();
  });

  it.each([
    ["a client's warning that goes on", 'WARNING: response size exceeds limit of 6MB; streaming response'],
    ["an upload's single-PUT limit", 'Upload failed: request body size exceeds limit of 5 GB for a single PUT; use multipart upload'],
  ])('a size over its limit is not the record (%s)', (_name, text) => {
    expect(causeOf(text)).not.toBe('data');
  });

  it("SageMaker's pointer to the logs is not a denied log write, with a denial on the next line", () => {
    const ping = 'The primary container for production variant AllTraffic did not pass the ping health check. Please check CloudWatch logs for this endpoint.';
    const denial = 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';
    expect(causeOf(`${ping}\n${denial}`)).toBe('s3-read');
    expect(causeOf(`${ping} ${denial}`)).toBe('s3-read');
  });

  it('two lines joined only when they were cut at a width people wrap at', () => {
    // The first line is 85 columns and the next word 12: no common width (72 to 80, 100, 120, 132) cuts there.
    const first = 'DescribeLogStreams was throttled while the job waited for its logs; Rate exceeded now';
    const second = 'AccessDenied for the PutObject call on the output prefix';
    expect(first.length).toBe(85);
    expect(causeOf(`${first}\n${second}`)).toBe(causeOf(`${first}\n\n${second}`));
  });
});

// A fifth review, of the fourth review's fixes, the tracker's connection line and round 33 (/work/notes/review-34.md).
describe('the fifth review', () => {
  it.each([
    [
      "git in a VPC without a route, then subprocess's report of its exit",
      "fatal: unable to access 'https://github.com/org/lib.git/': Failed to connect to github.com port 443: Connection timed out\nTraceback (most recent call last):\n  File \"/opt/ml/code/setup_deps.py\", line 8, in <module>\n    subprocess.check_call([\"git\", \"clone\", URL])\n  File \"/opt/conda/lib/python3.10/subprocess.py\", line 369, in check_call\n    raise CalledProcessError(retcode, cmd)\nsubprocess.CalledProcessError: Command '['git', 'clone', 'https://github.com/org/lib.git']' returned non-zero exit status 128.",
    ],
    [
      "the AWS CLI without a route, then the toolkit's report",
      'Could not connect to the endpoint URL: "https://secretsmanager.us-east-1.amazonaws.com/"\nTraceback (most recent call last):\n  File "/opt/conda/lib/python3.10/site-packages/sagemaker_training/trainer.py", line 85, in train\n    entrypoint()\n  File "/opt/conda/lib/python3.10/site-packages/sagemaker_training/process.py", line 305, in check_error\n    raise error_class(\nsagemaker_training.errors.ExecuteUserScriptError: ExecuteUserScriptError:\nExitCode 255\nErrorMessage ""',
    ],
    [
      "torchrun's report of a rank that exited",
      '[rank0]: Could not connect to the endpoint URL: "https://sts.us-east-1.amazonaws.com/"\nTraceback (most recent call last):\n  File "/opt/conda/bin/torchrun", line 8, in <module>\n    sys.exit(main())\n  File "/opt/conda/lib/python3.10/site-packages/torch/distributed/elastic/multiprocessing/errors/__init__.py", line 355, in wrapper\n    return f(*args, **kwargs)\ntorch.distributed.elastic.multiprocessing.errors.ChildFailedError:',
    ],
    [
      'a chain whose first exception is the connection',
      'Traceback (most recent call last):\n  File "/opt/conda/lib/python3.10/site-packages/urllib3/util/connection.py", line 73, in create_connection\n    sock.connect(sa)\nTimeoutError: [Errno 110] Connection timed out\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 10, in get_secret\n    raise RuntimeError("could not fetch the database password") from e\nRuntimeError: could not fetch the database password',
    ],
  ])('a connection failure before a traceback that only reports the exit stays the network (%s)', (_name, text) => {
    expect(causeOf(text)).toBe('vpc');
  });

  it("CloudFormation's relay of the service's bound refusal is the request's", () => {
    expect(causeOf('Resource handler returned message: "Copy count must be an integer larger than 0 (Service: SageMaker, Status Code: 400, Request ID: abc)" (RequestToken: x, HandlerErrorCode: InvalidRequest)')).toBe('validation');
  });

  it.each([
    ['a connection time-out', 'Note: AWS is retiring Amazon SageMaker Studio Classic. Migrate to Studio.\nbotocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://sts.us-east-1.amazonaws.com/"', 'vpc'],
    ['throttling', 'WARNING: AWS is retiring Amazon Elastic Inference.\nAn error occurred (ThrottlingException) when calling the DescribeTrainingJob operation (reached max retries: 4): Rate exceeded', 'throttling'],
  ])("a retirement banner does not hide what failed (%s)", (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    ['an IAM role', 'Error: Insufficient IAM role permissions to read from s3://my-bucket/train/', 's3-read'],
    // No stage or verb is said: a denial, not which.
    ['s3 in lower case', 'the job has insufficient s3 permissions on s3://my-bucket/model.tar.gz', 'other-permission'],
  ])('"insufficient <system> permissions" in any case is a denial (%s)', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

// A sixth review, of the fifth review's fixes and round 34 (/work/notes/review-35.md).
describe('the sixth review', () => {
  const toolkit = 'Traceback (most recent call last):\n  File "/opt/conda/lib/python3.10/site-packages/sagemaker_training/trainer.py", line 85, in train\n    entrypoint()\nsagemaker_training.errors.ExecuteUserScriptError: ExecuteUserScriptError:\nExitCode 1';

  it("botocore's ClientError after a connection time-out is its own answer, not an exit report", () => {
    const text = 'Connect timeout on endpoint URL: "https://sts.us-east-1.amazonaws.com/"\nTraceback (most recent call last):\n  File "/home/ec2-user/notebook.py", line 4, in <module>\n    s3.head_object(Bucket="b", Key="k")\nbotocore.exceptions.ClientError: An error occurred (404) when calling the HeadObject operation: Not Found';
    expect(causeOf(text)).toBe('data');
  });

  it('a failure printed between the connection line and the exit report is what the exit reports', () => {
    const text = `Could not connect to the endpoint URL: "https://sts.us-east-1.amazonaws.com/"\nStarting training\nepoch 1\nException in thread "main" java.lang.OutOfMemoryError: Java heap space\n\tat Trainer.fit(Trainer.java:42)\n${toolkit}`;
    expect(causeOf(text)).toBe('out-of-memory');
  });

  it.each([
    ["Databricks' permission", "User 'ana@example.com' does not have CanManage permission for the cluster 0101-abc"],
    ["Salesforce's permission", 'The integration user does not have ViewAllData permission for the org'],
  ])("another system's permission by name is not the role's (%s)", (_name, text) => {
    expect(causeOf(text)).not.toBe('other-permission');
  });

  it("an action said of an AWS role by its ARN is still the role's refusal", () => {
    expect(causeOf("The role 'arn:aws:iam::111122223333:role/r' does not have ListSpaces permission for the domain")).toBe('other-permission');
  });

  it.each([
    ['the user', 'insufficient user permissions to write /var/log/app.log'],
    ['shared memory', 'insufficient shm permissions for the dataloader workers'],
  ])("the container's own permissions are not a denied request (%s)", (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });

  it('a retirement banner before an Edge refusal does not stand for the refusal', () => {
    const text = 'Note: AWS is retiring Amazon SageMaker Studio Classic.\nbotocore.exceptions.ClientError: An error occurred (ValidationException) when calling the CreateEdgePackagingJob operation: We are retiring Amazon Sagemaker Edge on April 26th, 2024.';
    expect(causeOf(text)).toBe('unknown');
  });
});

// A seventh review, of round 35 and the sixth review's fixes (/work/notes/review-36.md).
describe('the seventh review', () => {
  const toolkitTail = [
    '2024-03-01 10:00:01,000 sagemaker-training-toolkit INFO     Waiting for the process to finish and give a return code.',
    '2024-03-01 10:00:01,000 sagemaker-training-toolkit INFO     Done waiting for a return code. Received 1 from exiting process.',
    '2024-03-01 10:00:01,001 sagemaker-training-toolkit ERROR    Reporting training FAILURE',
    '2024-03-01 10:00:01,001 sagemaker-training-toolkit ERROR    framework error: ',
    'Traceback (most recent call last):',
    '  File "/opt/conda/lib/python3.10/site-packages/sagemaker_training/trainer.py", line 85, in train',
    '    entrypoint()',
    'sagemaker_training.errors.ExecuteUserScriptError: ExecuteUserScriptError:',
    'ExitCode 1',
  ].join('\n');
  const git = "fatal: unable to access 'https://github.com/huggingface/peft.git/': Failed to connect to github.com port 443 after 130012 ms: Connection timed out";

  it("the toolkit's own lines between a connection failure and its exit report are not a failure of their own", () => {
    expect(causeOf(`${git}\n${toolkitTail}`)).toBe('vpc');
  });

  it('a process killed between them is', () => {
    expect(causeOf(`${git}\nKilled\n${toolkitTail}`)).not.toBe('vpc');
  });

  it.each([
    ["a script's own lookup of its configuration", 'RuntimeError: Requirements flag set but could not find S3 path for requirements file'],
    ["SAM CLI's warning", 'Could not find S3 URI for CodeUri in expanded resource MyFunction'],
  ])('an S3 path not found that is not the service naming an object is not the data (%s)', (_name, text) => {
    expect(causeOf(text)).not.toBe('data');
  });

  it('a scheduling failure the pod got past is not what failed', () => {
    const events = [
      'Warning  FailedScheduling  8m  default-scheduler  Insufficient memory',
      'Normal   Scheduled         6m  default-scheduler  Successfully assigned kubeflow/fsdp-worker-0 to hyperpod-i-0123',
      'Normal   Started           6m  kubelet            Started container pytorch',
      'Warning  BackOff           1m  kubelet            Back-off restarting failed container pytorch',
      '[rank0]: RuntimeError: CUDA error: an illegal memory access was encountered',
    ].join('\n');
    expect(causeOf(events)).toBe('user-code');
    const oomKilled = [events.split('\n').slice(0, 2).join('\n'), 'Last State:     Terminated', '  Reason:       OOMKilled', '  Exit Code:    137'].join('\n');
    expect(causeOf(oomKilled)).toBe('out-of-memory');
  });

  it("a FailedScheduling line's 'insufficient permissions' is not the scheduler's resource", () => {
    expect(causeOf('FailedScheduling: provisioner failed: insufficient permissions to create the node group')).not.toBe('capacity');
  });
});

describe('the eighth review', () => {
  const tail = (stream: string, stamp: string, line: string) => `${stamp} ${stream} ${line}`;
  const stream = 'pytorch-training-2023-06-14-22-27-25-988/algo-1-1686781234';
  it.each([
    // Two records of a log are not a wrapped sentence: botocore's lower-case module path starts the next record
    // unless the line before ends where SageMaker and the SDK quote an exception.
    [
      "an image line before botocore's denial, as `aws logs tail` prints them",
      [
        tail(stream, '2023-06-14T22:35:51.123000+00:00', 'Training image: 763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.0.1-gpu-py310'),
        tail(stream, '2023-06-14T22:35:52.456000+00:00', 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'),
      ].join('\n'),
      's3-read',
    ],
    [
      'a CloudWatch line before the denial',
      'Writing logs to CloudWatch log group /aws/sagemaker/TrainingJobs for the training job pytorch-training-2023\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
      's3-read',
    ],
    [
      "the same under Python logging's heads",
      'ERROR:root:Job failed while writing logs to the CloudWatch log group /aws/sagemaker/TrainingJobs\nERROR:root:botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      's3-write',
    ],
    // Two lines no single width can cut (the second longer than the first with its first word) are two messages.
    [
      "two AWS CLI lines",
      'An error occurred (ThrottlingException) when calling the DescribeLogStreams operation (reached max retries: 4): Rate exceeded\nupload failed: ./baz to s3://mybucket/foo/bar/baz A client error (AccessDenied) occurred when calling the PutObject operation: Access Denied',
      'throttling',
    ],
    // The SDK's exception cut across lines with its reason is taken off once joined.
    [
      "the SDK's exception wrapped at 80 columns with a native check's reason",
      'sagemaker.exceptions.UnexpectedStatusException: Error for Processing job\npytorch-training-2023-06-14-22-27-25-988: Failed. Reason:\nlightgbm.basic.LightGBMError: Check failed: (best_split_info.left_count) > (0).\nCheck troubleshooting guide for common errors:\nhttps://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-python-sdk-troubleshooting.html',
      'unknown',
    ],
    // A service speaks as "We" too; a writer's lead that names the stage keeps it.
    ["a server's own 'We encountered' (Cloudflare R2's S3 API)", 'We encountered an internal error: Please try again. (10001)', 'internal'],
    ['a lead that names the download from S3', 'When I try to download the training data from S3 I get this error: Access Denied', 's3-read'],
    // Round 37's collective reading stands down only where no failure of the code's own is printed beside it.
    [
      'one rank aborted and one raised (torchrun failure table)',
      '[1]: time : 2024-08-23_22:22:58 host : algo-2 rank : 1 (local_rank: 1) exitcode : 1 (pid: 190) error_file: <N/A> traceback : To enable traceback see: https://pytorch.org/docs/stable/elastic/errors.html\nRoot Cause (first observed failure):\n[0]: time : 2024-08-23_22:22:58 host : algo-2 rank : 0 (local_rank: 0) exitcode : -6 (pid: 189) error_file: <N/A> traceback : Signal 6 (SIGABRT) received by PID 189',
      'user-code',
    ],
    [
      "gunicorn's workers aborted for their time-out (not ranks)",
      '[2024-01-29 10:12:15 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:25)\n[2024-01-29 10:12:15 +0000] [1] [ERROR] Worker (pid:25) was sent SIGABRT!\n[2024-01-29 10:12:16 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:26)\n[2024-01-29 10:12:16 +0000] [1] [ERROR] Worker (pid:26) was sent SIGABRT!',
      'user-code',
    ],
    [
      "one rank's KeyError beside another's watchdog timeout",
      "[rank1]: Traceback (most recent call last):\n[rank1]:   File \"/opt/ml/code/train.py\", line 120, in <module>\n[rank1]:     batch = collate(samples)\n[rank1]: KeyError: 'input_ids'\n[rank0]:[E ProcessGroupNCCL.cpp:1414] [PG 0 Rank 0] Process group watchdog thread terminated with exception: [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=70426, OpType=ALLREDUCE, NumelIn=1, NumelOut=1, Timeout(ms)=1800000) ran for 1800076 milliseconds before timing out.",
      'user-code',
    ],
    ['an IndexError before the process group takes the process down', 'IndexError: Target 12 is out of bounds.\n[E ProcessGroupNCCL.cpp:481] [Rank 1] To avoid data inconsistency, we are taking the entire process down.', 'user-code'],
    [
      'a device-side assert that aborted every rank',
      "terminate called after throwing an instance of 'c10::Error'\n  what():  CUDA error: device-side assert triggered\nERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -6) local_rank: 0 (pid: 189) of binary: /opt/conda/bin/python\nERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -6) local_rank: 1 (pid: 190) of binary: /opt/conda/bin/python\ntraceback : Signal 6 (SIGABRT) received by PID 189\ntraceback : Signal 6 (SIGABRT) received by PID 190",
      'user-code',
    ],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    // The collective's own report, thrown as a C++ exception, is still not the code's.
    [
      "the watchdog's exception thrown through terminate",
      "terminate called after throwing an instance of 'c10::DistBackendError'\n  what():  [PG 0 Rank 3] Process group watchdog thread terminated with exception: [Rank 3] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=70426, OpType=ALLREDUCE) ran for 1800076 milliseconds before timing out.\ntraceback : Signal 6 (SIGABRT) received by PID 189",
    ],
    ['two ranks aborted and nothing else', '[2]: exitcode : -6 (pid: 189) error_file: <N/A> traceback : Signal 6 (SIGABRT) received by PID 189\n[3]: exitcode : -6 (pid: 190) error_file: <N/A> traceback : Signal 6 (SIGABRT) received by PID 190'],
  ])('keeps %s unknown', (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });
});

describe('the ninth review', () => {
  const watchdog =
    '[rank3]:[E ProcessGroupNCCL.cpp:1414] [PG 0 Rank 3] Process group watchdog thread terminated with exception: [Rank 3] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=70426, OpType=ALLREDUCE, NumelIn=1, NumelOut=1, Timeout(ms)=1800000) ran for 1800076 milliseconds before timing out.';
  it.each([
    // A relayed field is read only from one record pasted whole: a Batch job's generic statusReason beside the
    // container's own reason, a list of stack events whose newest is the rollback's, a log whose first line is JSON.
    [
      'a Batch job whose container ran out of memory',
      JSON.stringify({ jobName: 'train', status: 'FAILED', statusReason: 'Essential container in task exited', attempts: [{ container: { exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' } }] }),
      'out-of-memory',
    ],
    [
      "a list of stack events, the rollback's first",
      JSON.stringify({
        StackEvents: [
          { LogicalResourceId: 'stack', ResourceStatus: 'ROLLBACK_IN_PROGRESS', ResourceStatusReason: 'The following resource(s) failed to create: [Model]. Rollback requested by user.' },
          { LogicalResourceId: 'Model', ResourceStatus: 'CREATE_FAILED', ResourceStatusReason: 'User: arn:aws:sts::111122223333:assumed-role/cfn/x is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/SageMakerRole' },
        ],
      }),
      'trust-policy',
    ],
    ['a log whose first line is a JSON record', '{"level":"info","msg":"starting training","cause":"scheduled"}\nTraceback (most recent call last):\n  File "train.py", line 3, in <module>\nKeyError: \'label\'', 'user-code'],
    // Lambda's errorType is the class its message lacks (mr-rigden/alexa_template#6).
    ["Lambda's KeyError", '{"errorMessage": "\'request\'", "errorType": "KeyError", "stackTrace": [["/var/task/lambda_function.py", 10, "lambda_handler", "x"]]}', 'user-code'],
    // A wrap after Airflow's "failed because" quotes the reason, as "Reason:" does (astronomer/docs#1695).
    [
      "Airflow's report wrapped after 'failed because'",
      'airflow.exceptions.AirflowException: SageMaker job failed because\nClientError: TrainingHostAgent Initialization failed:InvalidInputException: SageMaker is\nunable to perform: sts:AssumeRole on the role. Please ensure that the role exists and allows\nprincipal sagemaker.amazonaws.com to assume the role.',
      'trust-policy',
    ],
    // A tool's lead that names the stage keeps it; where a writer looked is not a stage.
    ['a tool lead naming the S3 download', 'S3 download failed with error: ClientError: Access Denied', 's3-read'],
    ['a tool lead naming the image pull', 'Pulling the training image failed with error: AccessDenied: Access Denied', 'ecr'],
    ['a writer who looked in CloudWatch', 'When I check the CloudWatch logs I see this error: ClientError: Access Denied', 'other-permission'],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    // The collective's own words in other forms, and the launchers' and the SDK's reports of the job, are not the code's.
    ["PyTorch's blocking-wait timeout (ray-project/ray#27988)", `${watchdog}\nRuntimeError: [Rank 0] Caught collective operation timeout: WorkNCCL(OpType=ALLREDUCE, TensorShape=[268298], Timeout(ms)=1800000) ran for 1801591 milliseconds before timing out.`],
    ["torchrun stopped by a signal", `${watchdog}\ntorch.distributed.elastic.multiprocessing.api.SignalException: Process 38 got signal: 15`],
    ["gloo's peer gone", `${watchdog}\nRuntimeError: [/opt/conda/conda-bld/pytorch/third_party/gloo/gloo/transport/tcp/pair.cc:534] Connection closed by peer [10.0.1.2]:29400`],
    ["the SDK's report of the job", `sagemaker.exceptions.UnexpectedStatusException: Error for Training job j: Failed. Reason:\n${watchdog}`],
  ])('keeps %s unknown', (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });
});

describe('the tenth review', () => {
  it.each([
    // DeepSpeed's multi-node runner puts the host before each line: the code's own exception there is still the code's.
    [
      "a host's ZeroDivisionError beside another's gloo peer gone",
      'worker-1: Traceback (most recent call last):\nworker-1:   File "train.py", line 40, in <module>\nworker-1: ZeroDivisionError: division by zero\nworker-0: RuntimeError: [/opt/conda/conda-bld/pytorch/third_party/gloo/gloo/transport/tcp/pair.cc:534] Connection closed by peer [10.0.1.2]:29400',
    ],
    // Only the SDK's exact report of the job is passed over: a script's own "Error training …" is the code's.
    [
      "a script's own 'Error training' beside the watchdog",
      'RuntimeError: Error training model on rank 1: loss became NaN at step 200\n[rank0]:[E ProcessGroupNCCL.cpp:1414] [PG 0 Rank 0] Process group watchdog thread terminated with exception: [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=7, OpType=ALLREDUCE) ran for 1800076 milliseconds before timing out.',
    ],
  ])('%s is the code\'s', (_name, text) => {
    expect(causeOf(text)).toBe('user-code');
  });
});

describe('the eleventh review', () => {
  const TRANSFORM = '2023-05-01T10:00:00.000:[sagemaker logs]: bkt/in/a.jsonl: ';
  const transformBody = (code: number, message: string) =>
    [`ClientError: ${code}`, 'Message:', '{', `  "code": ${code},`, '  "type": "InternalServerException",', `  "message": "${message}"`, '}'].map((l) => TRANSFORM + l).join('\n');

  describe("a model server's error body is the container's, wherever it is printed", () => {
    it.each([
      ["a batch transform's 400 body, line by line", transformBody(400, 'index out of range in self')],
      ['the body quoted alone, JSON', '{"code": 400, "type": "InternalServerException", "message": "list index out of range"}'],
      ["the body quoted alone, Python's repr", "{'code': 400, 'type': 'InternalServerException', 'message': 'index out of range in self'}"],
    ])("%s is not AWS's internal error", (_name, text) => {
      // A 4xx body does not say whether the handler failed or refused the record (round 24): unknown.
      expect(causeOf(text)).toBe('unknown');
    });

    it("reads a Python runtime message in the body as the code's", () => {
      expect(causeOf(transformBody(400, "'NoneType' object has no attribute 'get'"))).toBe('user-code');
      // Python's type errors in its own words too (round 120).
      expect(causeOf("{'code': 400, 'type': 'InternalServerException', 'message': \"'NoneType' object is not subscriptable\"}")).toBe('user-code');
    });

    it("reads what the body's message names, and a server error's body as the serving code's", () => {
      expect(causeOf(transformBody(400, 'CUDA out of memory. Tried to allocate 1.50 GiB (GPU 0; 14.76 GiB total capacity)'))).toBe('out-of-memory');
      expect(causeOf('{"code": 500, "type": "InternalServerException", "message": "Worker died."}')).toBe('user-code');
    });

    it("still reads AWS's own InternalServerException as AWS's", () => {
      expect(causeOf('botocore.exceptions.ClientError: An error occurred (InternalServerException) when calling the CreateTrainingJob operation: An internal error occurred.')).toBe('internal');
    });
  });

  describe("a model hub's name is the failed request's only on the failure's lines", () => {
    const REMOTE_CODE_NOTICE =
      'A new version of the following files was downloaded from https://huggingface.co/tiiuae/falcon-7b:\n- configuration_falcon.py\n. Make sure to double-check they do not contain any added malicious code. To avoid downloading new versions of the code file, you can pin a revision.\nLoading checkpoint shards: 100%|##########| 2/2 [00:10<00:00,  5.00s/it]';
    it.each([
      ["a dataloader's Cannot allocate memory", `${REMOTE_CODE_NOTICE}\nTraceback (most recent call last):\n  File "/opt/conda/lib/python3.10/site-packages/torch/utils/data/dataloader.py", line 1120, in _try_get_data\n    data = self._data_queue.get(timeout=timeout)\nOSError: [Errno 12] Cannot allocate memory`, 'out-of-memory'],
      ["the toolkit's report of a name too long", `${REMOTE_CODE_NOTICE}\n2024-01-01 00:00:00,000 sagemaker-training-toolkit ERROR    ExecuteUserScriptError:\nExitCode 1\nErrorMessage "OSError: [Errno 36] File name too long: '/opt/ml/output/data/results.json'"\nCommand "/opt/conda/bin/python3.10 train.py"`, 'user-code'],
    ])("transformers' remote-code notice before %s is not a model download", (_name, text, cause) => {
      expect(causeOf(text)).toBe(cause);
    });

    it("a docs link in a warning before another host's HTTP error is not the hub's", () => {
      const text = 'See https://huggingface.co/docs/datasets/loading for more details.\nrequests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: https://mlflow.example.com/api/2.0/mlflow/runs/log-batch';
      expect(causeOf(text)).not.toBe('model-download');
    });

    it("a local directory without the model's files is the input, its hub link glued to the path notwithstanding", () => {
      const text = "AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"OSError: /opt/ml/input/data/model does not appear to have a file named config.json. Checkout 'https://huggingface.co//opt/ml/input/data/model/None' for available files.\"";
      expect(causeOf(text)).toBe('data');
    });

    it('still reads the hub refusing or unreachable on its own lines', () => {
      expect(causeOf("OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files and it looks like bert-base-uncased is not the path to a directory containing a file named config.json.")).toBe('model-download');
      expect(causeOf('requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/meta-llama/Llama-2-7b-hf')).toBe('model-download');
      expect(causeOf("OSError: bert-base-uncassed is not a local folder and is not a valid model identifier listed on 'https://huggingface.co/models'")).toBe('model-download');
      expect(causeOf('OSError: bert-base-uncased does not appear to have a file named pytorch_model.bin.')).not.toBe('data');
    });
  });

  describe("a warning's AWS error yields to the code's own exception printed after it", () => {
    const ZERO_DIVISION = 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 150, in <module>\n    evaluate(model, val_loader)\nZeroDivisionError: division by zero';
    it.each([
      ["a checkpoint upload's SlowDown", '[2024-05-01 12:10:00.100 algo-1:40 WARNING hook.py:300] Failed to upload checkpoint to s3: An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.'],
      ["a tracker's denied upload", '2024-01-01 00:00:00 WARNING Could not upload tensorboard logs to s3://bkt/tb: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'],
      ["a side task's expired token", '2024-01-01 00:00:00,000 - WARNING - mlflow: failed to log artifact: An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.'],
      ["botocore's retry of a throttled call", 'WARNING:root:upload of metrics failed, will retry: An error occurred (ThrottlingException) when calling the PutMetricData operation (reached max retries: 4): Rate exceeded'],
    ])('%s', (_name, warning) => {
      expect(causeOf(`${warning}\n${ZERO_DIVISION}`)).toBe('user-code');
    });

    it('still reads the warning when no exception of the code\'s follows it, or only an exit\'s report', () => {
      const denied = '2024-01-01 00:00:00 WARNING Could not upload model to s3://bkt/out: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied';
      expect(causeOf(denied)).toBe('s3-write');
      expect(causeOf(`${denied}\nsubprocess.CalledProcessError: Command '['python', 'train.py']' returned non-zero exit status 1.`)).toBe('s3-write');
    });

    it("keeps NCCL's WARN line, its failure's own report, before the collective's error", () => {
      const text = 'algo-2:120:180 [0] NCCL WARN Connect to 10.0.1.5<43210> failed : Connection timed out\nRuntimeError: NCCL error in: /opt/conda/conda-bld/pytorch/torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1269, unhandled system error, NCCL version 2.14.3';
      expect(causeOf(text)).toBe('vpc');
    });
  });

  describe('a size or a length said over its limit is not the account\'s quota', () => {
    it.each([
      ['a model\'s tokens', 'ValueError: Input length 9000 exceeds the limit of 4096 tokens for this model', 'user-code'],
      ["an invocation's payload", 'botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the InvokeEndpoint operation: Request payload size exceeds the limit of 6291456 bytes.', 'data'],
      ['the hyperparameters\' size', 'botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the CreateTrainingJob operation: The total size of hyperparameters exceeds the limit of 20 KB.', 'validation'],
    ])('%s', (_name, text, cause) => {
      expect(causeOf(text)).toBe(cause);
    });

    it("still reads an account's limit exceeded", () => {
      expect(causeOf('ResourceLimitExceeded: You have exceeded your account limit for ml.p4d.24xlarge for training job usage')).toBe('quota');
      expect(causeOf('An error occurred (LimitExceededException) when calling the CreateTrainingJob operation: You have exceeded the limit of concurrent training jobs.')).toBe('quota');
    });
  });

  describe('memory and a GPU\'s hardware said in their own words', () => {
    it.each([
      ["numpy's _ArrayMemoryError", 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 20, in <module>\n    X = np.zeros((200000, 200000))\nnumpy.core._exceptions._ArrayMemoryError: Unable to allocate 298. GiB for an array with shape (200000, 200000) and data type float64', 'out-of-memory'],
      ["vLLM's cache blocks", 'ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine.', 'out-of-memory'],
      ["TGI's warm-up", 'Not enough memory to handle 4096 prefill tokens. You need to decrease `--max-batch-prefill-tokens`', 'out-of-memory'],
      ["accelerate's dispatch", 'ValueError: Some modules are dispatched on the CPU or the disk. Make sure you have enough GPU RAM to fit the quantized model.', 'out-of-memory'],
      ["CUDA's uncorrectable ECC error", 'RuntimeError: CUDA error: uncorrectable ECC error encountered\nCUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.', 'internal'],
      ['a GPU fallen off the bus', 'NVRM: Xid (PCI:0000:10:1c): 79, pid=1234, GPU has fallen off the bus.', 'internal'],
    ])('%s', (_name, text, cause) => {
      expect(causeOf(text)).toBe(cause);
    });

    it('leaves memory named without a shortage', () => {
      expect(causeOf('WARNING: no memory leak detected')).toBe('unknown');
    });
  });

  describe("a registry's rate is the rate's", () => {
    it("reads Docker Hub's pull rate limit inside CannotPullContainerError as throttling, and a plain pull failure as the image's", () => {
      expect(causeOf('CannotPullContainerError: inspect image has been retried 5 time(s): httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:abc: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit')).toBe('throttling');
      expect(causeOf('CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.us-east-1.amazonaws.com/train:latest: not found')).toBe('ecr');
    });
  });

  describe("SageMaker's 'Code (status): message' and s3fs's 403", () => {
    it("reads the code SageMaker's data stage names before its status by its family, not as a denial", () => {
      expect(causeOf("ClientError: Data download failed:Failed to download data. InvalidObjectState (403): The operation is not valid for the object's storage class")).toBe('data');
      expect(causeOf('ClientError: Data download failed:Failed to download data. InvalidAccessKeyId (403): The AWS Access Key Id you provided does not exist in our records.')).toBe('expired-credentials');
      expect(causeOf('ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied')).toBe('s3-read');
    });

    it("reads s3fs's PermissionError: Forbidden as a refusal", () => {
      const text = "Traceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 25, in <module>\n    ds = load_dataset('json', data_files='s3://bkt/data/train.jsonl')\n  File \"/opt/conda/lib/python3.10/site-packages/s3fs/core.py\", line 113, in _error_wrapper\n    raise err\nPermissionError: Forbidden";
      expect(causeOf(text)).not.toBe('user-code');
      expect(causeOf(text.replace("load_dataset('json', data_files='s3://bkt/data/train.jsonl')", "pd.read_csv('s3://bkt/data/train.csv')"))).toBe('s3-read');
    });
  });

  it("reads botocore's SSO login expired as the credentials, and a local model path transformers calls incorrect as the input", () => {
    expect(causeOf('botocore.exceptions.UnauthorizedSSOTokenError: The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.')).toBe('expired-credentials');
    expect(causeOf("OSError: Incorrect path_or_model_id: '/opt/ml/model/tokenizer'. Please provide either the path to a local folder or the repo_id of a model on the Hub.")).toBe('data');
    expect(causeOf("OSError: Incorrect path_or_model_id: 'meta-llama/Llama-2-7b'. Please provide either the path to a local folder or the repo_id of a model on the Hub.")).not.toBe('data');
  });
});

describe('the thirteenth review', () => {
  describe('a start SageMaker retried is an event the job went on past', () => {
    const CAPACITY_RETRY = 'Insufficient capacity error from EC2 while launching instances, retrying!';
    const UNHEALTHY = 'Launched instance was unhealthy, replacing it!';
    it.each([
      ['a data error after the capacity retry', 'ClientError: label must be in [0,1] for logistic regression', CAPACITY_RETRY, 'data'],
      ['a KeyError after an instance replaced', "AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"KeyError: 'label'\"\nCommand \"/opt/conda/bin/python3.10 train.py\", exit code: 1", UNHEALTHY, 'user-code'],
      ['CUDA out of memory after the capacity retry', 'AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.00 GiB."', CAPACITY_RETRY, 'out-of-memory'],
    ])("the dashboard's job: %s", (_name, failureReason, message, cause) => {
      const statusMessages = [
        { status: 'Starting', message },
        { status: 'Training', message: 'Training image download completed. Training in progress.' },
      ];
      expect(classifyText({ failureReason, statusMessages }).cause).toBe(cause);
    });

    it('a pasted fit() log: the retry line before the failure', () => {
      const text = `2024-06-01 12:00:00 Starting - ${CAPACITY_RETRY}\n2024-06-01 12:25:00 Training - Training image download completed. Training in progress.\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.00 GiB.`;
      expect(causeOf(text)).toBe('out-of-memory');
    });

    it('alone, and when the job never got its capacity, still the capacity', () => {
      expect(causeOf(CAPACITY_RETRY)).toBe('capacity');
      expect(causeOf(UNHEALTHY)).toBe('internal');
      expect(causeOf(`Starting - ${CAPACITY_RETRY}\nCapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.`)).toBe('capacity');
    });
  });
});

describe('the twelfth review', () => {
  const deny = (type: string, action = 's3:GetObject', resource = '"arn:aws:s3:::acme-ml-datasets/train/a.csv"') =>
    `User: arn:aws:sts::111122223333:assumed-role/AmazonSageMaker-ExecutionRole-20240101T000000/SageMaker is not authorized to perform: ${action} on resource: ${resource} with an explicit deny in a ${type}`;
  const readOf = (text: string) => {
    const d = classifyText({ failureReason: text });
    return { cause: d.cause, policyType: d.deniedRequest?.policyType };
  };

  describe("an explicit deny's policy type is read whatever follows its phrase", () => {
    it.each([
      ["S3's XML error body", `<Error><Code>AccessDenied</Code><Message>${deny('service control policy')}</Message></Error>`, 'scp', 'scp'],
      ['a Markdown backtick', `I get \`An error occurred (AccessDenied) when calling the GetObject operation: ${deny('VPC endpoint policy')}\` when the job starts.`, 'vpc', 'vpc-endpoint'],
      ['Markdown bold', `**Error:** ${deny('permissions boundary')}**`, 'boundary', 'boundary'],
      ["a log formatter's pipe", `${deny('resource-based policy')} | status=403`, 'bucket-policy', 'bucket-policy'],
      ["a formatter's dash", `${deny('service control policy')} - request 8X2KJ4TQW9ZP1A`, 'scp', 'scp'],
      ['a JSON-escaped line end', `${deny('session policy', 's3:PutObject')}\\n`, 'other-permission', 'session'],
      ['a sentence going on after it', `${deny('service control policy')} when the job starts reading its input`, 'scp', 'scp'],
      ['the transitive form in XML', `<Message>${deny('VPC endpoint policy transitively through a service control policy')}</Message>`, 'scp', 'scp'],
    ])('%s', (_name, text, cause, policyType) => {
      expect(readOf(text)).toEqual({ cause, policyType });
    });
  });

  describe('the operation as the Go SDK v2, Terraform and the JavaScript SDK v3 name it', () => {
    it.each([
      ["Go's GetObject", 'operation error S3: GetObject, https response error StatusCode: 403, RequestID: 8X2KJ4TQW9ZP1A, HostID: 3GmT0iBv2Rk=, api error AccessDenied: Access Denied', 's3-read', 's3:GetObject'],
      ["Terraform's HeadObject, 403 without a space", 'Error: reading S3 Object (acme-ml-datasets/train/a.csv): operation error S3: HeadObject, https response error StatusCode: 403, RequestID: 8X2KJ4TQW9ZP1A, HostID: 3GmT0iBv2Rk=, api error Forbidden: Forbidden', 's3-read', 's3:GetObject'],
      ["Go's CreateLogStream", 'operation error CloudWatch Logs: CreateLogStream, https response error StatusCode: 400, RequestID: 5d3f6a1b, api error AccessDeniedException: Access denied', 'cloudwatch-logs', 'logs:CreateLogStream'],
      ["JavaScript v3's deserializer in the stack", "AccessDenied: Access Denied\n    at throwDefaultError (/var/task/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20)\n    at de_PutObjectCommandError (/var/task/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:5121:14) {\n  '$fault': 'client',\n  '$metadata': { httpStatusCode: 403 },\n  Code: 'AccessDenied'\n}", 's3-write', 's3:PutObject'],
    ])('%s', (_name, text, cause, action) => {
      const d = classifyText({ failureReason: text });
      expect({ cause: d.cause, action: d.deniedRequest?.action }).toEqual({ cause, action });
    });
  });

  describe("news before the job's own failure, whatever form that failure is printed in", () => {
    const WARNED = "[2024-05-01 10:05:20.000 algo-1:40 WARNING hook.py:300] Unable to upload debugger data: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/AmazonSageMaker-ExecutionRole-20240101T000000/SageMaker is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::acme-ml-artifacts/debug-output/job-1/index/000.json\" because no identity-based policy allows the s3:PutObject action";
    it.each([
      ['the kernel\'s kill and the toolkit\'s exit 137', `${WARNED}\n[2024-05-01 10:40:00.000 algo-1:40] Epoch 3 step 1200 loss=0.123\nKilled\n2024-05-01 10:40:05,000 sagemaker-training-toolkit ERROR    ExecuteUserScriptError:\nExitCode 137\nErrorMessage ""`, 'out-of-memory'],
      ["SageMaker's reason as the SDK reports it", `${WARNED}\nUnexpectedStatusException: Error for Training job job-1: Failed. Reason: OutOfMemoryError: Please use an instance type with more memory, or reduce the size of job data processed on an instance.`, 'out-of-memory'],
      ["the toolkit's ErrorMessage", `${WARNED}\n2024-05-01 10:40:05,000 sagemaker-training-toolkit ERROR    ExecuteUserScriptError:\nExitCode 1\nErrorMessage "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!"`, 'user-code'],
      ['a caught exception logged at INFO before a traceback', "2024-05-01 10:05:20,000 INFO     sagemaker.experiments: Could not load run tags: An error occurred (AccessDeniedException) when calling the ListTags operation: User: arn:aws:sts::111122223333:assumed-role/AmazonSageMaker-ExecutionRole-20240101T000000/SageMaker is not authorized to perform: sagemaker:ListTags on resource: arn:aws:sagemaker:us-east-1:111122223333:experiment-trial-component/job-1 because no identity-based policy allows the sagemaker:ListTags action\nTraceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 150, in <module>\n    out = model(x)\ntorch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 22.20 GiB total capacity; 19.10 GiB already allocated; 1.50 GiB free; 19.50 GiB reserved in total by PyTorch)", 'out-of-memory'],
    ])('%s', (_name, text, cause) => {
      expect(causeOf(text)).toBe(cause);
    });

    it("keeps a model server's relay of its worker's lines at INFO", () => {
      const text = '2024-05-01T10:00:00,000 [INFO ] W-9000-model_1.0-stdout MODEL_LOG - botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\n2024-05-01T10:00:00,100 [INFO ] W-9000-model_1.0-stdout MODEL_LOG - Traceback (most recent call last):\nRuntimeError: worker failed to load the model';
      expect(causeOf(text)).toBe('s3-read');
    });
  });

  describe('actions and operations read as what they are', () => {
    it.each([
      ['sts:TagSession refused on AssumeRole', 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/SMRole/SageMaker is not authorized to perform: sts:TagSession on resource: arn:aws:iam::444455556666:role/DataAccessRole', 'trust-policy'],
      ["STS refusing GetCallerIdentity, which no role's trust decides", 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetCallerIdentity operation: Access Denied', 'other-permission'],
      ["EC2 refusing the job's network interface, as the proof reads it", 'botocore.exceptions.ClientError: An error occurred (UnauthorizedOperation) when calling the CreateNetworkInterface operation: You are not authorized to perform this operation. Encoded authorization failure message: 4x0YwT7Q-9Yy_abcDEF123', 'vpc'],
      ['a quoted ec2:CreateNetworkInterfacePermission', 'User: arn:aws:sts::111122223333:assumed-role/SMRole/SageMaker is not authorized to perform: ec2:CreateNetworkInterfacePermission on resource: arn:aws:ec2:us-east-1:111122223333:network-interface/eni-0abc because no identity-based policy allows the ec2:CreateNetworkInterfacePermission action', 'vpc'],
      ["EC2 refusing RunInstances, no job's network", 'ClientError: An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: abc', 'other-permission'],
      ["a bucket's policy written is not the job's output", 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutBucketPolicy operation: User: arn:aws:sts::111122223333:assumed-role/Admin/jane is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::acme-ml-datasets" because public policies are blocked by the BlockPublicPolicy block public access setting.', 'other-permission'],
      ["s3fs's multipart upload refused", 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 120, in <module>\n    with fs.open(\'s3://acme-ml-artifacts/checkpoints/epoch-3.pt\', \'wb\') as f:\n  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 2210, in _initiate_upload\n    self.mpu = self._call_s3("create_multipart_upload", Bucket=bucket, Key=key, ACL=self.acl)\n  File "/opt/conda/lib/python3.10/site-packages/s3fs/core.py", line 140, in _error_wrapper\n    raise err\nPermissionError: Access Denied', 's3-write'],
      ["the OS refusing a local write to an s3:// name", "Traceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 150, in <module>\n    trainer.save_model('s3://acme-ml-artifacts/models/bert')\nOSError: [Errno 13] Permission denied: 's3://acme-ml-artifacts/models/bert'", 'user-code'],
      ["SageMaker's execution role ARN it could not assume", 'botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the CreateModel operation: The execution role ARN "arn:aws:iam::012345678901:role/Admin" is invalid. Please ensure that the role exists and that its trust relationship policy allows the action "sts:AssumeRole" for the service principal "sagemaker.amazonaws.com".', 'trust-policy'],
    ])('%s', (_name, text, cause) => {
      expect(causeOf(text)).toBe(cause);
    });

    it('ListBuckets is s3:ListAllMyBuckets', () => {
      expect(classifyText({ failureReason: 'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied' }).deniedRequest?.action).toBe('s3:ListAllMyBuckets');
    });
  });
});

describe('the thirteenth review, the code\'s packages and the algorithms\' own checks', () => {
  it.each([
    ["numpy's ABI check against a C header", 'ValueError: numpy.dtype size changed, may indicate binary incompatibility. Expected 96 from C header, got 88 from PyObject', 'user-code'],
    ['the same under the toolkit\'s report', 'AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "ValueError: numpy.dtype size changed, may indicate binary incompatibility. Expected 96 from C header, got 88 from PyObject"\nCommand "/opt/conda/bin/python3.10 train.py --epochs 3", exit code: 1', 'user-code'],
    ['a package the h5 format needs', 'ImportError: `save_model()` using h5 format requires h5py. Could not import h5py.', 'user-code'],
  ])('%s is not the data', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it("tar's program line is not the archive", () => {
    expect(causeOf('tar (child): lbzip2: Cannot exec: No such file or directory\ntar (child): Error is not recoverable: exiting now')).not.toBe('data');
    expect(causeOf('ClientError: Failed to read the tar.gz file in the train channel: invalid header')).toBe('data');
  });

  it.each([
    '[06/01/2024 10:00:00 ERROR 140123456] Customer Error: The number of classes in the training data (12) is larger than num_classes (10). (caused by ValueError)',
    'ClientError: Please provide at least one record in the train channel. (caused by ValueError)',
  ])("a built-in algorithm's check '(caused by ValueError)' is not the customer's code: %s", (text) => {
    expect(causeOf(text)).not.toBe('user-code');
  });

  it("still reads the customer's own ValueError", () => {
    expect(causeOf('Traceback (most recent call last):\n  File "train.py", line 3, in <module>\n    raise ValueError("bad learning rate")\nValueError: bad learning rate')).toBe('user-code');
  });

  it.each([
    ['a cause the writer rules out: no capacity issue', 'No capacity issue (the instance started fine), but the job fails with `ClientError: label must be in [0,1] for logistic regression`', 'data'],
    ['a cause the writer rules out: not an OOM', "It is not an OOM (memory usage is at 30%). The job fails with:\nKeyError: 'input_ids'", 'user-code'],
    ["vLLM's context over its KV cache", "ValueError: The model's max seq len (32768) is larger than the maximum number of tokens that can be stored in KV cache (14336). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine.", 'out-of-memory'],
    ["XGBoost's GPU allocator", 'AlgorithmError: XGB train call failed with exception:\n [03:14:15] ../src/tree/updater_gpu_hist.cu:712: Exception in gpu_hist: [03:14:15] ../src/c_api/../data/../common/device_helpers.cuh:428: Memory allocation error on worker 0: Caching allocator\n- Free memory: 1048576\n- Requested memory: 2147483648', 'out-of-memory'],
    ["TensorFlow's missing input file, the path first", 'AlgorithmError: NotFoundError:\nExitCode 1\nErrorMessage "tensorflow.python.framework.errors_impl.NotFoundError: /opt/ml/input/data/training/train.tfrecord; No such file or directory"\nCommand "/usr/local/bin/python3.9 train.py", exit code: 1', 'data'],
    ["Hadoop's missing s3a:// path", 'py4j.protocol.Py4JJavaError: An error occurred while calling o56.parquet.\n: java.io.FileNotFoundException: No such file or directory: s3a://my-bucket/raw/2024/01/', 'data'],
    ["TensorFlow's corrupted record", 'tensorflow.python.framework.errors_impl.DataLossError: corrupted record at 12345 [Op:IteratorGetNext]', 'data'],
    ['an input mode refused for a format', 'ClientError: Pipe mode not supported for LibSVM.', 'validation'],
    ['an input mode no longer supported for a format', "ClientError: Pipe mode for CSV is no longer supported. Please use Fast File mode (default) instead. Set input_mode='File' in your SageMaker Estimator or TrainingInput.", 'validation'],
    ['a channel the algorithm requires', 'ClientError: Missing required channel: train', 'validation'],
    ['a channel the algorithm does not take', 'ClientError: Extraneous channel found: test', 'validation'],
    ['a channel with no data', 'ClientError: No data in training channel path /opt/ml/input/data/train', 'data'],
    ['an S3 key that matched no files', 'sagemaker.exceptions.UnexpectedStatusException: Error for Training job pytorch-training-2024-06-01-12-00-00-123: Failed. Reason: ClientError: S3 key: s3://my-bucket/data/train.csv matched no files on s3', 'data'],
    ["batch transform's record over the payload size", '2024-05-01T10:00:00.000:[sagemaker logs]: my-bucket/batch/input/data.csv: Too much data for max payload size', 'data'],
    ["S3's redirect to the bucket's region", 'ClientError: Data download failed:Failed to download data. The bucket is in this region: eu-west-1. Please use this region to retry the request', 'validation'],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it('still reads capacity and memory said as they are', () => {
    expect(causeOf('CapacityError: There is no capacity available for ml.p4d.24xlarge in us-east-1a.')).toBe('capacity');
    expect(causeOf('The job was OOM killed while loading the model.')).toBe('out-of-memory');
  });
});

// A fourteenth review, of this session's fixes: where the news before a failure is the cause, where a retried
// start is the story, and where the new data readings reached too far.
describe('the fourteenth review', () => {
  it.each([
    ["a model server relaying its worker's CUDA out of memory at WARN, a Java exception after it", "2023-05-10T12:00:01,100 [INFO ] W-9000-model_1.0-stdout MODEL_LOG - Torch worker started.\n2023-05-10T12:00:05,200 [WARN ] W-9000-model_1.0-stderr MODEL_LOG - Traceback (most recent call last):\n2023-05-10T12:00:05,201 [WARN ] W-9000-model_1.0-stderr MODEL_LOG -   File \"/opt/conda/lib/python3.10/site-packages/ts/model_loader.py\", line 135, in load\n2023-05-10T12:00:05,202 [WARN ] W-9000-model_1.0-stderr MODEL_LOG -     initialize_fn(service.context)\n2023-05-10T12:00:05,203 [WARN ] W-9000-model_1.0-stderr MODEL_LOG - torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 22.19 GiB total capacity; 20.51 GiB already allocated)\n2023-05-10T12:00:05,300 [INFO ] W-9000-model_1.0 org.pytorch.serve.wlm.WorkerThread - Backend worker monitoring thread interrupted or backend worker process died.\njava.lang.InterruptedException: null\n\tat java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos(AbstractQueuedSynchronizer.java:1679) ~[?:?]\n\tat org.pytorch.serve.wlm.WorkerThread.run(WorkerThread.java:191) [model-server.jar:?]\n2023-05-10T12:00:05,301 [WARN ] W-9000-model_1.0 org.pytorch.serve.wlm.BatchAggregator - Load model failed: model, error: Worker died.", 'out-of-memory'],
    ["DJL relaying its worker's CUDA out of memory at WARN", "[INFO ] PyProcess - W-167-model-stdout: Loading model with tensor_parallel_degree=1\n[WARN ] PyProcess - W-167-model-stderr: Traceback (most recent call last):\n[WARN ] PyProcess - W-167-model-stderr:   File \"/tmp/.djl.ai/python/0.26.0/djl_python/huggingface.py\", line 132, in initialize\n[WARN ] PyProcess - W-167-model-stderr: torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 896.00 MiB (GPU 0; 22.20 GiB total capacity; 21.10 GiB already allocated)\n[INFO ] PyProcess - W-167-model-stdout: Python engine process died\n[ERROR] ModelServer - Failed register workflow\njava.util.concurrent.CompletionException: ai.djl.engine.EngineException: Failed to initialize model: prediction failure\n\tat java.base/java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:315) ~[?:?]", 'out-of-memory'],
    ["pip's retries of an index it cannot reach, before the toolkit's ErrorMessage", "2023-01-01 12:00:31,000 sagemaker-training-toolkit INFO     Installing dependencies from requirements.txt:\n/opt/conda/bin/python3.9 -m pip install -r requirements.txt\nWARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f1c2b8d0a90>, 'Connection to pypi.org timed out. (connect timeout=15)')': /simple/transformers/\nWARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f1c2b8d0b20>, 'Connection to pypi.org timed out. (connect timeout=15)')': /simple/transformers/\nERROR: Could not find a version that satisfies the requirement transformers==4.26.0 (from versions: none)\nERROR: No matching distribution found for transformers==4.26.0\n2023-01-01 12:01:00,000 sagemaker-training-toolkit ERROR    Reporting training FAILURE\n2023-01-01 12:01:00,000 sagemaker-training-toolkit ERROR    InstallRequirementsError:\nExitCode 1\nErrorMessage \"ERROR: Could not find a version that satisfies the requirement transformers==4.26.0 (from versions: none)\nERROR: No matching distribution found for transformers==4.26.0\"\nCommand \"/opt/conda/bin/python3.9 -m pip install -r requirements.txt\"", 'vpc'],
    ["a warning that a download was denied, before the file it left missing", "2024-03-01 10:00:00,000 - train - WARNING - Could not download s3://my-bucket/models/base/model.tar.gz: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\nTraceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 40, in <module>\n    with tarfile.open(\"/tmp/model.tar.gz\") as tar:\nFileNotFoundError: [Errno 2] No such file or directory: '/tmp/model.tar.gz'", 's3-read'],
    ["a caught denial logged at INFO, re-raised bland", "2024-02-02 08:00:01,000 INFO     loader: attempt 3/3 failed with botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\nTraceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 88, in <module>\n    df = load_features(args.features_uri)\nRuntimeError: Could not load features from s3://feature-bucket/features/ after 3 attempts", 's3-read'],
    ["huggingface_hub's disk warning before the truncated file", "/opt/conda/lib/python3.10/site-packages/huggingface_hub/file_download.py:1142: UserWarning: Not enough free disk space to download the file. The expected file size is: 4943.16 MB. The target location /root/.cache/huggingface/hub only has 1532.22 MB free disk space.\n  warnings.warn(\nTraceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 22, in <module>\n    model = AutoModelForCausalLM.from_pretrained(\"meta-llama/Llama-2-7b-hf\")\nsafetensors_rust.SafetensorError: Error while deserializing header: MetadataIncompleteBuffer", 'disk-space'],
    ["YARN's kill for memory at WARN before Spark's job aborted", "24/01/10 10:05:00 WARN YarnAllocator: Container killed by YARN for exceeding memory limits.  12.4 GB of 12 GB physical memory used. Consider boosting spark.yarn.executor.memoryOverhead.\n24/01/10 10:05:02 WARN TaskSetManager: Lost task 3.0 in stage 2.0 (TID 7, algo-2, executor 1): ExecutorLostFailure (executor 1 exited caused by one of the running tasks) Reason: Container marked as failed: container_1_0001_01_000002 on host: algo-2. Exit status: 143.\nTraceback (most recent call last):\n  File \"/opt/ml/processing/input/code/preprocess.py\", line 55, in <module>\n    df.write.parquet(out)\npy4j.protocol.Py4JJavaError: An error occurred while calling o120.parquet.\n: org.apache.spark.SparkException: Job aborted due to stage failure: Task 3 in stage 2.0 failed 4 times, most recent failure: Lost task 3.3 in stage 2.0 (TID 19, algo-2, executor 4): ExecutorLostFailure (executor 4 exited caused by one of the running tasks) Reason: Container marked as failed: container_1_0001_01_000005 on host: algo-2. Exit status: 143.", 'out-of-memory'],
    ["a bland SageMaker reason after a warning that a download was denied", "2024-03-01 10:03:00 Training - Training image download completed. Training in progress.\n2024-03-01 10:03:10,000 sagemaker-training-toolkit INFO     Invoking user script\nWARNING:root:Failed to download s3://my-bucket/data/train.csv: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\n2024-03-01 10:03:20,000 sagemaker-training-toolkit ERROR    Reporting training FAILURE\n2024-03-01 10:03:30 Failed - Training job failed\n---------------------------------------------------------------------------\nUnexpectedStatusException                 Traceback (most recent call last)\nCell In[7], line 1\n----> 1 estimator.fit({\"train\": \"s3://my-bucket/data\"})\nUnexpectedStatusException: Error for Training job pytorch-training-2024-03-01-10-00-00-000: Failed. Reason: AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"\"\nCommand \"/opt/conda/bin/python3.10 train.py\"", 's3-read'],
    ["a job's final CapacityError below the retried starts", "Starting - Insufficient capacity error from EC2 while launching instances, retrying!\nStarting - Insufficient capacity error from EC2 while launching instances, retrying!\nTraceback (most recent call last):\n  File \"/home/ec2-user/launch.py\", line 61, in <module>\n    raise RuntimeError(f\"Training job {name} failed: {desc['FailureReason']}\")\nRuntimeError: Training job llama-ft-0601 failed: CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.", 'capacity'],
    ["a status list then the FailureReason", "Starting - Insufficient capacity error from EC2 while launching instances, retrying!\nStarting - Insufficient capacity error from EC2 while launching instances, retrying!\nFailed - Training job failed\nFailureReason: CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.\nTraceback (most recent call last):\n  File \"run.py\", line 10, in <module>\n    sys.exit(1)\nSystemExit: 1", 'capacity'],
    ["a user who stopped waiting on the retried starts", "2024-06-01 12:00:05 Starting - Starting the training job...\n2024-06-01 12:01:10 Starting - Insufficient capacity error from EC2 while launching instances, retrying!\n2024-06-01 12:35:41 Starting - Insufficient capacity error from EC2 while launching instances, retrying!\n---------------------------------------------------------------------------\nKeyboardInterrupt                         Traceback (most recent call last)\nCell In[12], line 1\n----> 1 estimator.fit({\"train\": train_input})\nKeyboardInterrupt: ", 'capacity'],
    ["Spark's output committer's _temporary directory", "py4j.protocol.Py4JJavaError: An error occurred while calling o215.parquet.\n: org.apache.spark.SparkException: Job aborted.\nCaused by: java.io.FileNotFoundException: No such file or directory: s3a://my-output-bucket/features/_temporary/0/_temporary/attempt_202401101200_0003_m_000007_12/part-00007-1a2b.snappy.parquet", 'user-code'],
    ["a glob of the code's own that matched no files", "Traceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 12, in <module>\n    cfg = load_config(args.config)\nValueError: --config pattern '/opt/ml/code/configs/*.yaml' matched no files", 'user-code'],
    ["a mount target missing in the subnet", "ClientError: Unable to mount file system: fs-0123456789abcdef0. The mount target for subnet subnet-0abc does not exist. Please make sure the file system has a mount target in the subnet", 'vpc'],
  ] as [string, string, string][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

