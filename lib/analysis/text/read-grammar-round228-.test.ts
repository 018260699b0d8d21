import { describe, expect, it } from 'vitest';
import heldOut45 from './fixtures/held-out-45.json';
import heldOut229 from './fixtures/held-out-229.json';
import heldOut231 from './fixtures/held-out-231.json';
import heldOut232 from './fixtures/held-out-232.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 228 onward: the first-pass misses read by their structure, then the same structure in other wordings (constructed)
// and its limits; and the readings the last session's final read named as uneven, made even.
const real = fixtureText([...heldOut45, ...heldOut229, ...heldOut231, ...heldOut232]);

describe('an input file said missing, every occurrence looked at', () => {
  it('reads the training file that ended the job below a validation file a warning skipped', () => {
    const skipped = '2024-05-02 10:01:02 WARNING file not found: /opt/ml/input/data/validation/val.csv, skipping validation';
    expect(causeOf(`${skipped}\n2024-05-02 10:01:03 ERROR file not found: /opt/ml/input/data/train/train.csv\n2024-05-02 10:01:03 Training job ended with status Failed`)).toBe('data');
    expect(causeOf(`${skipped}\n2024-05-02 10:01:03 Training done`)).toBe('unknown');
  });
});

describe('a warning that says the program went on without what it names', () => {
  it("reads no full disk or missing input on a warning that says training continues or proceeds without it, and reads them on an error's line", () => {
    expect(causeOf('WARNING: No space left on device when writing tensorboard events, training continues without them')).toBe('unknown');
    expect(causeOf('WARNING:__main__:file not found: /opt/ml/input/data/validation/val.csv, proceeding without a validation channel')).toBe('unknown');
    expect(causeOf('ERROR: No space left on device when writing tensorboard events')).toBe('disk-space');
    expect(causeOf('ERROR:__main__:file not found: /opt/ml/input/data/validation/val.csv')).toBe('data');
  });
});

describe('round 229: failures quoted in issue threads no round had cited', () => {
  it('reads "Could not find model data at s3" cut after the scheme, as an issue title quotes it, as the model archive missing', () => {
    expect(causeOf(real('r229-createmodel-could-not-find-model-data'))).toBe('data');
    expect(causeOf('We could not find the model data at s3 or locally')).toBe('unknown');
  });

  it("reads a file missing from the model server's copy of the archive when the text is cut inside its path", () => {
    expect(causeOf(real('r229-pytorch-endpoint-mms-model-file-missing'))).toBe('data');
    expect(causeOf("OSError: [Errno 28] No space left on device: '/.sagemaker/mms/models/model/model.")).toBe('disk-space');
  });

  it("reads an image's size stated past the size the service supports as the configuration's, not a payload's or a script's", () => {
    expect(causeOf(real('r229-pytorch-dlc-serverless-image-size'))).toBe('validation');
    expect(causeOf(real('qnabot691-serverless-endpoint-image-too-large'))).toBe('validation');
    expect(causeOf('Payload size 7000000 is greater than the maximum size 6291456')).toBe('unknown');
    expect(causeOf('ValueError: Image size 512 is greater than the maximum size 256')).toBe('user-code');
  });
});

describe("the seventy-third review: a framework's pretrained weights its store could not serve", () => {
  const torchvision = [
    'Downloading: "https://download.pytorch.org/models/resnet50-11ad3fa6.pth" to /root/.cache/torch/hub/checkpoints/resnet50-11ad3fa6.pth',
    'Traceback (most recent call last):',
    '  File "/opt/ml/code/train.py", line 58, in <module>',
    '    model = torchvision.models.resnet50(weights="IMAGENET1K_V2")',
    '  File "/opt/conda/lib/python3.10/site-packages/torch/hub.py", line 766, in load_state_dict_from_url',
    '    download_url_to_file(url, cached_file, hash_prefix, progress=progress)',
    'urllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>',
  ].join('\n');

  it("reads torch.hub's and Keras' weights download that could not connect as a model download, as a model hub's is", () => {
    expect(causeOf(torchvision)).toBe('model-download');
    expect(causeOf('Exception: URL fetch failure on https://storage.googleapis.com/tensorflow/keras-applications/vgg16/vgg16_weights_tf_dim_ordering_tf_kernels.h5: None -- [Errno 110] Connection timed out')).toBe('model-download');
  });

  it("reads the same host's wheels, or a weights download that finished before another connection failed, as the network's", () => {
    expect(causeOf("pip._vendor.urllib3.exceptions.ConnectTimeoutError: (<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to download.pytorch.org timed out. (connect timeout=15)')")).toBe('vpc');
    const finished = 'Downloading: "https://download.pytorch.org/models/resnet18-5c106cde.pth" to /root/.cache/torch/hub/checkpoints/resnet18-5c106cde.pth\n100%|##########| 44.7M/44.7M\nbotocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://s3.us-east-1.amazonaws.com/bucket/out/model.tar.gz"';
    expect(causeOf(finished)).toBe('vpc');
  });
});

