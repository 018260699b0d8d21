import { describe, expect, it } from 'vitest';
import heldOut30 from './fixtures/held-out-30.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 30 of the held-out texts (held-out-30.json, issue threads of repositories no earlier round cited:
// LLM libraries calling SageMaker endpoints, the Studio image-build CLI, a book's training pipeline): the
// misses of the first pass, read by their structure, then the same structure in other wordings
// (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut30);

describe('round 30 readings, on the texts they were written for', () => {
  it.each([
    ['langchain9733-424-input-payload-inputs-key'],
    ['langchain5594-400-text-inputs-key'],
    ['langchain7187-422-missing-field-inputs'],
  ])("reads the container's refusal of the body's shape as the record sent (%s)", (id) => {
    expect(causeOf(real(id))).toBe('data');
  });

  it("reads Docker build's 'returned a non-zero code: 137' as the process SIGKILL ended", () => {
    expect(causeOf(real('smdockerbuild21-non-zero-code-137'))).toBe('out-of-memory');
  });

  it("does not read Docker's 'does not exist locally' beside an ECR URI as the registry's answer", () => {
    expect(causeOf(real('smdockerbuild16-push-image-not-exist-locally'))).toBe('user-code');
  });

  it("does not read a NotImplementedError's 'is not supported' as the request refused", () => {
    expect(causeOf(real('llmhandbook57-unsloth-model-not-supported'))).toBe('user-code');
  });

  it.each([['langchain9733-424-accept-eula-header'], ['setfit438-hf-task-env-required']])(
    'reads an instruction to send a named setting with the request as its configuration (%s)',
    (id) => {
      expect(causeOf(real(id))).toBe('validation');
    },
  );

  it('leaves the relabelled and the unknown-labelled texts unknown', () => {
    expect(causeOf(real('comfyuicost43-imagebuild-network-forbidden'))).toBe('unknown');
    expect(causeOf(real('litellm9157-too-little-data-content-length'))).toBe('unknown');
  });
});

describe('round 30 readings in other wordings', () => {
  it.each([
    ['a 422 naming another missing field', 'Received client error (422) from primary with message "Failed to deserialize the JSON body into the target type: missing field `messages` at line 1 column 2"'],
    ['a 400 whose payload lacks a key, in a variant name', 'An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) from variant-a with message "payload must contain an \'instances\' key"'],
    ['a missing field on its own, the JSON on the next lines', 'Received client error (400) from primary with message "{\n  "message": "missing field `prompt`"\n}"'],
  ])("the body's shape refused (%s): the input", (_name, text) => {
    expect(causeOf(text)).toBe('data');
  });

  it.each([
    ["the legacy builder's RUN step", "The command '/bin/sh -c pip install -r requirements.txt' returned a non-zero code: 137"],
    ['without the article', 'step 4/9 returned non-zero code: 137'],
  ])('%s: killed, memory', (_name, text) => {
    expect(causeOf(text)).toBe('out-of-memory');
  });

  it.each([
    ['a header the server requires', "Received client error (424) from primary with message \"Need to pass custom_attributes='accept_eula=true' as part of header.\""],
    ['an environment variable, double-quoted', 'ValueError: You must set "HF_MODEL_ID" — you have to define the model as env "HF_MODEL_ID"'],
  ])('an instruction naming the setting (%s): the configuration', (_name, text) => {
    expect(causeOf(text)).toBe('validation');
  });
});

describe('round 30 readings at their limits', () => {
  it("a container's 422 for a parameter out of range names no body shape", () => {
    expect(causeOf('Received client error (422) from primary with message "`temperature` must be strictly positive"')).not.toBe('data');
  });

  it('a missing field outside a container answer is not read as the body', () => {
    expect(causeOf('KeyError: missing field `inputs` in config')).not.toBe('data');
  });

  it('a non-zero code other than a signal says nothing of memory', () => {
    expect(causeOf("The command '/bin/sh -c make' returned a non-zero code: 2")).not.toBe('out-of-memory');
  });

  it("an ECR image the registry says does not exist is still the image's", () => {
    expect(causeOf('CannotPullContainerError: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest does not exist')).toBe('ecr');
  });

  it('a sentence not supported that no NotImplementedError raised is still the request refused', () => {
    expect(causeOf('ValidationException: Multi-model endpoints do not support this instance type')).toBe('validation');
  });

  it('prose saying to pass something as part of the pipeline names no header or environment variable', () => {
    expect(causeOf('ValueError: you need to pass the model as part of the pipeline')).not.toBe('validation');
  });

  it('an environment variable named in lower case is not read', () => {
    expect(causeOf("ValueError: you need to define the task as env 'hf_task'")).not.toBe('validation');
  });

  it('the instruction under an AlgorithmError is the training code speaking', () => {
    expect(causeOf("AlgorithmError: ExecuteUserScriptError: ValueError: you need to define the task as env 'HF_TASK'")).toBe('user-code');
  });
});
