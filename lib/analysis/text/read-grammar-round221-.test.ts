import { describe, expect, it } from 'vitest';
import heldOut193 from './fixtures/held-out-193.json';
import heldOut222 from './fixtures/held-out-222.json';
import heldOut223 from './fixtures/held-out-223.json';
import heldOut224 from './fixtures/held-out-224.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 221 onward: the first-pass misses read by their structure, then the same structure in other wordings (constructed)
// and its limits; and the readings the last session's final read named as uneven, made even.
const real = fixtureText([...heldOut193, ...heldOut222, ...heldOut223, ...heldOut224]);

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
