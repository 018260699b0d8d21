import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import heldOut9 from './fixtures/held-out-9.json';
import { readGrammar } from './read-grammar';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 9 of the held-out texts (held-out-9.json): each miss of the first pass, read by its structure.
const real = fixtureText(heldOut9);

describe('round 9 grammar rules, on the texts they were written for', () => {
  it.each([
    ['a configuration the job lacks', 'smdoc-training-compiler-missing-xla-configuration', 'configuration-invalid', 'validation'],
    ['a configuration file with keys its reader does not know', 'accelerate2744-sagemaker-config-unknown-keys', 'configuration-invalid', 'validation'],
    ['a launcher argument given more than once', 'smdoc-model-parallel-mca-parameter-listed-twice', 'duplicate-argument', 'validation'],
    ['required fields said missing with a quantifier', 'spaceport-processing-input-missing-required-fields', 'missing-required-value', 'validation'],
    ['an instruction to use an existing value', 'sdk-troubleshooting-endpoint-does-not-exist', 'argument-check', 'validation'],
    ['an instruction to make sure a file exists', 'sdk-troubleshooting-code-file-not-found', 'argument-check', 'validation'],
    ['a launch asking for more processes than the instance has devices', 'examples2023-smp-processes-exceed-device-count', 'layout-exceeds-hardware', 'validation'],
    ['too many model files of a format in the input archive', 'neo-tensorflow-exactly-one-pb', 'data-format', 'data'],
    ['no model file of a format in the input archive', 'neo-keras-no-h5-file', 'data-format', 'data'],
    ['several model files where one is allowed', 'neo-keras-multiple-h5-files', 'data-format', 'data'],
  ] as [string, string, string, Cause][])('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
    expect(causeOf(real(id))).toBe(cause);
  });

  it.each([
    ["SageMaker's own platform fault", 'examples1097-pipe-channel-timed-out-title', 'internal'],
    ["a missing file under a Processing job's input mount", 'sdk-troubleshooting-processing-input-file-missing', 'data'],
    ['an S3 location named and not found, under a ValidationException', 'examples2264-createmodel-model-data-not-found', 'data'],
  ] as [string, string, Cause][])('%s (phrase rules)', (_name, id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });
});

describe('round 9 rules keep their limits', () => {
  it.each([
    // The request's checks do not reach into the training code's own failures.
    ['a launch check under an AlgorithmError', 'AlgorithmError: RuntimeError: processes 8 cannot be larger than the device count 4', 'user-code'],
    ['a duplicated argument under an AlgorithmError', 'AlgorithmError: ValueError: option --lr specified more than once', 'user-code'],
    ['a missing configuration in the container traceback', 'File "/opt/ml/code/train.py", line 3\nValueError: missing model configuration', 'user-code'],
    ["a file missing outside the job's input mounts", "FileNotFoundError: [Errno 2] File b'/opt/ml/code/lookup.csv' does not exist: b'/opt/ml/code/lookup.csv'", 'user-code'],
    ['a count word beside a model format, inside the code', 'AlgorithmError: ValueError: model.h5 has multiple outputs', 'user-code'],
    ["a script's own instruction under an AlgorithmError", 'AlgorithmError: ValueError: please use an existing tokenizer', 'user-code'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it('reads a missing file under either input mount as the input', () => {
    expect(causeOf("FileNotFoundError: [Errno 2] File b'/opt/ml/input/data/train/a.csv' does not exist: b'/opt/ml/input/data/train/a.csv'")).toBe('data');
    expect(causeOf('FileNotFoundError: [Errno 2] No such file or directory: /opt/ml/processing/input/data.csv')).toBe('data');
  });
});
