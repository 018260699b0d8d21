import { describe, expect, it } from 'vitest';
import heldOut161 from './fixtures/held-out-161.json';
import heldOut193 from './fixtures/held-out-193.json';
import heldOut222 from './fixtures/held-out-222.json';
import heldOut223 from './fixtures/held-out-223.json';
import heldOut224 from './fixtures/held-out-224.json';
import heldOut225 from './fixtures/held-out-225.json';
import heldOut227 from './fixtures/held-out-227.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 221 onward: the first-pass misses read by their structure, then the same structure in other wordings (constructed)
// and its limits; and the readings the last session's final read named as uneven, made even.
const real = fixtureText([...heldOut161, ...heldOut193, ...heldOut222, ...heldOut223, ...heldOut224, ...heldOut225, ...heldOut227]);

describe("the SDK's version sentence, every occurrence looked at", () => {
  it('reads the refusal that ended the run below a warning that went on past the same sentence', () => {
    const warned = 'WARNING:sagemaker.image_uris:Unsupported pytorch version: 2.5. You may need to upgrade your SDK version (pip install -U sagemaker) for newer pytorch versions. Falling back to 2.4.';
    const raised = 'ValueError: Unsupported pytorch version: 2.6. You may need to upgrade your SDK version (pip install -U sagemaker) for newer pytorch versions.';
    expect(causeOf(`${warned}\nTraceback (most recent call last):\n${raised}`)).toBe('validation');
    expect(causeOf(`${warned}\n${warned}`)).toBe('unknown');
  });
});

describe("round 224: a model server's answers as pages quote them", () => {
  it("reads Text Generation Inference's input-length refusal alone at the head of its line as the payload's, not a log line's mention", () => {
    expect(causeOf(real('r224-mixtral-tgi-input-too-long'))).toBe('data');
    expect(causeOf('Input validation error: inputs must have less than 1024 tokens. Given: 1416')).toBe('data');
    expect(causeOf('2024-01-01T00:00:00 WARN request 12: Input validation error: inputs tokens + max_new_tokens must be <= 2048.')).toBe('unknown');
    expect(causeOf('Input validation error: max_new_tokens must be <= 2048.')).toBe('unknown');
  });

  it("reads a streamed invocation's answer not sent in time as the serving code's, as the unstreamed time-out is", () => {
    expect(causeOf(real('r224-stream-invoke-timeout'))).toBe('user-code');
    expect(causeOf('botocore.errorfactory.ModelStreamError: An error occurred (ModelStreamError) when calling the InvokeEndpointWithResponseStream operation: Your model did not complete sending the inference response in the allotted time.')).toBe('user-code');
    expect(causeOf('INFO stream finished; the model did complete sending the inference response')).toBe('unknown');
  });
});

describe("the sixty-eighth review: a service's failure verdict whose next sentence names the network to put right", () => {
  it("reads HyperPod's EFA health check that did not run, with its instruction about the VPC and security groups, as the network's", () => {
    expect(causeOf(real('r193-awsomedist-hyperpod-efa-healthcheck-vpc-sg'))).toBe('vpc');
    expect(causeOf('Cluster creation failed. Please make sure the subnets and security groups are correctly configured.')).toBe('vpc');
  });

  it('reads neither the verdict alone nor the instruction alone (a guide gives it as advice)', () => {
    expect(causeOf('EFA health checks did not run successfully')).toBe('unknown');
    expect(causeOf('Ensure that your VPC and security groups are properly configured before attempting to create a new cluster.')).toBe('unknown');
  });
});

describe("round 222: CloudFormation's own heading for a template it could not validate", () => {
  it("reads 'Template validation error: Internal Failure' as AWS's side, as a stack event's Internal Failure", () => {
    expect(causeOf(real('r222-fastai148-cfn-template-validation-internal-failure'))).toBe('internal');
    expect(causeOf('Template validation error: Invalid template property or properties [Foo]')).toBe('unknown');
    expect(causeOf('RuntimeError: Internal Failure: checkpoint shard 3 of 8 is 0 bytes')).toBe('user-code');
  });
});

