import { describe, expect, it } from 'vitest';
import heldOut55 from './fixtures/held-out-55.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 55 (notebooks' saved output cells: batch transforms, built-in XGBoost, the SDK's checks): the first pass's
// misses, read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut55);

describe('a value refused with the supported ones named after it', () => {
  it("built-in XGBoost's content type not supported, the supported ones listed, is the request's setting", () => {
    expect(causeOf(real('nb-tedersek-transform-content-type-test-csv'))).toBe('validation');
    expect(causeOf(real('nb-tedersek2-transform-customererror-content-type'))).toBe('validation');
    expect(causeOf('Instance type ml.t2.medium not supported. Supported instance types are ml.m5.large, ml.c5.xlarge')).toBe('validation');
  });

  it('a refusal without the supported ones named is not read so', () => {
    expect(causeOf("Customer Error: Content-Type header value 'application/octet-stream' not supported (caused by KeyError)")).not.toBe('validation');
  });
});

describe("the SDK's check for the role it needs", () => {
  it('is the job\'s arguments (validation)', () => {
    expect(causeOf(real('nb-vetitk-estimator-iam-role-required'))).toBe('validation');
  });
});

describe("std::bad_alloc with XGBoost's hint that the model came from an older XGBoost", () => {
  it('is not memory', () => {
    expect(causeOf(real('nb-aniket1313-neo-treelite-bad-alloc'))).not.toBe('out-of-memory');
    expect(causeOf('terminate called after throwing an instance of std::bad_alloc')).toBe('out-of-memory');
  });
});

describe('what the twenty-seventh review found', () => {
  it("the SDK's entry-point check called from the job's own script stays the code's", () => {
    const text =
      'Traceback (most recent call last):\n  File "/opt/ml/processing/input/code/launch_training.py", line 29, in <module>\n    est.fit({"train": args.train}, wait=True)\n  File "/usr/local/lib/python3.10/site-packages/sagemaker/estimator.py", line 1335, in fit\n    self._prepare_for_training(job_name=job_name)\n  File "/usr/local/lib/python3.10/site-packages/sagemaker/fw_utils.py", line 189, in validate_source_dir\n    raise ValueError(\nValueError: No file named "train.py" was found in directory "/opt/ml/processing/input/code/src".';
    expect(causeOf(text)).toBe('user-code');
  });

  it("an AWS call's error the handler quoted inside the container's answer is AWS's finding, wrapped or not", () => {
    const wrapped =
      'ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (424) \nfrom primary with message "ThrottlingException: An error occurred (ThrottlingException) when calling the Converse \noperation (reached max retries: 4): Too many tokens, please wait before trying again.". See logs.';
    expect(causeOf(wrapped)).toBe('throttling');
    expect(causeOf(wrapped.replace(/ \n/g, ' '))).toBe('throttling');
    expect(causeOf('Received server error (500) from primary with message "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"')).toBe('s3-read');
  });

  it("a model server's label in the body's type stays its own", () => {
    expect(causeOf('Received server error (503) from primary with message "{\\"code\\": 503, \\"type\\": \\"InternalServerException\\", \\"message\\": \\"Prediction failed\\"}"')).toBe('user-code');
  });
});

describe('what the twenty-seventh review found unread or misread in the same reach', () => {
  // TorchServe's 503 body typed ServiceUnavailableException is the server's label; a model archive unpacked under
  // /opt/ml/model without its weights is the model's data; backoff's "Backing off" is a retry whose botocore count
  // is the inner client's.
  it.each([
    ["a05-torchserve-503-no-worker-wrapped", "ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (503) \nfrom primary with message \"{\n  \"code\": 503,\n  \"type\": \"ServiceUnavailableException\",\n  \"message\": \"Model \\\"model\\\" has no worker to serve inference request. Please use scale workers API to add workers.\"\n}\n\". \nSee \nhttps://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logEve\nntViewer:group=/aws/sagemaker/Endpoints/resnet-ts-endpoint in account \n264910377558 for more information.", "user-code"],
    ["b11-transformers-error-no-file-named-endpoint-log", "2024-06-14T10:02:55.118+00:00 2024-06-14 10:02:55,118 [INFO ] W-9000-model-stdout com.amazonaws.ml.mms.wlm.WorkerLifeCycle - Traceback (most recent call last):\n2024-06-14T10:02:55.118+00:00   File \"/opt/conda/lib/python3.10/site-packages/sagemaker_huggingface_inference_toolkit/handler_service.py\", line 83, in initialize\n2024-06-14T10:02:55.118+00:00     self.model = self.load(*([self.model_dir] + self.load_extra_arg))\n2024-06-14T10:02:55.119+00:00 OSError: Error no file named pytorch_model.bin, model.safetensors, tf_model.h5, model.ckpt.index or flax_model.msgpack found in directory /opt/ml/model.", "data"],
    ["b12-diffusers-no-file-named-unet", "OSError: Error no file named diffusion_pytorch_model.bin found in directory /opt/ml/model/unet.", "data"],
    ["b14-keras-no-file-or-directory", "Traceback (most recent call last):\n  File \"/opt/ml/model/code/inference.py\", line 19, in model_fn\n    return tf.keras.models.load_model(os.path.join(model_dir, \"model.keras\"))\n  File \"/usr/local/lib/python3.10/site-packages/keras/src/saving/saving_api.py\", line 262, in load_model\n    return legacy_sm_saving_lib.load_model(\nOSError: No file or directory found at /opt/ml/model/model.keras", "data"],
    ["c02-backoff-backing-off-then-algorithm-oom", "INFO:backoff:Backing off describe_training_job(...) for 1.3s (botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the DescribeTrainingJob operation (reached max retries: 4): Rate exceeded)\nINFO:backoff:Backing off describe_training_job(...) for 2.9s (botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the DescribeTrainingJob operation (reached max retries: 4): Rate exceeded)\nTraining job llm-sft-0919 ended with status Failed: AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.50 GiB. GPU 0 has a total capacity of 79.15 GiB of which 2.71 GiB is free.\"\nCommand \"/opt/conda/bin/python3.11 sft.py --bf16 --per_device_train_batch_size 16\", exit code: 1", "out-of-memory"],
  ])('%s', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it("the hub's download directory still says no side", () => {
    expect(causeOf('OSError: Error no file named pytorch_model.bin, tf_model.h5 found in directory /.sagemaker/mms/models/facebook__detr-resnet-50.')).toBe('unknown');
  });
});
