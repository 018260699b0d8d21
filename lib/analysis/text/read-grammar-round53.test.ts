import { describe, expect, it } from 'vitest';
import heldOut53 from './fixtures/held-out-53.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 53 (notebooks' saved output cells in course repositories no round cited): the first pass's miss, read by its
// structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut53);

describe("botocore's parameter report by its header", () => {
  it("the AWS CLI's \"Parameter validation failed:\" over S3's check of a bucket's name is validation", () => {
    expect(causeOf(real('nb-mokohn-aws-cli-invalid-bucket-name'))).toBe('validation');
    expect(causeOf('botocore.exceptions.ParamValidationError: Parameter validation failed:\nInvalid bucket name "s3://my-bucket": Bucket name must match the regex "^[a-zA-Z0-9.\\-_]{1,255}$"')).toBe('validation');
  });

  it('the same words without the colon that opens the report are not read as it', () => {
    expect(causeOf('INFO parameter validation failed checks: 0 of 12')).toBe('unknown');
  });
});
