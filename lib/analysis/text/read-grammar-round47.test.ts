import { describe, expect, it } from 'vitest';
import heldOut47 from './fixtures/held-out-47.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 47 (failure texts quoted in public code and documentation): the first pass's misses, read by their
// structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut47);

describe("Pipelines' refused call with its details on a line of their own", () => {
  it('is the request refused, as on one line', () => {
    expect(causeOf(real('avr2002-pipe-and-fastfile-mixed-input-modes'))).toBe('validation');
    expect(causeOf('ClientError: Failed to invoke sagemaker:CreateProcessingJob.\n  Error Details: Invalid ProcessingInputs.')).toBe('validation');
  });

  it('details that say nothing stay unread', () => {
    expect(causeOf('ClientError: Failed to invoke sagemaker:CreateProcessingJob.\nError Details: null.')).toBe('unknown');
  });
});

describe("a model server turning a request away because it is overloaded", () => {
  it("DJL Serving's 503 WlmCapacityException is not read as the rate: DJL answers it when every worker died too (the twenty-second review)", () => {
    expect(causeOf(real('cn-llm-bot-endpoint-503-wlmcapacityexception'))).toBe('user-code');
  });

  it("Text Generation Inference's 429 \"Model is overloaded\" is the same", () => {
    const text =
      'An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (429) from primary with message "{"error":"Model is overloaded","error_type":"overloaded"}".';
    expect(causeOf(text)).toBe('throttling');
  });

  it('a 503 for a model with no worker is not the rate (it reads as the service being unavailable)', () => {
    const text =
      'An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (503) from primary with message "{\n  "code": 503,\n  "type": "ServiceUnavailableException",\n  "message": "Model \\"model\\" has no worker to serve inference request. Please use scale workers API to add workers."\n}\n".';
    expect(causeOf(text)).not.toBe('throttling');
  });
});

describe('an error said to be in processing the input data', () => {
  it('is the input, the sentence ending there', () => {
    expect(causeOf(real('avr2002-endpoint-input-json-expecting-value'))).toBe('data');
    expect(causeOf('ERROR - error while parsing the input data.')).toBe('data');
  });

  it('what it goes on to says more: a module, a configuration, a time-out, the output (the twenty-second review)', () => {
    expect(causeOf('There was an error processing the output data for the report')).toBe('unknown');
    expect(causeOf("Error loading training data: No module named 'pyarrow'")).not.toBe('data');
    expect(causeOf('Error parsing input data configuration: channel train has no S3Uri')).not.toBe('data');
    expect(causeOf('Error processing input data: ReadTimeoutError: Read timed out. (read timeout=60)')).not.toBe('data');
  });
});

describe("a data format's sentence broken by a hard wrap", () => {
  it('is read with the line it went on from, with a log after it too', () => {
    const wrapped = real('terraform-tap-dev-endpoint-zip-as-targz');
    expect(causeOf(wrapped)).toBe('data');
    expect(causeOf(`${wrapped}\n2023-10-16 12:10:12 Failed - Training job failed\nProfilerReport-1697457750: Stopping`)).toBe('data');
  });

  it('a format the line before named is not the broken sentence (the twenty-second review)', () => {
    const tqdm =
      'Map: 100%|##########| 5000/5000 [00:03<00:00, 1402.11 examples/s] saving tokenized json shards\nempty cache called; releasing 2.1 GiB\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 40, in <module>\n    trainer.train()\nTypeError: forward() got an unexpected keyword argument \'labels\'';
    expect(causeOf(tqdm)).toBe('user-code');
  });

  it('a line going on from a sentence that ended, or in a capital, is its own', () => {
    const tail = '\n2023-10-16 12:10:12 Failed - Training job failed';
    expect(causeOf(`Please ensure that the role can read the bucket named for the job.\nthe tar.gz archive was written by the build step${tail}`)).toBe('unknown');
    expect(causeOf(`Please ensure that the role can read the bucket named for the job and\nThe tar.gz archive was written by the build step${tail}`)).toBe('unknown');
  });
});
