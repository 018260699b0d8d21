import { describe, expect, it } from 'vitest';
import heldOut55 from './fixtures/held-out-55.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 55 (notebooks' saved output cells: batch transforms, built-in XGBoost, the SDK's checks): the first pass's
// misses, read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut55);

describe('a value refused with the supported ones named after it', () => {
  it("built-in XGBoost's content type not supported, the supported ones listed, is the request's setting", () => {
    expect(causeOf(real('nb-tedersek-transform-content-type-test-csv'))).toBe('validation');
    expect(causeOf(real('nb-tedersek2-transform-customererror-content-type'))).toBe('validation');
    expect(causeOf('Instance type ml.t2.medium not supported. Supported instance types are ml.m5.large, ml.c5.xlarge')).toBe('validation');
  });

  it('a refusal without the supported ones named is not read so', () => {
    expect(causeOf("Customer Error: Content-Type header value 'application/octet-stream' not supported (caused by KeyError)")).not.toBe('validation');
  });
});

describe("the SDK's check for the role it needs", () => {
  it('is the job\'s arguments (validation)', () => {
    expect(causeOf(real('nb-vetitk-estimator-iam-role-required'))).toBe('validation');
  });
});

describe("std::bad_alloc with XGBoost's hint that the model came from an older XGBoost", () => {
  it('is not memory', () => {
    expect(causeOf(real('nb-aniket1313-neo-treelite-bad-alloc'))).not.toBe('out-of-memory');
    expect(causeOf('terminate called after throwing an instance of std::bad_alloc')).toBe('out-of-memory');
  });
});

describe('what the twenty-seventh review found', () => {
  it("the SDK's entry-point check called from the job's own script stays the code's", () => {
    const text =
      'Traceback (most recent call last):\n  File "/opt/ml/processing/input/code/launch_training.py", line 29, in <module>\n    est.fit({"train": args.train}, wait=True)\n  File "/usr/local/lib/python3.10/site-packages/sagemaker/estimator.py", line 1335, in fit\n    self._prepare_for_training(job_name=job_name)\n  File "/usr/local/lib/python3.10/site-packages/sagemaker/fw_utils.py", line 189, in validate_source_dir\n    raise ValueError(\nValueError: No file named "train.py" was found in directory "/opt/ml/processing/input/code/src".';
    expect(causeOf(text)).toBe('user-code');
  });

  it("an AWS call's error the handler quoted inside the container's answer is AWS's finding, wrapped or not", () => {
    const wrapped =
      'ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (424) \nfrom primary with message "ThrottlingException: An error occurred (ThrottlingException) when calling the Converse \noperation (reached max retries: 4): Too many tokens, please wait before trying again.". See logs.';
    expect(causeOf(wrapped)).toBe('throttling');
    expect(causeOf(wrapped.replace(/ \n/g, ' '))).toBe('throttling');
    expect(causeOf('Received server error (500) from primary with message "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"')).toBe('s3-read');
  });

  it("a model server's label in the body's type stays its own", () => {
    expect(causeOf('Received server error (503) from primary with message "{\\"code\\": 503, \\"type\\": \\"InternalServerException\\", \\"message\\": \\"Prediction failed\\"}"')).toBe('user-code');
  });
});
