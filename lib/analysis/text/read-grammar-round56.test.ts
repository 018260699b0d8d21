import { describe, expect, it } from 'vitest';
import heldOut56 from './fixtures/held-out-56.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 56 (notebooks' saved output cells of the course's exercises and operationalizing projects): the first pass's
// miss, read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut56);

describe('a connection SageMaker Runtime closed before it answered', () => {
  it('is not the network: the connection was made', () => {
    expect(causeOf(real('nb-venkat2709-invoke-connection-closed'))).toBe('unknown');
  });

  it('a connection to SageMaker Runtime that could not be made still is', () => {
    expect(causeOf('botocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/x/invocations"')).toBe('vpc');
  });

  it('a connection another AWS endpoint closed is read as before', () => {
    expect(causeOf('botocore.exceptions.ConnectionClosedError: Connection was closed before we received a valid response from endpoint URL: "https://s3.us-east-1.amazonaws.com/bkt/key"')).toBe('vpc');
  });
});
