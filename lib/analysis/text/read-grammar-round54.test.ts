import { describe, expect, it } from 'vitest';
import heldOut54 from './fixtures/held-out-54.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 54 (notebooks' saved output cells in course repositories no round cited): the first pass's misses, read by
// their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut54);

describe("SageMaker Runtime's report of the container's answer, broken by a console's wrap", () => {
  it('one line break between its words is read as a space', () => {
    expect(causeOf(real('nb-manas9090-invoke-500-flask-html'))).toBe('user-code');
    expect(causeOf('ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (500) from\nprimary with message "boom". See logs.')).toBe('user-code');
  });

  it("a 400's payload message below a wrapped head is read as unwrapped", () => {
    const head = 'ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) ';
    const body = 'from primary with message "{\n  \"code\": 400,\n  \"type\": \"InternalServerException\",\n  \"message\": \"Input payload must contain a \\u0027inputs\\u0027 key.\"\n}\n". See logs.';
    expect(causeOf(`${head}\n${body}`)).toBe(causeOf(`${head}${body}`));
    expect(causeOf(`${head}\n${body}`)).not.toBe('unknown');
  });

  it('a blank line between them is not one sentence', () => {
    expect(causeOf('Received server error (500)\n\nfrom primary with message "x"')).toBe('unknown');
  });
});

describe("the SDK's check that the entry point is in the source directory", () => {
  it('is the job\'s arguments (validation)', () => {
    expect(causeOf(real('nb-nandan161-entry-point-not-in-source-dir'))).toBe('validation');
  });

  it("a script's own search for a file, or the check under the job's own traceback, stays the code's", () => {
    expect(causeOf('ValueError: No file named config.yaml in the checkpoint directory')).toBe('user-code');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nValueError: No file named "model.pt" was found in directory "/opt/ml/model".')).toBe('user-code');
  });
});
