import { describe, expect, it } from 'vitest';
import heldOut60 from './fixtures/held-out-60.json';
import heldOut61 from './fixtures/held-out-61.json';
import heldOut62 from './fixtures/held-out-62.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 60 (threads of the containers and toolkits), 61 (hosting) and 62 (processing, pipelines, registry,
// monitoring, labeling, compilation): each first-pass miss read by its structure, then the same structure in other
// wordings (constructed) and its limits.
const real = fixtureText([...heldOut60, ...heldOut61, ...heldOut62]);

describe('what the environment the job was given lacks', () => {
  it('a serving kernel that only supports newer GPUs refuses the instance type', () => {
    expect(causeOf(real('tgi2037-flashattention-ampere-only-t4'))).toBe('validation');
    expect(causeOf('ValueError: bf16 only supports compute capability 8.0 or higher')).toBe('validation');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nRuntimeError: this script only supports CUDA devices')).toBe('user-code');
  });

  it("a version that does not match the one needed, or is below the minimum, is the environment's", () => {
    expect(causeOf(real('buildtraindeploy38-step-local-python-version-mismatch'))).toBe('validation');
    expect(causeOf(real('remotedecorator1-deserialization-corrupt-metadata-sdk-version'))).toBe('validation');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 9, in <module>\n    check()\nRuntimeError: tokenizer version 2 does not match model version 3')).toBe('user-code');
  });

  it("the platform's reading of a hyperparameter that does not decode is the job's value", () => {
    expect(causeOf(real('tftoolkit84-hyperparameters-not-json'))).toBe('validation');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 4, in <module>\n    cfg = json.load(open("settings.json"))\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)')).toBe('user-code');
  });
});

describe("a job's model or its status", () => {
  it.each([
    ['sdk2062-neo-compile-no-mxnet-symbol-json', 'data'],
    ['hf-t5-uk-us-sagemaker-lm-head-weight-missing', 'user-code'],
    ['dlc6299-pending-waiting-for-capacity', 'capacity'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('a wait for capacity the job went past yields to the failure after it', () => {
    expect(causeOf('2024-01-01 10:00:00 Pending - Training job waiting for capacity\n2024-01-01 11:00:00 Training - Training image download completed.\nRuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB')).toBe('out-of-memory');
  });
});

describe('code that failed in its own words', () => {
  it("json's refusal of an object it cannot serialize is the code's", () => {
    expect(causeOf(real('sdk3463-jsonget-parameterstring-not-json-serializable'))).toBe('user-code');
    expect(causeOf('TypeError: Object of type datetime is not JSON serializable')).toBe('user-code');
  });

  it("a Lambda function that ran and raised is its code's, whatever remedies follow", () => {
    expect(causeOf(real('comprehendannot3-labeling-job-prehumantask-lambda-unhandled'))).toBe('user-code');
    expect(causeOf('ClientError: Exception invoking the Lambda function arn:aws:lambda:us-east-1:1:function:f. Ensure the Lambda function exists, that the role arn:aws:iam::1:role/r has permissions to invoke it and try your request again.')).not.toBe('user-code');
  });
});

describe('what the thirty-second review found', () => {
  // A version compared by SageMaker's tooling, not by a program of its own files or a library's warning; the
  // platform's hyperparameter reader only in its own frame and never beside the job's code; a wait for capacity passed
  // over whatever follows on its line, and unread once later statuses show the job ran; "only supports" a device, not
  // "instances of" a type.
  it.each([
    ["os-python-instances", "Traceback (most recent call last):\n  File \"/home/ec2-user/SageMaker/predict.py\", line 30, in <module>\n    predictor.predict(rows)\n  File \"/home/ec2-user/SageMaker/serializers.py\", line 12, in serialize\n    raise TypeError(\"NumpySerializer only supports instances of numpy.ndarray, got list\")\nTypeError: NumpySerializer only supports instances of numpy.ndarray, got list", "user-code"],
    ["hp-own-function-name", "Traceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 58, in <module>\n    cfg = _load_hyperparameters(args.config)\n  File \"/opt/ml/code/train.py\", line 21, in _load_hyperparameters\n    return json.load(open(path))\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)", "user-code"],
    ["hp-endpoint-json-payload", "2024-05-05 12:00:00 WARNING sagemaker_inference: hyperparameters.json not found, using defaults\nTraceback (most recent call last):\n  File \"/opt/ml/model/code/inference.py\", line 12, in input_fn\n    return json.loads(body)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)", "user-code"],
    ["vm-warning-then-keyerror", "2024-04-02 08:01:10 WARNING: xgboost version 1.5.2 does not match the version 1.7.6 the model was trained with\n2024-04-02 08:01:11 ERROR - exception during transform\nKeyError: 'feature_7'", "user-code"],
    ["vm-own-check-notebook", "Traceback (most recent call last):\n  File \"/home/sagemaker-user/prep.py\", line 22, in <module>\n    check_versions(tok, model)\n  File \"/home/sagemaker-user/prep.py\", line 9, in check_versions\n    raise RuntimeError(f\"tokenizer version {a} does not match model version {b}\")\nRuntimeError: tokenizer version 2 does not match model version 3", "user-code"],
    ["vm-own-check-bare", "ValueError: Checkpoint format version 2 does not match the expected version 3 of this trainer", "user-code"],
    ["cap-then-completed", "2024-03-03 10:00:00 Pending - Training job waiting for capacity\n2024-03-03 11:20:00 Downloading - Downloading input data\n2024-03-03 11:25:00 Training - Training image download completed. Training in progress.\n2024-03-03 12:40:00 Uploading - Uploading generated training model\n2024-03-03 12:41:00 Completed - Training job completed\nTraining seconds: 4500\nBillable seconds: 4500", "unknown"],
    ["cap-then-failed-no-reason", "2024-03-03 10:00:00 Pending - Training job waiting for capacity\n2024-03-03 11:25:00 Training - Training image download completed. Training in progress.\n2024-03-03 11:40:00 Failed - Training job failed", "unknown"],
    ["cap-dots-then-oom", "2024-03-03 10:00:00 Starting - Starting the training job...\n2024-03-03 10:01:00 Pending - Training job waiting for capacity.........\n2024-03-03 11:20:00 Training - Training image download completed. Training in progress.\ntorch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB", "out-of-memory"],
    ["cap-paren-then-internal", "Pending - Training job waiting for capacity (ml.p4d.24xlarge)\nTraining - Training in progress.\nInternalServerError: We encountered an internal error. Please try again.", "internal"],
    ["hp-toolkit-local", "Traceback (most recent call last):\n  File \"/usr/local/lib/python3.9/site-packages/sagemaker_training/environment.py\", line 602, in __init__\n    hyperparameters = read_json(os.path.join(input_config_dir, \"hyperparameters.json\"))\n  File \"/usr/local/lib/python3.9/json/__init__.py\", line 346, in loads\n    return _default_decoder.decode(s)\njson.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)", "validation"],
    ["cap-then-maxwait", "Pending - Training job waiting for capacity\nStopped - Training job stopped: MaxWaitTimeInSeconds exceeded before capacity became available", "capacity"],
    ["os-only-supported-on-gap", "ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your GPU (Tesla T4) has compute capability 7.5.", "validation"],
    ["nv-without-framework", "ClientError: InputConfiguration: No valid model file found. Please check the model artifact.", "data"],
  ])('%s', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
