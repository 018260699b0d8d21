import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import heldOut24 from './fixtures/held-out-24.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 24 of the held-out texts (held-out-24.json, texts that earlier rounds dropped because their first
// 80 characters were a common SDK prefix, deduplicated this time on the detail after the prefix): the
// misses of the first pass, read by their structure, then the same structure in other wordings
// (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut24);
const invoke = 'ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: ';

describe('round 24 readings, on the texts they were written for', () => {
  it("does not take the model server's exception label inside a client error for AWS's internal error", () => {
    for (const id of ['cdksamples5-gptj-escaped-model-type', 'hfinference122-no-engine-for-computation', 'sdk2955-index-out-of-range-in-self']) {
      expect(rulesOf(real(id))).not.toContain('exception-internal');
      expect(causeOf(real(id))).toBe('unknown');
    }
  });

  it("reads a server error whose body SageMaker could not load as the container's answer", () => {
    const text = real('examples4324-500-could-not-load-response-body');
    expect(rulesOf(text)).toContain('container-server-error');
    expect(causeOf(text)).toBe('user-code');
  });

  it("reads the container's 415 as a refusal of the request's body", () => {
    expect(rulesOf(real('examples2047-415-content-type-not-supported'))).toContain('container-refused-body');
    expect(causeOf(real('examples2047-415-content-type-not-supported'))).toBe('data');
  });

  // After the review: a 422 is not read by its status (TGI answers it for a parameter out of range too);
  // the input against its length limit is what says the record is too long.
  it("reads the container's 422 on an input over its token limit as the record sent", () => {
    expect(rulesOf(real('genaichatbot174-tgi-422-input-too-long'))).toContain('container-input-too-long');
    expect(causeOf(real('genaichatbot174-tgi-422-input-too-long'))).toBe('data');
  });

  it("reads TensorFlow Serving's error body in a 400 as the request not fitting the model", () => {
    for (const id of ['recsys2-tfs-matrix-size-incompatible', 'tfsc222-input-filter-depth-mismatch']) {
      expect(rulesOf(real(id))).toContain('tf-serving-invalid-argument');
      expect(causeOf(real(id))).toBe('data');
    }
  });

  it("reads SageMaker's advice of an instance type with more CPU capacity or memory as memory", () => {
    expect(causeOf(real('examples2815-no-response-cpu-or-memory-high'))).toBe('out-of-memory');
  });
});

