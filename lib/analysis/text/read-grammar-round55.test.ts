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

describe('what the twenty-eighth review found', () => {
  // A relayed job failure the job's script waited on is that job's reason, not the script's code; the answer's head
  // with a run of spaces, a tab or a break after any word is one head; a training script's own list of supported
  // values is its code; the SDK's role check without the service's name is still the SDK's.
  it.each([
    ["a11-processing-orchestrator-child-smdebug", "Traceback (most recent call last):\n  File \"/opt/ml/processing/input/code/launch_training.py\", line 61, in <module>\n    estimator.fit(inputs={\"train\": train_uri}, wait=True, logs=\"None\")\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/workflow/pipeline_context.py\", line 346, in wrapper\n    return run_func(*args, **kwargs)\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/estimator.py\", line 1350, in fit\n    self.latest_training_job.wait(logs=logs)\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/estimator.py\", line 2736, in wait\n    self.sagemaker_session.wait_for_job(self.job_name)\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/session.py\", line 5453, in wait_for_job\n    _check_job_status(job, desc, \"TrainingJobStatus\")\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/session.py\", line 8438, in _check_job_status\n    raise exceptions.UnexpectedStatusException(\nsagemaker.exceptions.UnexpectedStatusException: Error for Training job pt-ddp-ckpt-2024-10-02-07-14-55-311: Failed. Reason: ClientError: SMDebug Does Not Currently Support Distributed Training Jobs With Checkpointing Enabled. Check troubleshooting guide for common errors: https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-python-sdk-troubleshooting.html", "validation"],
    ["a23-processing-orchestrator-child-clarify-config", "Traceback (most recent call last):\n  File \"/opt/ml/processing/input/code/run_checks.py\", line 73, in <module>\n    clarify_processor.run_bias(data_config=data_cfg, bias_config=bias_cfg, model_config=model_cfg)\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/clarify.py\", line 1735, in run_bias\n    return self._run(\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/clarify.py\", line 1607, in _run\n    return super().run(\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/processing.py\", line 271, in run\n    self.latest_job.wait(logs=logs)\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/processing.py\", line 1111, in wait\n    self.sagemaker_session.wait_for_processing_job(self.job_name)\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/session.py\", line 5497, in wait_for_processing_job\n    _check_job_status(job, desc, \"ProcessingJobStatus\")\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/session.py\", line 8438, in _check_job_status\n    raise exceptions.UnexpectedStatusException(\nsagemaker.exceptions.UnexpectedStatusException: Error for Processing job clarify-bias-20241002-0815: Failed. Reason: ClientError: Unable to load analysis configuration as JSON.", "validation"],
    ["a24-train-script-compile-child-neo-choice", "Traceback (most recent call last):\n  File \"/opt/ml/code/train_and_compile.py\", line 130, in <module>\n    compiled = model.compile(target_instance_family=\"ml_c5\", input_shape={\"data\": [1, 28]}, output_path=out, framework=\"xgboost\", framework_version=\"1.7\", role=role, job_name=job)\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/model.py\", line 1050, in compile\n    self._compilation_job_name = job_status[\"CompilationJobName\"]\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/session.py\", line 5410, in wait_for_compilation_job\n    _check_job_status(job, desc, \"CompilationJobStatus\")\n  File \"/usr/local/lib/python3.10/site-packages/sagemaker/session.py\", line 8438, in _check_job_status\n    raise exceptions.UnexpectedStatusException(\nsagemaker.exceptions.UnexpectedStatusException: Error for Compilation job xgb-churn-neo-1727855012: Failed. Reason: ClientError: CompilationError: Unable to load the model artifact. Please make sure the framework you select is correct.", "validation"],
    ["b05-500-double-space-flask-html", "ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (500)  from primary with message \"<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n\". See https://us-west-2.console.aws.amazon.com/cloudwatch/home?region=us-west-2#logEventViewer:group=/aws/sagemaker/Endpoints/sklearn-byoc-ep in account 560129853114 for more information.", "user-code"],
    ["b07-500-tab-before-with-html", "ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (500) from primary\twith message \"<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>\". See https://us-west-2.console.aws.amazon.com/cloudwatch/home?region=us-west-2#logEventViewer:group=/aws/sagemaker/Endpoints/byoc-flask in account 560129853114 for more information.", "user-code"],
    ["d02-cw-train-script-own-scheduler-check", "Traceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 212, in <module>\n    main(args)\n  File \"/opt/ml/code/train.py\", line 150, in main\n    scheduler = build_scheduler(optimizer, args.lr_scheduler, total_steps)\n  File \"/opt/ml/code/optim.py\", line 37, in build_scheduler\n    raise ValueError(f\"Scheduler {name} not supported. Supported schedulers are: linear, cosine, constant\")\nValueError: Scheduler cosine_warm not supported. Supported schedulers are: linear, cosine, constant", "user-code"],
    ["a17-laptop-sdk-role-required", "Traceback (most recent call last):\n  File \"/home/mei/proj/launch.py\", line 44, in <module>\n    est = PyTorch(entry_point=\"train.py\", source_dir=\"src\", role=os.environ.get(\"TRAIN_ROLE\"), **cfg)\n  File \"/home/mei/.venv/lib/python3.11/site-packages/sagemaker/pytorch/estimator.py\", line 269, in __init__\n    super(PyTorch, self).__init__(\n  File \"/home/mei/.venv/lib/python3.11/site-packages/sagemaker/estimator.py\", line 3519, in __init__\n    super(Framework, self).__init__(**kwargs)\n  File \"/home/mei/.venv/lib/python3.11/site-packages/sagemaker/estimator.py\", line 612, in __init__\n    raise ValueError(\"An AWS IAM role is required to create an estimator.\")\nValueError: An AWS IAM role is required to create an estimator.", "validation"],
    ["e01-lambda-processor-role-required", "{\"errorMessage\": \"An AWS IAM role is required to create a Processing job.\", \"errorType\": \"ValueError\", \"requestId\": \"4a1c9e33-6b0d-4f12-9d8e-21c7b5a0e6f4\", \"stackTrace\": [\"  File \\\"/var/task/app.py\\\", line 31, in handler\\n    proc = ScriptProcessor(image_uri=IMAGE, command=[\\\"python3\\\"], instance_type=\\\"ml.m5.xlarge\\\", instance_count=1, role=os.environ.get(\\\"ROLE\\\"))\\n\", \"  File \\\"/opt/python/sagemaker/processing.py\\\", line 131, in __init__\\n    raise ValueError(\\\"An AWS IAM role is required to create a Processing job.\\\")\\n\"]}", "validation"],
    ["b01-break-after-received-flask-html", "ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received\nserver error (500) from primary with message \"<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n\". See https://us-west-2.console.aws.amazon.com/cloudwatch/home?region=us-west-2#logEventViewer:group=/aws/sagemaker/Endpoints/sklearn-byoc-ep in account 560129853114 for more information.", "user-code"],
    ["b03-507-break-twice", "An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (507)\nfrom primary and\ncould not load the entire response body. See https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logEventViewer:group=/aws/sagemaker/Endpoints/sdxl-ep in account 238811029475 for more information.", "out-of-memory"],
  ])('%s', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
