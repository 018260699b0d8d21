import { describe, expect, it } from 'vitest';
import heldOut48 from './fixtures/held-out-48.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 48 (notebooks' saved output cells): the first pass's misses, read by their structure, then the same
// structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut48);

describe("a FailureReason as Python's pprint breaks it", () => {
  it("EventBridge's failureReason in adjacent string literals is one string", () => {
    expect(causeOf(real('dongjin-pipeline-event-no-s3-objects'))).toBe('data');
  });

  it("a describe response's FailureReason broken the same way, the second literal in double quotes", () => {
    const text =
      "{'FailureReason': 'ClientError: Artifact upload failed:Error 7: AccessDenied '\n                  \"(403): The role's request was denied\",\n 'TrainingJobStatus': 'Failed'}";
    expect(causeOf(text)).toBe('s3-write');
  });

  it("JSON's value is one string: what follows it is not read into it", () => {
    const text = '{\n  "FailureReason": "InternalServerError: We encountered an internal error. Please try again.",\n  "Note": "ResourceLimitExceeded"\n}';
    expect(causeOf(text)).toBe('internal');
  });
});

describe('a process killed with 137 named as an error code', () => {
  it("the Neuron parallel compiler's \"Received error code: 137\" is memory", () => {
    expect(causeOf(real('philschmid-neuron-parallel-compile-killed-137'))).toBe('out-of-memory');
  });

  it('another error code is not', () => {
    expect(causeOf('ERROR ||PARALLEL_COMPILE||: parallel compilation with neuronx-cc exited with error.Received error code: 1')).not.toBe('out-of-memory');
  });
});

