import { describe, expect, it } from 'vitest';
import heldOut52 from './fixtures/held-out-52.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 52 (Hugging Face model discussions and issue threads: endpoints' hub, memory and serving failures): the
// first pass's misses, read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut52);

describe('no compute of the kind asked for, said with the remedy for a shortage', () => {
  it("Studio Lab's \"no runtime available right now\" is capacity", () => {
    expect(causeOf(real('gh-studio-lab148-no-runtime-available'))).toBe('capacity');
    expect(causeOf('No instances are currently available for ml.p4d.24xlarge. Please try again later.')).toBe('capacity');
  });

  it("a code's own device check is not", () => {
    expect(causeOf('RuntimeError: No GPU available, please check your CUDA installation')).not.toBe('capacity');
    expect(causeOf('No GPUs available on this host; falling back to CPU')).toBe('unknown');
    expect(causeOf('No runtime available for python3.7; choose a supported runtime')).not.toBe('capacity');
  });
});

describe('relabelled and left', () => {
  it("a model server's 400 whose message is a bare key or a library's config check says no side", () => {
    expect(causeOf(real('hf-suno-bark30-invoke-modelerror-keyerror-bark'))).toBe('unknown');
    expect(causeOf(real('hf-llama31-8b-instruct68-invoke-rope-scaling-400'))).toBe('unknown');
  });

  it("a model directory the serving container could not read weights from, when the words do not say whose it is", () => {
    expect(causeOf(real('hf-detr-resnet50-22-mms-could-not-load-model'))).toBe('unknown');
  });
});