describe('round 223: failures quoted in public code', () => {
  it("reads a container's start script naming the setting it lacks, as the text's last line, as the configuration's", () => {
    expect(causeOf(real('r223-si-5304-tei-hf-model-id-blank'))).toBe('validation');
    expect(causeOf('HF_MODEL_ID must be set')).toBe('validation');
    expect(causeOf('ValueError: HF_MODEL_ID must be set')).toBe('validation');
    expect(causeOf('HF_HOME is not set\nTraceback (most recent call last):\nKeyError: \'label\'')).toBe('user-code');
  });

  it("takes a script's Markdown report's bullet, clock time, mark and log label off each line", () => {
    expect(causeOf('- `03:13:33`    log: HF_MODEL_ID is not set')).toBe('validation');
  });

  it("reads the failure code SageMaker relays from ECR for the image reference as the image's", () => {
    expect(causeOf(real('r223-si-5545-invalid-image-digest'))).toBe('ecr');
    expect(causeOf('An error occurred (ValidationException) when calling the CreateTrainingJob operation: Unexpected failure code: ImageTagDoesNotMatchDigest')).toBe('ecr');
    expect(causeOf('An error occurred (ValidationException) when calling the CreateTrainingJob operation: 1 validation error detected: Value \'x\' at \'trainingJobName\' failed to satisfy constraint')).toBe('validation');
  });

  it("reads a handler's 'Input token limit exceeded' in a client error's body as the payload's", () => {
    expect(causeOf(real('r223-opensearch-ppltool-sagemaker-404-input-token-limit'))).toBe('data');
    expect(causeOf('Received client error (400) from primary with message "Prompt length exceeded: 5000 > 4096"')).toBe('data');
    expect(causeOf('INFO input token limit exceeded for 1 request; truncating')).toBe('unknown');
  });

  it('reads "Could not find model data at" hard-wrapped before its URI as the model archive missing', () => {
    expect(causeOf(real('r223-tf-ivr-createmodel-could-not-find-model-data'))).toBe('data');
  });

  it("reads an instance type said not offered in the subnet's zone as the request's choice, not when capacity is the reason", () => {
    expect(causeOf(real('r223-tf-notebook-t3-large-not-in-az'))).toBe('validation');
    expect(causeOf('ml.g5.xlarge is not available in this availability zone right now due to capacity')).toBe('unknown');
  });
});

