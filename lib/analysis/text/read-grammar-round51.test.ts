import { describe, expect, it } from 'vitest';
import heldOut51 from './fixtures/held-out-51.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 51 (notebooks' saved output cells in repositories no round cited): the first pass's misses, read by
// their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut51);

describe('a limit said exceeded in the plural', () => {
  it("SageMaker's warm pool over its resource limits is a quota", () => {
    expect(causeOf(real('nb-gonsoomoon-fsx-warmpool-limit-not-retained'))).toBe('quota');
    expect(causeOf('The request failed because the account quotas for ml.g5.xlarge were exceeded.')).toBe('quota');
  });

  it("limits that are another condition's are still not a quota", () => {
    expect(causeOf('Container memory limits exceeded, the process was killed')).not.toBe('quota');
    expect(causeOf('API rate limits exceeded for the ListTrainingJobs operation')).not.toBe('quota');
    expect(causeOf('time limits exceeded while waiting for the endpoint')).not.toBe('quota');
  });
});

describe("botocore's missing profile", () => {
  it('is the credentials, as NoCredentialsError is', () => {
    expect(causeOf(real('nb-petersiemen-profile-not-found'))).toBe('expired-credentials');
    expect(causeOf('botocore.exceptions.ProfileNotFound: The config profile (default) could not be found')).toBe('expired-credentials');
  });

  it('another profile that was not found is not', () => {
    expect(causeOf('ValueError: Profile not found in the model registry: churn-v2')).not.toBe('expired-credentials');
  });
});