describe('what the twenty-third review found the round-48 readings reached too far for', () => {
  it("an event's camel-case failureReason keeps the log pasted with it", () => {
    expect(causeOf("{\n  \"version\": \"0\",\n  \"id\": \"3f0a2c1e-1111-2222-3333-444455556666\",\n  \"detail-type\": \"SageMaker Model Building Pipeline Execution Step Status Change\",\n  \"source\": \"aws.sagemaker\",\n  \"account\": \"111122223333\",\n  \"time\": \"2024-05-02T10:01:02Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\n    \"arn:aws:sagemaker:us-east-1:111122223333:pipeline/churn-pipeline\"\n  ],\n  \"detail\": {\n    \"metadata\": {\n      \"processingJob\": {\n        \"arn\": \"arn:aws:sagemaker:us-east-1:111122223333:processing-job/pipelines-abc-preprocess-x1\"\n      }\n    },\n    \"stepStartTime\": \"2024-05-02T09:50:00Z\",\n    \"stepEndTime\": \"2024-05-02T10:01:02Z\",\n    \"stepName\": \"Preprocess\",\n    \"stepType\": \"Processing\",\n    \"previousStepStatus\": \"Executing\",\n    \"currentStepStatus\": \"Failed\",\n    \"failureReason\": \"AlgorithmError: See job logs for more information\",\n    \"pipelineArn\": \"arn:aws:sagemaker:us-east-1:111122223333:pipeline/churn-pipeline\",\n    \"pipelineExecutionArn\": \"arn:aws:sagemaker:us-east-1:111122223333:pipeline/churn-pipeline/execution/k2j3h4g5f6d7\"\n  }\n}\n\nand the processing job's log:\n2024-05-02T10:00:40.000Z Traceback (most recent call last):\n2024-05-02T10:00:40.000Z   File \"/opt/ml/processing/input/code/preprocess.py\", line 77, in <module>\n2024-05-02T10:00:40.000Z     df.to_parquet('/opt/ml/processing/output/train/part-0.parquet')\n2024-05-02T10:00:40.000Z OSError: [Errno 28] No space left on device")).toBe('disk-space');
    expect(causeOf("{'account': '111122223333',\n 'detail': {'currentStepStatus': 'Failed',\n            'failureReason': 'AlgorithmError: See job logs for more '\n                             'information',\n            'metadata': {'processingJob': {'arn': 'arn:aws:sagemaker:us-east-1:111122223333:processing-job/pipelines-abc-preprocess-x1'}},\n            'pipelineArn': 'arn:aws:sagemaker:us-east-1:111122223333:pipeline/churn-pipeline',\n            'pipelineExecutionArn': 'arn:aws:sagemaker:us-east-1:111122223333:pipeline/churn-pipeline/execution/k2j3h4g5f6d7',\n            'previousStepStatus': 'Executing',\n            'stepEndTime': '2024-05-02T10:01:02Z',\n            'stepName': 'Preprocess',\n            'stepStartTime': '2024-05-02T09:50:00Z',\n            'stepType': 'Processing'},\n 'detail-type': 'SageMaker Model Building Pipeline Execution Step Status '\n                'Change',\n 'id': '3f0a2c1e-1111-2222-3333-444455556666',\n 'region': 'us-east-1',\n 'resources': ['arn:aws:sagemaker:us-east-1:111122223333:pipeline/churn-pipeline'],\n 'source': 'aws.sagemaker',\n 'time': '2024-05-02T10:01:02Z',\n 'version': '0'}\n\nCloudWatch /aws/sagemaker/ProcessingJobs pipelines-abc-preprocess-x1/algo-1:\nKilled\n")).toBe('out-of-memory');
  });

  it("a log's prefixes come off only to read the same value further, not another key's", () => {
    expect(causeOf("FailureReason: 'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.'\n\n{\n    \"HyperParameterTuningJobName\": \"xgb-tune-0502\",\n    \"HyperParameterTuningJobStatus\": \"Failed\",\n    \"FailureReason\": \"No training job succeeded after 5 attempts. For additional details, please take a look at the training job failures by listing training jobs for the hyperparameter tuning job.\"\n}")).toBe('capacity');
    expect(causeOf("[2024-05-02, 10:05:00 UTC] {tuning.py:88} ERROR - FailureReason: \"CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.\"\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO - {'FailureReason': 'No training job succeeded after 5 attempts. For additional '\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO -                   'details, please take a look at the training job failures by '\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO -                   'listing training jobs for the hyperparameter tuning job.',\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO -  'HyperParameterTuningJobName': 'xgb-tune-0502',\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO -  'HyperParameterTuningJobStatus': 'Failed',\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO -  'TrainingJobStatusCounters': {'Completed': 0,\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO -                                'InProgress': 0,\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO -                                'NonRetryableError': 0,\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO -                                'RetryableError': 5,\n[2024-05-02, 10:05:00 UTC] {tuning.py:90} INFO -                                'Stopped': 0}}")).toBe('capacity');
  });

  it("SQL Server's error 137 and an application's code 137 are not a kill", () => {
    expect(causeOf('2024-05-02 10:00:01,234 ERROR extract: Query failed with error code 137: Must declare the scalar variable "@start_date".')).not.toBe('out-of-memory');
    expect(causeOf('pyodbc.ProgrammingError: SQLSTATE 42000, native error code: 137, [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Must declare the scalar variable "@p1".')).not.toBe('out-of-memory');
    expect(causeOf('ERROR JdbcUtils: Failed to read: SQLState: S0001, ErrorCode: 137, Message: Must declare the scalar variable "@P0".')).not.toBe('out-of-memory');
    expect(causeOf('Received client error (424) from primary with message "Prediction failed with error code: 137 - invalid feature vector length (expected 42, got 41)"')).not.toBe('out-of-memory');
  });
});