describe("the sixty-ninth review: this session's readings where the program went on, in guides and in wrappers", () => {
  it("reads no input-length refusal that a batch skipped or resent, nor one indented in a guide's prose; reads it under a client's ValidationError", () => {
    const refusal = 'Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 4388 `inputs` tokens and 256 `max_new_tokens`';
    expect(causeOf(`${refusal}\nWARNING: record 1187 too long for the endpoint, skipping\nDone: 4998/5000 records scored`)).toBe('unknown');
    expect(causeOf(`If the endpoint answers\n\n    ${refusal}\n\nraise MAX_INPUT_LENGTH and redeploy.`)).toBe('unknown');
    expect(causeOf(`Traceback (most recent call last):\n  File "bench.py", line 22, in <module>\n    out = client.generate(prompt)\ntext_generation.errors.ValidationError: ${refusal}`)).toBe('data');
    expect(causeOf(`{"errorMessage": "${refusal.replace(/`/g, '')}", "errorType": "ValidationError"}`)).toBe('data');
  });

  it("reads the streamed time-out only in SageMaker Runtime's words to the caller, not a guide's nor a warning that retried", () => {
    expect(causeOf('Streamed responses have their own limit: SageMaker ends the stream with a ModelStreamError that says the model did not complete sending the inference response in the allotted time.')).toBe('unknown');
    expect(causeOf('2024-09-12 14:05:02 WARNING chat.stream: interrupted (Your model primary did not complete sending the inference response in the allotted time.), retrying (attempt 2/3)')).toBe('unknown');
  });

  it("reads a setting's requirement alone on its line neither in a list of variables nor where the next line fell back", () => {
    expect(causeOf('Environment variables\nHF_MODEL_ID must be set\nHF_MODEL_REVISION is optional')).toBe('unknown');
    expect(causeOf('SM_HP_LEARNING_RATE must be set\n[startup] SM_HP_LEARNING_RATE not given, falling back to default 2e-5\n[train] epoch 1/3 loss=0.412')).toBe('unknown');
    expect(causeOf('2024-10-05T08:12:01.215Z Adding CUDA compat to LD_LIBRARY_PATH\n2024-10-05T08:12:01.300Z HF_MODEL_ID must be set')).toBe('validation');
  });

  it("reads ECR's failure code only as the AWS error's own message, not a wrapper's warning that fell back", () => {
    expect(causeOf("[ci] WARN image check returned Unexpected failure code: ImageNotFound; falling back to v1.4.1\nbotocore.exceptions.ClientError: An error occurred (ResourceLimitExceeded) when calling the CreateTrainingJob operation: The account-level service limit 'ml.p4d.24xlarge for training job usage' is 0 Instances")).toBe('quota');
    expect(causeOf('api error ValidationException: Unexpected failure code: ImageNotFound')).toBe('ecr');
  });

  it("reads a network hint after a failure as weaker than the failure it follows, and not a network named in general", () => {
    expect(causeOf('[deploy] ERROR: Endpoint sentiment-prod status Failed: The primary container for production variant AllTraffic did not pass the ping health check.\n[deploy] Deployment failed. Please check that your VPC and security groups are correctly configured, then retry.')).toBe('user-code');
    expect(causeOf('Error: Model download from the Hugging Face Hub failed. Please make sure your network is properly configured.')).toBe('unknown');
    expect(causeOf("App 'default-jupyterlab' of type JupyterLab failed to start. Verify that your VPC, subnets and security groups are correctly configured for VpcOnly network access.")).toBe('vpc');
  });

  it("reads no input limit per minute as the payload's, nor an instance type a guide says is not in a zone", () => {
    expect(causeOf('Received client error (429) from primary with message "{"error":"Input token limit exceeded for this minute (limit 100000 TPM)"}"')).not.toBe('data');
    expect(causeOf('Note: ml.p5.48xlarge is not available in the availability zone use1-az3, so create the private subnet in use1-az4.')).toBe('unknown');
  });

  it("reads the SDK's version sentence on a warning whose next line fell back, or beside a job that ran, as no refusal", () => {
    expect(causeOf('WARNING:sagemaker.image_uris:Unsupported huggingface-llm version: 3.2. You may need to upgrade your SDK version (pip install -U sagemaker) for newer huggingface-llm versions.\nWARNING:sagemaker.image_uris:Falling back to the latest supported version 3.0.1.')).toBe('unknown');
  });
});

describe('round 225: failures quoted in public code, found by other strings', () => {
  it("reads AWS's capitalised 'Member must …' constraint without its report's head as the request's, not prose", () => {
    expect(causeOf(real('r225-mmaudio-endpoint-name-length-63'))).toBe('validation');
    expect(causeOf("Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}")).toBe('validation');
    expect(causeOf('each team member must have access to the bucket')).toBe('unknown');
  });

  it("reads PyTorch's archive reader failing to locate an entry as the model file's, as its missing central directory", () => {
    expect(causeOf(real('r225-movielens-default-handler-jit-load-constants-pkl'))).toBe('data');
  });

  it("reads a script's own 'file not found' under the job's input mounts as the input's, not its config directory", () => {
    expect(causeOf(real('r225-movielens-processing-ratings-file-not-found'))).toBe('data');
    expect(causeOf('WARNING config file not found: /opt/ml/input/config/extra.json, using defaults')).toBe('unknown');
  });
});