describe('the seventy-fourth review: what a naive reader of words would be misled by', () => {
  it("reads no list of possible causes under a lead alone on its line, so the failure after it decides", () => {
    const alert = [
      ':warning: SageMaker job *forecast-weekly-2024-19* failed',
      '> Possible causes (see runbook ML-OPS-42):',
      '> 1. The execution role is missing s3:PutObject on the output bucket',
      '> 3. /opt/ml/model ran out of disk (raise VolumeSizeInGB)',
      '*FailureReason:* `InternalServerError: We encountered an internal error. Please try again.`',
    ].join('\n');
    expect(causeOf(alert)).toBe('internal');
    expect(causeOf('Possible causes:\n1. /opt/ml/model ran out of disk\n2. Out of memory on the instance')).toBe('unknown');
    expect(causeOf('Possible cause:\n/opt/ml/model ran out of disk')).toBe('disk-space');
  });

  it("reads an ECR image's repository and tag as names, not words", () => {
    const tagged = 'TrainingImage: 111122223333.dkr.ecr.us-east-1.amazonaws.com/trainer:denied-v2\nFailureReason: AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB."';
    expect(causeOf(tagged)).toBe('out-of-memory');
    expect(causeOf('AlgorithmError: see logs; image 111122223333.dkr.ecr.us-east-1.amazonaws.com/kms-denied:quota-exceeded')).toBe('user-code');
    expect(causeOf('CannotPullContainerError: 111122223333.dkr.ecr.us-east-1.amazonaws.com/trainer:latest not found')).toBe('ecr');
  });

  it("reads a Python warning's full disk above the job's own failure as news, and alone as the disk", () => {
    const warned = '/opt/conda/lib/python3.10/site-packages/huggingface_hub/file_download.py:1006: UserWarning: Not enough free disk space to download the file. The expected file size is: 4976.70 MB.';
    expect(causeOf(`${warned}\n  warnings.warn(\nTraceback (most recent call last):\n  File "/opt/ml/code/lora.py", line 88, in <module>\nTypeError: LoraConfig.__init__() got an unexpected keyword argument 'task'`)).toBe('user-code');
    expect(causeOf(warned)).toBe('disk-space');
  });

  it('reads a denial on a warning that says the job took its default instead as news before the failure that ended it', () => {
    const denied = "WARNING:train:could not load custom tokenizer from s3://nlp-assets/tok/v4/ (AccessDenied: User: arn:aws:sts::111122223333:assumed-role/sft-role/SageMaker is not authorized to perform: s3:GetObject); using default tokenizer";
    expect(causeOf(`${denied}\n[rank0]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.91 GiB.`)).toBe('out-of-memory');
    expect(causeOf(denied.replace('; using default tokenizer', ''))).toBe('s3-read');
  });

  it("keeps a warning that retried what the job needs before the failure it led to (pip's index before the install failed)", () => {
    const retried = "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f0e9c2b2d10>: Failed to establish a new connection: [Errno 101] Network is unreachable')': /simple/transformers/";
    const failed = 'ERROR: No matching distribution found for transformers==4.38.2\nsagemaker-training-toolkit ERROR    ExecuteUserScriptError:\nExitCode 1\nErrorMessage "InstallRequirementsError:"';
    expect(causeOf(`${retried}\n${failed}`)).toBe('vpc');
  });
});

describe("the seventy-fifth review: the issue's named kinds in libraries' own words", () => {
  it("reads huggingface_hub's offline mode refusing the hub as a model download, not a warning that loaded a local copy", () => {
    expect(causeOf('huggingface_hub.errors.OfflineModeIsEnabled: Cannot reach https://huggingface.co/api/models/mistralai/Mistral-7B-v0.1/revision/main: offline mode is enabled. To disable it, please unset the `HF_HUB_OFFLINE` environment variable.')).toBe('model-download');
    expect(causeOf('WARNING:__main__:Cannot reach https://huggingface.co/api/models/x/y: offline mode is enabled, falling back to /opt/ml/model')).toBe('unknown');
  });

  it("reads memory said run out of by whose it is, LightGBM's host memory among them", () => {
    expect(causeOf('lightgbm.basic.LightGBMError: Out of Host Memory')).toBe('out-of-memory');
    expect(causeOf('RuntimeError: out of device memory while building the histogram')).toBe('out-of-memory');
  });
});

