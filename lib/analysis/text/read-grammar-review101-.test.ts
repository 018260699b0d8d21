import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// The hundred-and-first review (SageMaker's built-in algorithms), the hundred-and-second (the SDK's newer surfaces), the
// hundred-and-third (a mix across every cause) and the hundred-and-fourth (the framework containers): the structures their
// misses showed, each in the review's wording, in another, and at its limit.

describe("the algorithm toolkit's hyperparameter checks in each of its sentences", () => {
  it('reads a value outside the listed set, a value it could not parse and a required one missing as the configuration', () => {
    expect(causeOf("[2020-03-02:10:15:44:ERROR] Customer Error: Hyperparameter objective: reg:liniear is not in ['binary:hinge', 'binary:logistic', 'reg:linear', 'reg:squarederror']\n\n2020-03-02 10:16:02 Failed - Training job failed")).toBe('validation');
    expect(causeOf("ClientError: Hyperparameter max_depth: could not parse value (caused by ValueError)\n\nCaused by: invalid literal for int() with base 10: '5.0'")).toBe('validation');
    expect(causeOf('ClientError: Missing required hyperparameter: num_round')).toBe('validation');
  });

  it("leaves a number the training code could not parse to the code's reading", () => {
    expect(causeOf("Traceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 12, in <module>\n    epochs = int(row[3])\nValueError: invalid literal for int() with base 10: 'n/a'")).not.toBe('validation');
  });
});

describe("a built-in algorithm's refusal of a parameter it names", () => {
  it('reads the parameter, not the dataset the sentence mentions', () => {
    expect(causeOf("ClientError: Invalid parameter value 'label_width'. Please ensure that the value of parameter 'label_width' is greater than the maximum number of labels packed for an image in the dataset.")).toBe('validation');
    expect(causeOf("ClientError: Invalid value for parameter 'mini_batch_size': must be a positive integer")).toBe('validation');
  });
});

describe("the data's parts a built-in algorithm names under SageMaker's ClientError", () => {
  it('reads labels, feature names and vocabulary ids that do not fit as the data', () => {
    expect(causeOf('ClientError: Given label size mismatched with prediction size. Please ensure the first column is label and the correct metric is applied.')).toBe('data');
    expect(causeOf("Error for Training job xgb-churn: Failed. Reason: ClientError: feature_names mismatch: ['f0', 'f1', 'f2'] ['f0', 'f1']\nexpected f2 in input data")).toBe('data');
    expect(causeOf('ValueError: Error for Training job object2vec-job: Failed Reason: ClientError: Inconsistent vocab for in1 found. Vocab id "2" is not less than vocab_size=2')).toBe('data');
    expect(causeOf('ValueError: Error for Training job image-classification-2019: Failed Reason: ClientError: Mismatch between number of labels in the multi-label data (5) and the num_classes parameter (5)')).toBe('data');
  });

  it("leaves the training code's own mismatch, outside the class, to the code", () => {
    expect(causeOf("Traceback (most recent call last):\n  File \"/miniconda3/lib/python3.7/site-packages/sagemaker_xgboost_container/training.py\", line 93, in main\nValueError: feature_names mismatch: ['f0', 'f1'] ['a', 'b']")).toBe('user-code');
  });
});

describe("PyTorch's store timing out waiting for the other hosts", () => {
  it('reads the clients that never joined as the network, bare or under its traceback', () => {
    expect(causeOf('DistStoreError: Timed out after 300 seconds waiting for clients. 1/2 clients joined.')).toBe('vpc');
    expect(
      causeOf(
        [
          '[W socket.cpp:601] [c10d] The client socket has timed out after 900s while trying to connect to (algo-1, 29500).',
          'Traceback (most recent call last):',
          '  File "/opt/conda/lib/python3.10/site-packages/torch/distributed/elastic/rendezvous/static_tcp_rendezvous.py", line 55, in next_rendezvous',
          '    self._store = TCPStore(',
          'torch.distributed.DistStoreError: Timed out after 901 seconds waiting for clients. 1/2 clients joined.',
          '2023-09-12 18:40:11,772 sagemaker-training-toolkit ERROR    Reporting training FAILURE',
        ].join('\n'),
      ),
    ).toBe('vpc');
  });

  it('leaves a store that timed out on a key to no reading of the network', () => {
    expect(causeOf("torch.distributed.DistStoreError: wait timeout after 300000ms, keys: /default_pg/0//cuda//0")).not.toBe('vpc');
  });
});

