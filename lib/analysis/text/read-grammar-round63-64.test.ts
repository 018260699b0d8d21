import { describe, expect, it } from 'vitest';
import heldOut63 from './fixtures/held-out-63.json';
import heldOut64 from './fixtures/held-out-64.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 63 (Hugging Face model discussions) and 64 (Chinese, Traditional Chinese and Korean material): each first-pass
// miss read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut63, ...heldOut64]);

describe("a serving container refusing the model it was given, or the request's length", () => {
  it.each([
    ['hf-llava16-mistral23-invoke-llava-next-not-recognized', 'validation'],
    ['hf-gemma7b42-tgi-unsupported-model-type-gemma', 'validation'],
    ['hf-replit-code13-invoke-task-couldnt-be-inferenced', 'validation'],
    ['hf-falcon40b-instruct47-tgi-input-tokens-plus-max-new-tokens', 'data'],
    ['hf-detr-resnet50-14-invoke-requires-timm', 'user-code'],
    ['sm-quickstart-zh-demo05-xgboost-wrong-model-format-worker-boot', 'data'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the same structures in other words, and not a script of the job', () => {
    expect(causeOf('ValueError: Unsupported model architecture qwen2_vl')).toBe('validation');
    expect(causeOf('{"error":"Input validation error: `inputs` must have less than 4096 tokens. Given: 5000","error_type":"validation"}')).toBe('data');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nValueError: Unsupported model type foo in my registry')).toBe('user-code');
    expect(causeOf('RuntimeError: Model /tmp/checkpoints/last.pt cannot be loaded')).not.toBe('data');
  });
});

describe("an image, a subnet's zone and a session token, in the service's words", () => {
  it.each([
    ['sm-quickstart-zh-demo05-createmodel-cannot-pull-image', 'ecr'],
    ['sm-quickstart-zh-demo01-domain-subnet-az-no-efs-mount', 'vpc'],
    ['sagemakerdemo-zh-tw-unified-studio-invalid-expired-auth-token', 'expired-credentials'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('does not take a pull from another registry or a zone said of something else', () => {
    expect(causeOf('Warning: cannot pull docker.io/library/python:3.10, using the cached image')).not.toBe('ecr');
    expect(causeOf('The instance type is in an Availability Zone that does not support it')).not.toBe('vpc');
  });
});

describe('what the thirty-third review found', () => {
  // A token's owner decides whose it is (a Hugging Face, Git or W&B token, or the job's own code, is not AWS's); a
  // serving library's capitalised refusal of a model type, not a CPU's architecture or a reporter's sentence; TGI's own
  // input-length error only as its JSON body; CreateModel's "cannot pull" only as its own sentence, China regions too;
  // the model archive's load failure not when the job's handler raised it; a subnet named by its id or in a list.
  it.each([
    ["u09-cpu-arch-exec-format", "Unsupported architecture: aarch64 detected, this binary requires x86_64\nexec /usr/local/bin/serve: exec format error", "user-code"],
    ["u11-prose-unsupported-model-type", "I keep getting unsupported model type when I deploy llama3 on sagemaker with the huggingface container, any ideas?", "unknown"],
    ["e06-cannot-pull-ecr-no-space", "cannot pull 763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.3.0-gpu-py311: failed to register layer: write /var/lib/docker/overlay2/abc/diff/usr/lib/libcudnn.so.9: no space left on device", "disk-space"],
    ["e07-cannot-pull-warning-then-script", "Warning: cannot pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/base:latest, using the cached image\nTraceback (most recent call last):\n  File \"/opt/ml/code/train.py\", line 54, in <module>\n    y = df[\"label\"]\nKeyError: 'label'", "user-code"],
    ["m04-cannot-be-loaded-user-handler-version", "Traceback (most recent call last):\n  File \"/opt/ml/model/code/inference.py\", line 18, in model_fn\n    raise RuntimeError(f\"Model {path} cannot be loaded: onnxruntime {ort.__version__} too old\")\nRuntimeError: Model /opt/ml/model/encoder.onnx cannot be loaded: onnxruntime 1.12.0 too old", "user-code"],
    ["x02-hf-hub-access-token-in-tgi", "Error: DownloadError\n2024-05-10T08:00:00Z ERROR download: text_generation_launcher: Download encountered an error:\nhuggingface_hub.utils._errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct/resolve/main/config.json\nInvalid or expired access token.", "model-download"],
    ["x03-hf-token-no-url", "OSError: HUGGING_FACE_HUB_TOKEN rejected: Invalid or expired access token. Run `huggingface-cli login` again to download meta-llama/Llama-2-13b-hf.", "model-download"],
    ["x05-wandb-token-in-user-script", "AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"wandb.errors.AuthenticationError: Invalid or expired authentication token (<Response [401]>)\"\nCommand \"/opt/conda/bin/python3.10 train.py --report_to wandb\"", "user-code"],
    ["x06-partner-api-in-handler", "Traceback (most recent call last):\n  File \"/opt/ml/model/code/inference.py\", line 40, in predict_fn\n    raise PermissionError(\"Invalid or expired access token for partner pricing API\")\nPermissionError: Invalid or expired access token for partner pricing API", "user-code"],
    ["v03-subnets-list", "ValidationException: Subnets subnet-0aa11, subnet-0bb22 are in an Availability Zone that does not support the requested instance type ml.p4d.24xlarge", "vpc"],
  ])('%s', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