describe('round 231: failures saved in committed files', () => {
  it("reads the Neuron runtime's allocation failure as the model's load reports it as the device's memory", () => {
    expect(causeOf(real('r231-trn1-endpoint-neuron-allocation-failure'))).toBe('out-of-memory');
    expect(causeOf('RuntimeError: Could not load the model status=4 message=Allocation Failure')).toBe('out-of-memory');
    expect(causeOf('RuntimeError: Could not load the model status=2 message=Invalid NEFF')).toBe('user-code');
  });
});

describe("the seventy-sixth review: this session's readings in other wordings and wrappers, and where their words are not the failure", () => {
  it("reads the endpoint's wait relaying SageMaker's reason as the reason, the image size among them, and Terraform's last error", () => {
    const reason = 'Image size 12704675783 is greater than supported size 10737418240. Try changing the instance type or reference the troubleshooting page';
    expect(causeOf(`UnexpectedStatusException: Error hosting endpoint bge-embed-serverless: Failed. Reason: ${reason}`)).toBe('validation');
    expect(causeOf(`Error: waiting for SageMaker AI Endpoint (llm) create: unexpected state 'Failed', wanted target 'InService'. last error: ${reason}`)).toBe('validation');
    expect(causeOf('Image size 8192 is larger than maximum size 4096 (tile_0091.tif)')).toBe('unknown');
  });

  it("reads torch.hub's own download failing, refused or reset, whatever host it fetched from, as a model download", () => {
    const frames = '  File "/opt/conda/lib/python3.10/site-packages/torch/hub.py", line 663, in download_url_to_file\n    buffer = u.read(READ_DATA_CHUNK)';
    expect(causeOf(`Traceback (most recent call last):\n${frames}\nConnectionResetError: [Errno 104] Connection reset by peer`)).toBe('model-download');
    expect(causeOf(`Traceback (most recent call last):\n${frames}\nurllib.error.HTTPError: HTTP Error 403: Forbidden`)).toBe('model-download');
    expect(causeOf('Exception: URL fetch failure on https://storage.googleapis.com/keras-applications/resnet/resnet50v2_weights_tf_dim_ordering_tf_kernels_notop.h5: None -- [Errno 110] Connection timed out')).toBe('model-download');
  });

  it('blanks a list of possible causes under a heading without its colon, an emphasised lead, numbered "(1)" items and wrapped items', () => {
    const oom = 'FailureReason: AlgorithmError: ExecuteUserScriptError:\nExitCode 137\nErrorMessage "Killed"';
    expect(causeOf(`### Possible causes\n\n- the output volume is full (No space left on device)\n- kms:Decrypt is denied by the key policy\n\n${oom}`)).toBe('out-of-memory');
    expect(causeOf(`> *Possible reasons:*\n> 1) kms:Decrypt denied on the input key\n> 2) ThrottlingException from CreateTrainingJob\n${oom}`)).toBe('out-of-memory');
    expect(causeOf(`Possible causes:\n(1) the VPC endpoint policy blocks s3:PutObject\n(2) kms:Decrypt is denied by the key policy\n${oom}`)).toBe('out-of-memory');
    expect(causeOf(`Possible causes:\n1. The execution role lacks s3:GetObject on the\n   training bucket.\n2. The volume ran out of disk space.\nFailureReason: InternalServerError: We encountered an internal error. Please try again.`)).toBe('internal');
  });

  it("reads no went-on words where the job stopped ('cannot proceed without') or a loader is named ('using default loader')", () => {
    expect(causeOf("WARNING inference: failed to load model using default loader: [Errno 28] No space left on device: '/tmp/model.joblib'")).toBe('disk-space');
    expect(causeOf('WARNING train: disk full (No space left on device); cannot proceed without a cache')).toBe('disk-space');
    expect(causeOf('WARNING train: cache write failed (No space left on device), using the default in-memory cache')).toBe('unknown');
  });

  it("reads errno 28 on Python's warnings line above the job's own failure as news, and a warning before SageMaker's relayed reason", () => {
    const warned = '/opt/ml/code/train.py:88: UserWarning: could not cache tokenized features to /tmp/features.arrow ([Errno 28] No space left on device); recomputing them each epoch';
    expect(causeOf(`${warned}\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 117, in evaluate\nKeyError: 'label'`)).toBe('user-code');
    const hub = '/opt/conda/lib/python3.10/site-packages/huggingface_hub/file_download.py:1006: UserWarning: Not enough free disk space to download the file.';
    expect(causeOf(`${hub}\nUnexpectedStatusException: Error for Training job llama3-sft: Failed. Reason: InternalServerError: We encountered an internal error. Please try again.`)).toBe('internal');
    expect(causeOf(`${hub}\nTraceback (most recent call last):\n  File "/opt/ml/code/sft.py", line 131, in <module>\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1002.00 MiB.`)).toBe('out-of-memory');
    // A file found cut short after it may be the disk's doing (the fourteenth review's text).
    expect(causeOf(`${hub}\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 22, in <module>\nsafetensors_rust.SafetensorError: Error while deserializing header: MetadataIncompleteBuffer`)).toBe('disk-space');
  });

  it("reads huggingface_hub's offline refusal from a mirror or wrapped over lines, not an upload's", () => {
    expect(causeOf('huggingface_hub.errors.OfflineModeIsEnabled: Cannot reach https://hf-mirror.com/api/models/Qwen/Qwen2-7B-Instruct/revision/main: offline mode is enabled. To disable it, please unset the `HF_HUB_OFFLINE` environment variable.')).toBe('model-download');
    expect(causeOf('huggingface_hub.errors.OfflineModeIsEnabled:\n  Cannot reach https://huggingface.co/api/models/Systran/faster-whisper-small/\n  revision/main: offline mode is enabled.')).toBe('model-download');
    expect(causeOf('huggingface_hub.errors.OfflineModeIsEnabled: Cannot reach https://huggingface.co/api/repos/create: offline mode is enabled.')).toBe('unknown');
  });

  it('reads no memory run out of in a count of none', () => {
    expect(causeOf('Profiler summary: peak host memory 402 GiB of 1152 GiB; out of host memory events: 0')).toBe('unknown');
  });
});

