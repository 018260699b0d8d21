import { describe, expect, it } from 'vitest';
import heldOut65 from './fixtures/held-out-65.json';
import heldOut66 from './fixtures/held-out-66.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 65 (uncited threads of aws/sagemaker-python-sdk) and 66 (uncited threads of aws/amazon-sagemaker-examples):
// each first-pass miss read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut65, ...heldOut66]);

describe('round 65 and 66 misses', () => {
  it.each([
    ['ex587-builtin-algo-please-use-gpu-instance', 'validation'],
    ['ex3446-callback-etl-spark-path-does-not-exist', 'data'],
    ['ex2027-object-detection-not-enough-annotation', 'data'],
    ['ex2045-build-and-push-region-name-format', 'validation'],
    ['secure-mlops9-stackset-admin-role-trust-relationship', 'trust-policy'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the same structures in other words, and not their look-alikes', () => {
    expect(causeOf('ClientError: Please choose a different instance type for this algorithm')).toBe('validation');
    expect(causeOf('WARNING: Please use a GPU instance for faster training')).toBe('unknown');
    expect(causeOf("pyspark.sql.utils.AnalysisException: Path does not exist: s3a://bkt/input/part-*.parquet")).toBe('data');
    expect(causeOf("botocore.exceptions.InvalidRegionError: Provided region_name 'us east 1' doesn't match a supported format.")).toBe('validation');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nValueError: not enough values to unpack (expected 3, got 2)')).toBe('user-code');
    expect(causeOf('ClientError: Data download failed: not enough space in the csv staging area')).not.toBe('data');
  });
});
