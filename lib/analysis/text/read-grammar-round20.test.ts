import { describe, expect, it } from 'vitest';
import heldOut20 from './fixtures/held-out-20.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 20 of the held-out texts (held-out-20.json, SageMaker failures quoted in the threads of the ML
// libraries and sample repositories that run on it): each miss of the first pass, read by its structure,
// then the same structure in other wordings (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut20);

describe('round 20 readings, on the texts they were written for', () => {
  it("reads an image index's media type refused as the request's image", () => {
    const text = real('mlflow13834-oci-index-manifest-unsupported');
    expect(rulesOf(text)).toContain('image-manifest-format');
    expect(causeOf(text)).toBe('validation');
  });

  it("reads the SDK's version list under a hyphenated image family as the request's value", () => {
    const text = real('tgi1508-unsupported-llm-image-version');
    expect(rulesOf(text)).toContain('enum-report');
    expect(causeOf(text)).toBe('validation');
  });

  it("reads the loader's undefined symbol in a native library as the code's packaging", () => {
    const text = real('dlc2611-pipemode-op-undefined-symbol');
    expect(rulesOf(text)).toContain('native-library-load');
    expect(causeOf(text)).toBe('user-code');
  });

  it("reads a model server launcher's failed download step as the model's download", () => {
    const text = real('tgi3168-download-error-peft');
    expect(rulesOf(text)).toContain('model-server-download-step');
    expect(causeOf(text)).toBe('model-download');
  });
});

describe('an image index refused, in other wordings', () => {
  it.each([
    ['the refusal after the type', 'Image media type application/vnd.oci.image.index.v1+json is not supported'],
    ['an invalid index named after a colon', 'CreateModel failed: invalid media type: application/vnd.oci.image.index.v1+json'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('image-manifest-format');
    expect(causeOf(text)).toBe('validation');
  });

  it('does not read an index that is not an image', () => {
    expect(rulesOf('Unsupported media type application/vnd.api+json for the search index')).not.toContain('image-manifest-format');
  });
});

describe('a value outside a listed set whose name is hyphenated, in other wordings', () => {
  it.each([
    ['another image family', 'ValueError: Unsupported huggingface-tei version: 1.9. Supported huggingface-tei version(s): 1.2.3, 1.4.0, 1.6.0.'],
    ['a framework with a hyphenated name', 'ValueError: Unsupported pytorch-smp version: 3.0. Supported pytorch-smp version(s): 2.0.1, 2.1.2.'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('enum-report');
    expect(causeOf(text)).toBe('validation');
  });

  it('is still the code\'s own check under an AlgorithmError', () => {
    const text = 'AlgorithmError: ExecuteUserScriptError: ValueError: Unsupported tokenizer-kind: bpe2. Supported tokenizer-kind(s): bpe, wordpiece';
    expect(rulesOf(text)).not.toContain('enum-report');
  });
});

describe("the dynamic loader's native library messages, in other wordings", () => {
  it.each([
    ['a versioned library that is not there', 'ImportError: libcudnn.so.8: cannot open shared object file: No such file or directory'],
    ['an undefined symbol in a framework extension', 'OSError: /opt/conda/lib/python3.10/site-packages/torchvision/_C.so: undefined symbol: _ZN3c106detail19maybe_wrap_dim_slowEllb'],
    ['an extension loaded by a data library', 'RuntimeError: Failed to load plugin: libnccl-net.so.1: cannot open shared object file: No such file or directory'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('native-library-load');
    expect(causeOf(text)).toBe('user-code');
  });

  it('wants a shared library and the loader\'s colon: prose about symbols is not the loader', () => {
    expect(rulesOf('The symbol table of the model is undefined symbol by symbol')).not.toContain('native-library-load');
    expect(rulesOf('Could not find the shared object file for the plugin')).not.toContain('native-library-load');
  });
});

describe("a model server launcher's download step, in other wordings", () => {
  it.each([
    ['the launcher\'s error name alone on its line', 'Shard 0 failed to start\nError: DownloadError'],
    ['the launcher\'s log line of the step', '2023-08-11T11:06:26.317207Z ERROR download: text_generation_launcher: Download encountered an error: Traceback (most recent call last):'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('model-server-download-step');
    expect(causeOf(text)).toBe('model-download');
  });

  it("does not read a DownloadError named inside a sentence (a script's own class) as the launcher's", () => {
    expect(rulesOf('utils.DownloadError: Error: DownloadError raised while fetching s3://bucket/data.csv')).not.toContain('model-server-download-step');
    expect(rulesOf('ClientError: Data download failed: Error: DownloadError for s3://bucket/train')).not.toContain('model-server-download-step');
  });
});

describe('round 20 readings at their limits', () => {
  it("leaves a pydantic report unread: the class it validates decides whether it is a request's or a tool's own configuration", () => {
    const text = real('kedrosagemaker16-plugin-config-none');
    expect(causeOf(text)).toBe('unknown');
  });

  it('leaves the last line of an MPI launcher unread: it says a process ended, not why', () => {
    expect(causeOf(real('hfnotebooks325-orted-process-exited'))).toBe('unknown');
  });

  it("reads a refused connection to the container's own loopback server as the code's, not the network's", () => {
    const text = real('dlc658-mme-tfs-connection-refused');
    expect(rulesOf(text)).not.toContain('connect-other-host');
    expect(causeOf(text)).toBe('user-code');
  });
});