describe("the seventy-seventh review: failures beyond training jobs", () => {
  it('reads the action a service names when it relays a denial it met ("Access Denied when calling sts:AssumeRole")', () => {
    const neo = 'UnexpectedStatusException: Error for Compilation job bert-0613: Failed. Reason: ClientError: Access Denied when calling sts:AssumeRole on arn:aws:iam::210987654321:role/NeoCompileRole';
    expect(causeOf(neo)).toBe('trust-policy');
    expect(causeOf('botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the InvokeAgent operation: Access denied when calling Bedrock. Check your request permissions and retry the request.')).toBe('other-permission');
  });
});

describe('round 232: failures saved in committed notes', () => {
  it("takes a Markdown note's bold 'Error' label and the code mark off the exception it quotes", () => {
    expect(causeOf(real('r232-rda-argparse-conflicting-val'))).toBe('user-code');
    expect(causeOf('**Error:** `ClientError: Data download failed:Failed to download data. NoSuchKey (404): The specified key does not exist.`')).toBe('data');
    expect(causeOf('**Error**: `DownloadError`')).toBe('unknown');
  });
});

describe("the seventy-eighth review: the late mends' edges", () => {
  it('blanks an indented list of possible causes, each item its own, and leaves the reason below it at the list\'s indent', () => {
    const alert = 'Possible causes:\n  1. ECR image pull denied for 111122223333.dkr.ecr.us-east-1.amazonaws.com/x:latest\n  2. kms:Decrypt denied\n  FailureReason: InternalServerError: We encountered an internal error. Please try again.';
    expect(causeOf(alert)).toBe('internal');
    const long = 'Alert for training job churn-xgb-2024-06-13-08-00-00-000 in us-east-1 (account 111122223333). Possible causes:\n- the VPC endpoint policy blocks s3:GetObject\n- no route to S3\nClientError: Data download failed: NoSuchKey (404): The specified key does not exist.';
    expect(causeOf(long)).toBe('data');
  });

  it("reads a full disk on Python's warnings line as news above any failure a full disk does not bring about, not above one it may", () => {
    const hub = '/opt/conda/lib/python3.10/site-packages/huggingface_hub/file_download.py:1006: UserWarning: Not enough free disk space to download the file.';
    expect(causeOf(`${hub}\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 40, in <module>\nValueError: too many values to unpack (expected 2)`)).toBe('user-code');
    expect(causeOf(`${hub}\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 40, in <module>\nOSError: [Errno 5] Input/output error`)).toBe('disk-space');
    expect(causeOf(`UnexpectedStatusException: Error for Training job llama3: Failed. Reason: AlgorithmError: SafetensorError: Error while deserializing header: MetadataIncompleteBuffer\n${hub}`)).toBe('disk-space');
  });

  it("reads torch.hub's download in a notebook's frames, and a store that hung up, as a model download", () => {
    const frame = 'File /opt/conda/lib/python3.10/site-packages/torch/hub.py:766, in load_state_dict_from_url(url, model_dir, map_location, progress, check_hash, file_name, weights_only)';
    expect(causeOf(`${frame}\nHTTPError: HTTP Error 403: Forbidden`)).toBe('model-download');
    expect(causeOf(`${frame}\nhttp.client.RemoteDisconnected: Remote end closed connection without response`)).toBe('model-download');
  });

  it('reads no went-on words after a negation', () => {
    expect(causeOf('WARNING train: disk full (No space left on device); not proceeding without a cache')).toBe('disk-space');
  });
});
