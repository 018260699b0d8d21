import { describe, expect, it } from 'vitest';
import heldOut70 from './fixtures/held-out-70.json';
import heldOut71 from './fixtures/held-out-71.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 70 (notebooks' saved outputs and READMEs in repositories no round cited) and 71 (threads quoting hub models'
// deployments): each first-pass miss read by its structure, then the same structure in other wordings (constructed)
// and its limits.
const real = fixtureText([...heldOut70, ...heldOut71]);

describe('round 70 and 71 misses', () => {
  it.each([
    ['r70-model-card-create-conflict-version-exists', 'validation'],
    ['r71-jumpstart-gemma2b-attach-accept-eula-valueerror', 'validation'],
    ['r71-llama2-finetuned-tgi-no-local-weights-bin', 'data'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads a conflict whose message says the thing already exists, and not a conflict that says nothing of it', () => {
    expect(causeOf('botocore.exceptions.ClientError: An error occurred (ConflictException) when calling the CreateExperiment operation: Experiment churn-exp already exists')).toBe('validation');
    expect(causeOf('An error occurred (ConflictException) when calling the UpdateTrainingJob operation: There was a conflict when you attempted to modify a SageMaker entity such as an Experiment or Artifact.')).toBe('unknown');
    expect(causeOf('An error occurred (InternalFailure) when calling the CreateModelCard operation: model card version 1 already exists')).not.toBe('validation');
  });

  it("reads a setting to define within the model's Environment, and not a sentence about an environment", () => {
    expect(causeOf("ValueError: Need to define 'accept_eula'='true' within Environment. Model 'meta-textgeneration-llama-3-8b' requires accepting end-user license agreement (EULA).")).toBe('validation');
    expect(causeOf('ValueError: need to define the tokenizer within the environment of the training script')).toBe('user-code');
  });

  it("reads TGI's missing local weights under /opt/ml/model as the model archive's, and elsewhere as the code's", () => {
    expect(causeOf('FileNotFoundError: No local weights found in /opt/ml/model with extension .safetensors')).toBe('data');
    expect(causeOf('FileNotFoundError: No local weights found in /tmp/checkpoints with extension .bin')).toBe('user-code');
  });

  it('does not read the missing local weights from a line logged at DEBUG, as from one at INFO', () => {
    // A launcher that logs the exception it caught at DEBUG or INFO goes on past it to download the weights.
    for (const level of ['INFO', 'DEBUG']) {
      const text = `2024-02-11 08:00:03 ${level} caught FileNotFoundError: No local weights found in /opt/ml/model with extension .bin; downloading model_id instead`;
      expect(causeOf(text), level).not.toBe('data');
    }
  });
});

describe('what the thirty-sixth review found', () => {
  // The review's texts for rounds 70 and 71's readings, labelled before running, that read as labelled now: look-alikes
  // the readings must leave alone (a concurrent update's conflict, "already exists" outside the conflict's message, a
  // script's own instruction in its traceback or on a warning line, /opt/ml/model as a training job's save path or a
  // launcher's WARN line) and the variants they read.
  it.each([
    ["w01", "botocore.errorfactory.ResourceConflictException: An error occurred (ResourceConflictException) when calling the CreateAlias operation: Alias already exists: arn:aws:lambda:us-east-1:861229788715:function:dss-visitation-staging:domovoi-stepfunctions-task-Initialize11", "validation"],
    ["w02", "* aws_lambda_function._airflow_request: Error creating Lambda function: ResourceConflictException: Function already exist: _airflow_request\n\tstatus code: 409, request id: 76db4773-8a23-11e7-87a8-6ff908dd6661", "validation"],
    ["w03", "vLLM component publish failed: jetson-xavier-jp6: An error occurred (ConflictException) when calling the CreateComponentVersion operation: Component [model-vllm-qwen3-vl-8b-instruct : 1.0.0] for account [164152369890] already exists and can't be created again with tags.", "validation"],
    ["w04", "An error occurred (ConflictException) when calling the CreateRule operation:\nRule with action CREATE_LISTING_CHANGE_SET and metadata form\nMetadataFormReference(formTypeIdentifier=DLHDataAttributes, formTypeRevision=6)\nalready exists in domain units hierarchy in domain unit(s): 5j0d7yrs9ao0ex", "validation"],
    ["w06", "Error: \"An error occurred (ConflictException) when calling the StartRecovery operation: One or more of the Source Servers included in API call are currently being processed by a Job\"", "unknown"],
    ["w07", "botocore.errorfactory.ResourceConflictException: An error occurred (ResourceConflictException) when calling the UpdateFunctionCode operation: The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-west-2:111122223333:function:sagemaker-pipeline-register-step", "unknown"],
    ["w09", "[Pipeline step RegisterModel] INFO Model package group 'churn-models' already exists, reusing it.\nbotocore.exceptions.ClientError: An error occurred (ConflictException) when calling the UpdateModelCard operation: Model card churn-card is being updated by another request. Retry the request.", "unknown"],
    ["w12", "Error: creating SageMaker AI Model Card (churn-card): operation error SageMaker: CreateModelCard, https response error StatusCode: 409, RequestID: 0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f, ConflictException: Modelcard arn:aws:sagemaker:us-east-1:111122223333:model-card/churn-card with version 1 already exists", "validation"],
    ["w13", "An error occurred (ResourceConflictException) when calling the AddPermission operation: The statement id (sid) provided already exists. Please provide a new statement id, or remove the existing statement.", "validation"],
    ["w14", "An error occurred (ConflictException) when calling the PutMethodResponse operation: Response already exists for this resource", "validation"],
    ["w15", "An error occurred (ConflictException) when calling the CreateModelCard operation: Model card churn-card Already Exists", "validation"],
    ["w16", "An error occurred (ConflictException) when calling the CreateFoundationModelAgreement operation: Agreement is being processed.", "unknown"],
    ["w17", "ClientError: An error occurred (ConflictException) when calling the DeleteModelCard operation: Cannot delete model card churn-card because model package arn:aws:sagemaker:us-east-1:111122223333:model-package/churn/3 that references it already exists in a registry. Remove the reference first.", "validation"],
    ["w18", "2024-03-03T10:01:11Z INFO  Bucket sagemaker-us-east-1-111122223333 already exists\nAn error occurred (OperationAborted) when calling the PutBucketLifecycleConfiguration operation: A conflicting conditional operation is currently in progress against this resource. Please try again.", "unknown"],
    ["e01", "ValueError: Need to define ‘accept_eula'='true' within Environment. Model 'meta-textgeneration-llama-2-7b-f' requires accepting end-user license agreement (EULA). See https://jumpstart-cache-prod-us-west-2.s3.us-west-2.amazonaws.com/fmhMetadata/eula/llamaEula.txt for terms of use.", "validation"],
    ["e04", "ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (424) from primary with message \"{\n  \"code\":424,\n  \"message\":\"prediction failure\",\n  \"error\":\"Need to pass custom_attributes='accept_eula=true' as part of header. This means you have read and accept the end-user license agreement (EULA) of the model. EULA can be found in model card description or from https://ai.meta.com/resources/models-and-libraries/llama-downloads/\"\n}\"", "validation"],
    ["e05", "Error: creating SageMaker model: ValidationException: The AcceptEula value must be explicitly defined as True in order to accept the end-user license agreement (EULA) that this \"s3://jumpstart-private-cache-prod-us-east-1/meta-textgeneration/meta-textgeneration-llama-2-13b-f/artifacts/inference-prepack/v1.0.0/\" model requires.", "validation"],
    ["e06", "INFO:sagemaker.jumpstart:Model 'meta-textgeneration-llama-2-7b' requires accepting end-user license agreement (EULA). See https://jumpstart-cache-prod-us-east-1.s3.us-east-1.amazonaws.com/fmhMetadata/eula/llamaEula.txt for terms of use.\nResourceLimitExceeded: An error occurred (ResourceLimitExceeded) when calling the CreateEndpoint operation: The account-level service limit 'ml.g5.2xlarge for endpoint usage' is 0 Instances, with current utilization of 0 Instances and a request delta of 1 Instances.", "quota"],
    ["e07", "AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"ValueError: Need to define 'WANDB_API_KEY' within Environment before calling wandb.login()\"\nCommand \"/opt/conda/bin/python3.10 train.py --epochs 3\", exit code: 1", "user-code"],
    ["e08", "Traceback (most recent call last):\n  File \"/opt/ml/processing/code/evaluate.py\", line 21, in <module>\n    raise RuntimeError(\"You have to set 'MLFLOW_TRACKING_URI' within the Environment of the processor\")\nRuntimeError: You have to set 'MLFLOW_TRACKING_URI' within the Environment of the processor", "user-code"],
    ["e09", "/opt/conda/lib/python3.10/site-packages/sagemaker/jumpstart/utils.py:412: UserWarning: you have to set 'accept_eula' within the environment for gated models; defaulting to false\ntorch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 22.20 GiB total capacity; 20.91 GiB already allocated; 1.02 GiB free)", "out-of-memory"],
    ["e10", "2024-06-01 12:00:01 WARNING Need to define 'HF_TOKEN' within Environment to download gated weights; continuing with public weights\nModuleNotFoundError: No module named 'flash_attn'", "user-code"],
    ["e12", "UnexpectedStatusException: Error for Training job jumpstart-llama-2-7b-ft: Failed. Reason: ClientError: Need to define 'accept_eula'='true' within Environment for gated model meta-textgeneration-llama-2-7b.", "validation"],
    ["t01", "2023-10-17T09:12:44.118Z ERROR download: text_generation_launcher: Download encountered an error: Traceback (most recent call last):\n  File \"/opt/conda/bin/text-generation-server\", line 8, in <module>\n    sys.exit(app())\n  File \"/opt/conda/lib/python3.9/site-packages/text_generation_server/cli.py\", line 137, in download_weights\n    local_pt_files = utils.weight_files(model_id, revision, \".bin\")\n  File \"/opt/conda/lib/python3.9/site-packages/text_generation_server/utils/hub.py\", line 90, in weight_files\n    raise FileNotFoundError(\nFileNotFoundError: No local weights found in /opt/ml/model with extension .bin\nError: DownloadError", "data"],
    ["t02", "FileNotFoundError: No local weights found in /opt/ml/model/ with extension .safetensors", "data"],
    ["t04", "AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"FileNotFoundError: No local weights found in /opt/ml/model with extension .safetensors\"\nCommand \"/opt/conda/bin/python3.10 run_sft.py --output_dir /opt/ml/model --merge_weights True\", exit code: 1", "user-code"],
    ["t05", "2024-02-11 08:00:03 INFO No local weights found in /opt/ml/model. Treating as model ID for download.\nhuggingface_hub.utils._errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-65c88a53-1f2b)\nCannot access gated repo for url https://huggingface.co/meta-llama/Llama-2-7b-hf/resolve/main/config.json.", "model-download"],
    ["t06", "FileNotFoundError: No local weights found in /data/models--meta-llama--Llama-2-7b-hf/snapshots/6fdf2e60f86ff2481f2241aaee459f85b5b0bbb9 with extension .bin", "user-code"],
    ["t07", "FileNotFoundError: No local weights found in /opt/ml/model-merged with extension .safetensors", "user-code"],
    ["t08", "Model output saved to /opt/ml/model\nFileNotFoundError: No local weights found in /tmp/lora-merged with extension .safetensors", "user-code"],
    ["t09", "\"FileNotFoundError: No local weights found in /opt/ml/model with extension .bin;Only safetensor format is supported. Please refer to model's README for more details.\"", "data"],
    ["w19", "An error occurred (ConflictException) when calling the UpdateClusterSoftware operation: An update request already exists for cluster hp-cluster-1 and is in progress. Retry after it completes.", "unknown"],
    ["w20", "Experiment churn-exp already exists, reusing it. ClientError: An error occurred (ConflictException) when calling the AssociateTrialComponent operation: There was a conflict when you attempted to modify a SageMaker entity such as an Experiment or Artifact.", "unknown"],
    ["t11", "UnexpectedStatusException: Error hosting endpoint llama2-ft-tgi: Failed. Reason: The primary container for production variant AllTraffic did not pass the ping health check. Please check CloudWatch logs for this endpoint.\nFileNotFoundError: No local weights found in /opt/ml/model with extension .bin", "data"],
    ["t12", "2024-02-11T08:00:03Z WARN text_generation_launcher: No local weights found in /opt/ml/model with extension .safetensors, converting .bin weights\ntorch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.96 GiB (GPU 0; 22.19 GiB total capacity; 21.02 GiB already allocated; 160.50 MiB free)", "out-of-memory"],
  ] as [string, string, string][])('%s', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