describe('what the twenty-fourth review found the twenty-third narrowing reached too far for', () => {
  it("another record's FailureReason in the log an event kept is not the event's reason", () => {
    expect(causeOf("{\n  \"version\": \"0\",\n  \"id\": \"3f0a2c1e-1111-2222-3333-444455556666\",\n  \"detail-type\": \"SageMaker Model Building Pipeline Execution Step Status Change\",\n  \"source\": \"aws.sagemaker\",\n  \"account\": \"111122223333\",\n  \"time\": \"2024-05-02T10:01:02Z\",\n  \"region\": \"us-east-1\",\n  \"resources\": [\"arn:aws:sagemaker:us-east-1:111122223333:pipeline/churn-pipeline\"],\n  \"detail\": {\n    \"metadata\": {\"trainingJob\": {\"arn\": \"arn:aws:sagemaker:us-east-1:111122223333:training-job/pipelines-k2j3-train-x1\"}},\n    \"stepStartTime\": \"2024-05-02T09:50:00Z\",\n    \"stepEndTime\": \"2024-05-02T10:01:02Z\",\n    \"stepName\": \"TrainModel\",\n    \"stepType\": \"Training\",\n    \"previousStepStatus\": \"Executing\",\n    \"currentStepStatus\": \"Failed\",\n    \"failureReason\": \"ClientError: Failed to invoke sagemaker:CreateTrainingJob. Error Details: The account-level service limit 'ml.p3.2xlarge for training job usage' is 0 Instances, with current utilization of 0 Instances and a request delta of 1 Instances. Please use AWS Service Quotas to request an increase for this quota.\",\n    \"pipelineArn\": \"arn:aws:sagemaker:us-east-1:111122223333:pipeline/churn-pipeline\",\n    \"pipelineExecutionArn\": \"arn:aws:sagemaker:us-east-1:111122223333:pipeline/churn-pipeline/execution/k2j3h4g5f6d7\"\n  }\n}\n\n$ aws sagemaker describe-pipeline-execution --pipeline-execution-arn ...\n{\n    \"PipelineExecutionStatus\": \"Failed\",\n    \"FailureReason\": \"Step failure: One or multiple steps failed.\"\n}")).toBe('quota');
  });

  it("an event's log kept after its reason still says what the reason did not", () => {
    expect(causeOf("{\n   \"awsRegion\":\"us-east-1\",\n   \"eventTime\":\"2024-05-02T10:01:02.608Z\",\n   \"receivedTime\":\"2024-05-02T10:00:58.455Z\",\n   \"invocationStatus\":\"Failed\",\n   \"failureReason\":\"ClientError: Received server error (500) from model. See the SageMaker Endpoint logs in your account for more information.\",\n   \"requestParameters\":{\n      \"endpointName\":\"churn-async-ep\",\n      \"inputLocation\":\"s3://acme-ml-async/input/req-0001.csv\"\n   },\n   \"responseParameters\":{\n      \"contentType\":\"text/plain; charset=utf-8\",\n      \"failureLocation\":\"s3://acme-ml-async/async-failures/0f1e2d3c-error.out\"\n   },\n   \"inferenceId\":\"0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\",\n   \"eventVersion\":\"1.0\",\n   \"eventSource\":\"aws:sagemaker\",\n   \"eventName\":\"InferenceResult\"\n}\n\nEndpoint log (/aws/sagemaker/Endpoints/churn-async-ep):\n2024-05-02T10:00:59.100Z INFO Model loaded from s3://acme-ml-models/churn/model.tar.gz\n2024-05-02T10:00:59.300Z   File \"/opt/ml/model/code/inference.py\", line 30, in predict_fn\n2024-05-02T10:00:59.300Z     out = model(batch)\n2024-05-02T10:00:59.301Z torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB")).toBe('out-of-memory');
  });

  it('a kill reported as an error code of 137 with more words after it, or run together, is still memory', () => {
    expect(causeOf("Worker process died unexpectedly (ErrorCode: 137)")).toBe('out-of-memory');
    expect(causeOf("ERROR ||PARALLEL_COMPILE||: parallel compilation with neuronx-cc exited with error.Received error code: 137, aborting remaining graphs")).toBe('out-of-memory');
  });
});