describe("botocore's DEBUG record of a response body", () => {
  const log = (body: string) =>
    [
      '2021-04-19 23:07:03,276 botocore.parsers DEBUG    Response body:',
      body,
      '2021-04-19 23:07:03,277 botocore.retryhandler DEBUG    No retry needed.',
      '2021-04-19 23:07:05,910 sagemaker-training-toolkit INFO     Invoking user script',
      '2021-04-19 23:12:40,004 sagemaker-training-toolkit INFO     Reporting training SUCCESS',
      '',
      '2021-04-19 23:14:02 Failed - Training job failed',
    ].join('\n');

  it('is quiet with its record, so a denial the client read on its way says nothing', () => {
    expect(causeOf(log(`b'<?xml version="1.0" encoding="UTF-8"?>\\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>'`))).toBe('unknown');
  });

  it("keeps a body that names an exception's class, as a quiet line that does is kept", () => {
    expect(causeOf(log('{"__type":"ThrottlingException","message":"Rate exceeded"}'))).toBe('throttling');
  });
});

describe("pip's retry warnings and its word that the install went through", () => {
  const retry = "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/lightgbm/";

  it('passes over the retries when the package was installed after them', () => {
    expect(causeOf([retry, 'Collecting lightgbm==3.3.5', '  Downloading lightgbm-3.3.5-py3-none-manylinux1_x86_64.whl (2.0 MB)', 'Successfully installed lightgbm-3.3.5', '2023-05-02 14:01:40 Failed - Training job failed'].join('\n'))).toBe('unknown');
  });

  it('reads the retries as the network when the index never answered', () => {
    expect(causeOf([retry, retry, 'ERROR: Could not find a version that satisfies the requirement lightgbm==3.3.5 (from versions: none)', 'ERROR: No matching distribution found for lightgbm==3.3.5'].join('\n'))).toBe('vpc');
  });
});

describe("a post's prose around an error quoted under Markdown's '>'", () => {
  it("reads the quoted line as the error, SageMaker's class at its start", () => {
    expect(causeOf('My data (in CSV format) has 8 classes in the first column. When I run the training job I keep getting:\n\n> ClientError: Data download failed:NoSuchKey (404): The specified key does not exist.')).toBe('data');
    expect(causeOf("Getting this after two minutes:\n\n> ClientError: Given label size mismatched with prediction size. Please ensure the first column is label and the correct metric is applied.")).toBe('data');
  });

  it("leaves a REPL's prompt alone", () => {
    expect(causeOf('>>> import torch\n>>> torch.cuda.is_available()\nFalse')).toBe('unknown');
  });
});

describe("pydantic's report on the SDK's configuration classes", () => {
  const report = (cls: string, field: string) =>
    `pydantic_core._pydantic_core.ValidationError: 1 validation error for ${cls}\n${field}\n  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='two', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.9/v/int_parsing`;

  it('reads a class of sagemaker.modules.configs with its CreateTrainingJob field as the request, the SDK unnamed', () => {
    expect(causeOf(report('Compute', 'instance_count'))).toBe('validation');
    expect(causeOf(report('StoppingCondition', 'max_runtime_in_seconds'))).toBe('validation');
  });

  it("leaves a script's own model of the same name, with fields of its own, to the code", () => {
    expect(causeOf(report('Compute', 'n_workers'))).toBe('user-code');
  });
});

describe("a shell's line quoted after a relay's 'Reason: '", () => {
  it("reads the remote function's pre-execution script that could not run a command as the code's", () => {
    expect(causeOf('FailureReason: RuntimeEnvironmentError: Encountered error while running pre-execution commands. Reason: /opt/ml/input/data/sagemaker_remote_function_workspace/pre_exec.sh: line 3: ./scripts/setup_env.sh: Permission denied')).toBe('user-code');
  });
});
