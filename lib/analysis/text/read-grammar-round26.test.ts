import { describe, expect, it } from 'vitest';
import heldOut26 from './fixtures/held-out-26.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 26 of the held-out texts (held-out-26.json, failures of the accelerators and LLM containers on
// SageMaker: Neuron, the LMI/DJL, TGI and vLLM containers, SMDDP, EFA and NCCL): the misses of the first
// pass, read by their structure, then the same structure in other wordings (constructed, not copied
// from a source) and its limits.
const real = fixtureText(heldOut26);
const invoke = 'ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: ';

describe('round 26 readings, on the texts they were written for', () => {
  it("reads the container's 507 as the model out of memory, even when its body could not be loaded", () => {
    const text = real('moderation5-djl-507-response-body');
    expect(rulesOf(text)).toContain('container-insufficient-storage');
    expect(causeOf(text)).toBe('out-of-memory');
  });

  it("reads Rust's panic report as the container's code", () => {
    const text = real('tgi1763-neuronx-router-panicked');
    expect(rulesOf(text)).toContain('rust-panic');
    expect(causeOf(text)).toBe('user-code');
  });

  it('leaves the two relabelled texts as labelled', () => {
    expect(causeOf(real('examples3967-smddp-reduceop-not-supported'))).toBe('validation');
    expect(causeOf(real('sdk5752-djl-tokenizer-modelwrapper'))).toBe('unknown');
  });
});

describe('round 26 readings in other wordings', () => {
  it.each([
    ["a model server's out-of-memory body", `${invoke}Received server error (507) from primary with message "{ "code": 507, "type": "WlmOutOfMemoryException", "message": "No enough memory to load the model." }".`],
    ['a named variant in a Lambda log', `[ERROR] ${invoke}Received server error (507) from variant-b and could not load the entire response body. See https://us-east-1.console.aws.amazon.com/cloudwatch/home for more information.`],
    ["a documentation placeholder for the container's name", 'Received server error (507) from <model-container> with message "CUDA out of memory"'],
  ])('%s: the model ran out of memory', (_name, text) => {
    expect(rulesOf(text)).toContain('container-insufficient-storage');
    expect(causeOf(text)).toBe('out-of-memory');
  });

  it.each([
    ["the older form, the message before the place", "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: Os { code: 2 }', src/main.rs:10:5"],
    ["a tokenizer's panic under a cargo registry path", "thread '<unnamed>' panicked at /root/.cargo/registry/src/index.crates.io-6f17d22bba15001f/tokenizers-0.15.0/src/models/bpe/model.rs:216:43:\nindex out of bounds"],
    ['a place without a column', "thread 'tokio-runtime-worker' panicked at router/src/server.rs:812"],
  ])("%s: the container's code", (_name, text) => {
    expect(rulesOf(text)).toContain('rust-panic');
    expect(causeOf(text)).toBe('user-code');
  });
});

describe('round 26 readings at their limits', () => {
  it('does not read a 507 outside the container answer, nor another server status, as memory', () => {
    expect(causeOf('HTTP/1.1 507 Insufficient Storage')).not.toBe('out-of-memory');
    expect(rulesOf(`${invoke}Received server error (500) from primary with message "boom"`)).not.toContain('container-insufficient-storage');
    expect(rulesOf(`${invoke}Received client error (507) from primary with message "x"`)).not.toContain('container-insufficient-storage');
  });

  it('does not read prose about a panic, a panic without a Rust place, or a Go panic', () => {
    expect(rulesOf('the router thread panicked at startup')).not.toContain('rust-panic');
    expect(rulesOf("thread 'main' panicked at the end of the request")).not.toContain('rust-panic');
    expect(rulesOf('panic: runtime error: index out of range [3] with length 3')).not.toContain('rust-panic');
  });

  it('lets a cause the same log names outrank the panic', () => {
    const text = "thread 'tokio-runtime-worker' panicked at router/src/infer.rs:598:14\ntorch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB";
    expect(causeOf(text)).toBe('out-of-memory');
  });
});