describe('the seventy-first review: a message hard-wrapped inside another form', () => {
  it("joins Terraform's word-wrapped diagnostic above its own context, the Go SDK's 'api error' ending a line", () => {
    const box = [
      '╷',
      '│ Error: creating SageMaker AI Model (pricing-v12): operation error SageMaker:',
      '│ CreateModel, https response error StatusCode: 400, RequestID:',
      '│ 3d103f5b-77aa-02ed-89ab-dbb07fed55d0, api error ValidationException: Could not',
      "│ assume role arn:aws:iam::902233445566:role/pricing-model-exec-role. Please",
      "│ ensure that the role exists and allows principal 'sagemaker.amazonaws.com' to",
      '│ assume the role.',
      '│ ',
      '│   with aws_sagemaker_model.pricing,',
      '│   on main.tf line 58, in resource "aws_sagemaker_model" "pricing":',
      '│   58: resource "aws_sagemaker_model" "pricing" {',
      '│ ',
      '╵',
    ].join('\n');
    expect(causeOf(box)).toBe('trust-policy');
  });

  it('joins a block cut at a column inside a longer text: a chat alert, a stamp on its first line only, a stamp on every line', () => {
    const denial = 'The role arn:aws:iam::802233445566:role/rerank-serving is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:eu-west-1:802233445566:log-group:/aws/sagemaker/Endpoints/search-rerank:log-stream: . Please ensure the role has CloudWatch Logs permissions.';
    const cut = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? text;
    expect(causeOf(`:warning: endpoint \`search-rerank\` → *Failed*\n\`\`\`\n${cut(denial, 80)}\n\`\`\``)).toBe('cloudwatch-logs');
    const noObjects = '2024/05/14 04:00:12 retrain-weekly-0514 Failed: ClientError: No S3 objects found under S3 URL "s3://weekly-feed-660011/2024-05-14/train/" given in input data source. Please ensure that the bucket exists in the selected region (us-east-1), that objects exist under that S3 prefix.';
    expect(causeOf(cut(noObjects, 80))).toBe('data');
    expect(causeOf(real('r161-dotnet-sample-s3-wrong-endpoint'))).toBe('validation');
    expect(causeOf(real('r161-dotnet-sample-s3-wrong-endpoint').split('\n').map((l) => `2024/01/29 10:12:15 ${l}`).join('\n'))).toBe('validation');
  });
});

describe("round 227: a caller said not to have permission to call an IAM action, under another service's validation code", () => {
  it("reads CloudFormation's 'User doesn't have permission to call ssm:GetParameters' under ValidationError as a denial", () => {
    expect(causeOf(real('r227-hail-sagemaker-product-ssm-getparameters-denied'))).toBe('other-permission');
    expect(causeOf('An error occurred (ValidationError) when calling the CreateStack operation: Parameters: [Subnet] must have values')).toBe('validation');
  });
});

describe("the seventy-second review: the joins and rounds 225 to 227's readings, where they over-read", () => {
  it('joins no word wrap whose lines happen to be one width, and no log records of one width', () => {
    const soft = "UnexpectedStatusException: Error for Training job x1: Failed.\nReason: ClientError: An error occurred (ValidationException)\nwhen calling the CreateTrainingJob operation: Could not assume\nrole arn:aws:iam::123456789012:role/team-a. Please ensure that\nthe role exists and allows principal 'sagemaker.amazonaws.com'\nto assume the role.";
    expect(causeOf(soft)).toBe('trust-policy');
  });

  it('reads the action a caller is said not to have permission to call for its cause', () => {
    expect(causeOf("AmazonCloudFormationException AccessDenied. User doesn't have permission to call iam:PassRole (Service: AmazonCloudFormation; Status Code: 400; Error Code: ValidationError; Request ID: a33)")).toBe('trust-policy');
  });

  it("reads 'Member must' only in AWS's own constraint forms, and an input file said missing not on a warning that went on", () => {
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/processing/input/code/build_features.py", line 61, in validate_members\n    raise ValueError(f"Member must have a non-empty customer_id (row {i})")\nValueError: Member must have a non-empty customer_id (row 18231)')).toBe('user-code');
    expect(causeOf("Failed to start pipeline: Value 'ml.t3.mediun' at 'processingResources.clusterConfig.instanceType' failed; Member must satisfy enum value set: [ml.t3.medium, ml.m5.large]")).toBe('validation');
    expect(causeOf('WARN file not found: /opt/ml/input/data/validation/val.csv, skipping validation\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 90, in <module>\n    y = df["label"]\nKeyError: \'label\'')).toBe('user-code');
  });
});