describe('round 24 readings in other wordings', () => {
  it.each([
    ['a 400 from a Hugging Face handler naming an unknown model type', `${invoke}Received client error (400) from primary with message "{\n  "code": 400,\n  "type": "InternalServerException",\n  "message": "'mistral'"\n}\n"`],
    ['a 424 whose body is escaped inside a Lambda error', `{"errorMessage": "${invoke}Received client error (424) from variant-1 with message \\"{ \\"code\\": 424, \\"type\\": \\"InternalServerException\\", \\"message\\": \\"boom\\" }\\"."}`],
  ])('%s: not AWS internal', (_name, text) => {
    expect(rulesOf(text)).not.toContain('exception-internal');
    expect(causeOf(text)).not.toBe('internal');
  });

  it.each([
    ['a 503 from a named variant', 'Received server error (503) from variant-a and could not load the entire response body. See https://us-east-1.console.aws.amazon.com/cloudwatch/home for more information.'],
    ['a 500 from the model in a Lambda log', `[ERROR] ${invoke}Received server error (500) from model and could not load the entire response body.`],
  ])('%s: the container answered with a server error', (_name, text) => {
    expect(rulesOf(text)).toContain('container-server-error');
    expect(causeOf(text)).toBe('user-code');
  });

  it.each([
    ['an unsupported content type in the message', `${invoke}Received client error (415) from primary with message "Unsupported content type: text/plain".`],
  ])('%s: the request body refused', (_name, text) => {
    expect(rulesOf(text)).toContain('container-refused-body');
    expect(causeOf(text)).toBe('data');
  });

  it("reads Text Generation Inference's token budget on the inputs as the record sent", () => {
    const text = `${invoke}Received client error (422) from primary with message "{"error":"Input validation error: \`inputs\` tokens + \`max_new_tokens\` must be <= 4096. Given: 4000 \`inputs\` tokens and 512 \`max_new_tokens\`","error_type":"validation"}".`;
    expect(rulesOf(text)).toContain('container-input-too-long');
    expect(causeOf(text)).toBe('data');
  });

  it.each([
    // The review's cases: a 422 for a parameter, or for a field the request lacks, is not the record.
    ['a parameter out of range', `${invoke}Received client error (422) from primary with message "{"error":"Input validation error: \`temperature\` must be strictly positive","error_type":"validation"}"`],
    ["a parameter's own limit", `${invoke}Received client error (422) from primary with message "Input validation error: \`max_new_tokens\` must be <= 2048. Given: 4096"`],
    ['a field the request lacks', `${invoke}Received client error (422) from primary with message "{"detail":[{"loc":["body","inputs"],"msg":"field required","type":"value_error.missing"}]}"`],
  ])('does not read a 422 by its status: %s', (_name, text) => {
    expect(rulesOf(text)).not.toContain('container-refused-body');
    expect(rulesOf(text)).not.toContain('container-input-too-long');
    expect(causeOf(text)).not.toBe('data');
  });

  it.each([
    // The review's cases: TF Serving's 400 for a variable the model lacks, and the TFS container's own 400.
    ['a variable the SavedModel lacks', 'Received client error (400) from primary with message "{ "error": "Could not find variable dense/bias. This could mean that the variable has been deleted." }".'],
    ["the container's own refusal", 'Received client error (400) from model with message "{"error": "Invocation request does not contain model name."}".'],
  ])("does not read TF Serving's 400 body as the input when it names none: %s", (_name, text) => {
    expect(rulesOf(text)).not.toContain('tf-serving-invalid-argument');
    expect(causeOf(text)).not.toBe('data');
  });

  it.each([
    ['killed', 'text_generation_launcher: Download encountered an error: \nKilled\nError: DownloadError', 'out-of-memory'],
    ['an S3 denial', "text_generation_launcher: Download encountered an error: botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\nError: DownloadError", 's3-read'],
  ] as [string, string, Cause][])("lets a line that says why the launcher's download failed outrank it: %s", (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    ["the 'instances' list refused", `${invoke}Received client error (400) from model with message "{ "error": "Failed to process element: 0 of 'instances' list. JSON object: [1, 2]" }".`],
    ['quotes escaped by the SDK', `${invoke}Received client error (400) from primary with message \\"{ \\"error\\": \\"Incompatible shapes: [1,3] vs. [1,4]\\" }\\".`],
    ['no space inside the braces', `${invoke}Received client error (400) from primary with message "{"error": "Expected input to have shape [?,28,28]"}".`],
  ])('%s: TensorFlow Serving refused the instances', (_name, text) => {
    expect(rulesOf(text)).toContain('tf-serving-invalid-argument');
    expect(causeOf(text)).toBe('data');
  });

  it('reads the advice without "capacity"', () => {
    expect(causeOf('Amazon SageMaker could not get a response from the demo endpoint. To fix this problem, use an instance type with more CPU or memory.')).toBe('out-of-memory');
  });
});

describe('round 24 readings at their limits', () => {
  it('still reads an AWS internal error outside any container answer', () => {
    expect(causeOf('InternalServerException: An error occurred (InternalServerException) when calling the CreateTrainingJob operation: We encountered an internal error. Please try again.')).toBe('internal');
  });

  it('does not read a 400 by its status alone, nor another client status as a refused body', () => {
    expect(rulesOf(`${invoke}Received client error (400) from primary with message "bad request"`)).not.toContain('container-refused-body');
    expect(rulesOf(`${invoke}Received client error (424) from primary with message "x"`)).not.toContain('container-refused-body');
    expect(rulesOf('HTTP 415 Unsupported Media Type')).not.toContain('container-refused-body');
  });

  it("leaves a 413 whose body could not be loaded to the payload reading, not the server-error one", () => {
    const text = `${invoke}Received client error (413) from primary and could not load the entire response body.`;
    expect(rulesOf(text)).not.toContain('container-server-error');
    expect(causeOf(text)).toBe('data');
  });

  it("does not read another model server's body, or TensorFlow Serving's body in a server error, as refused instances", () => {
    expect(rulesOf(`${invoke}Received client error (400) from primary with message "{ "code": 400, "type": "InternalServerException", "message": "x" }"`)).not.toContain('tf-serving-invalid-argument');
    const server = `${invoke}Received server error (500) from primary with message "{ "error": "Internal: could not run" }"`;
    expect(rulesOf(server)).not.toContain('tf-serving-invalid-argument');
    expect(causeOf(server)).toBe('user-code');
  });

  it('does not read an instance type with more CPU capacity alone as memory', () => {
    expect(causeOf('To fix this problem, use an instance type with more CPU capacity.')).not.toBe('out-of-memory');
  });
});
