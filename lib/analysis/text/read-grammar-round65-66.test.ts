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

describe('what the thirty-fourth review found', () => {
  // Each text below took a wrong cause from rounds 65 and 66's first readings, or is a form they missed: Spark's
  // committer path, "not enough" and "requires at least" outside a built-in algorithm's ClientError, a trust
  // relationship said to exist rather than to be missing, a larger instance for memory.
  it.each([
    ["i06", "ClientError: Memory needed to hold the training data exceeds available memory. Please use a larger instance type or enable Pipe mode."],
    ["s07", "py4j.protocol.Py4JJavaError: An error occurred while calling o215.save.\n: java.io.FileNotFoundException: Path does not exist: s3a://out-bkt/features/_temporary/0/_temporary/attempt_202401101200_0003_m_000007_12"],
    ["d03", "Traceback (most recent call last):\n  File \"/opt/ml/code/preprocess.py\", line 48, in <module>\n    raise ValueError(f\"not enough columns in the csv: {len(df.columns)}\")\nValueError: not enough columns in the csv: 3"],
    ["d04", "ClientError: Training on csv input with tree_method gpu_hist and num_gpus=2 requires at least 2 GPUs; ml.g4dn.xlarge has 1."],
    ["d05", "ClientError: Data download failed: not enough available disk space to stage the csv files (need 212 GB, have 30 GB). Increase VolumeSizeInGB."],
    ["d08", "Traceback (most recent call last):\n  File \"/opt/ml/processing/code/job.py\", line 9, in <module>\n    df = pd.read_parquet(path)\nRuntimeError: Reading parquet requires at least pyarrow 1.0.1; found 0.17.1"],
    ["d09", "ClientError: csv weights requires at least version 1.2-1 of the XGBoost algorithm container; the job used 0.90-2."],
    ["d11", "botocore.errorfactory.ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) from primary with message \"The X-Amzn-SageMaker-Target-Model header requires at least one character\"."],
    ["d12", "ClientError: not enough GPUs on the instance for num_gpus=4; found 1. Training input: csv."],
    ["d13", "ClientError: not enough host memory to load the libsvm training data; use Pipe mode or a larger instance."],
    ["t07", "Created role with trust relationship to Lambda service for the deploy step.\nCapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type."],
    ["t08", "The README says to create a role with a trust relationship to the SageMaker service; I did that. Now the notebook just hangs at estimator.fit() for an hour."],
    ["d02", "ClientError: Each record in the RecordIO-protobuf file requires at least one feature value; record 1023 has none."],
    ["d10", "ClientError: Not enough training records in the libsvm file: found 4, need at least 10."],
    ["t03", "ValidationException: The execution role arn:aws:iam::111122223333:role/sm-exec must be a role with trust relationship to SageMaker service (sagemaker.amazonaws.com)."],
  ])('%s', (id, text) => {
    expect(causeOf(text)).toBe(EXPECTED[id]);
  });
});

const EXPECTED: Record<string, string> = {
  "i06": "unknown",
  "s07": "user-code",
  "d03": "user-code",
  "d04": "unknown",
  "d05": "unknown",
  "d08": "user-code",
  "d09": "unknown",
  "d11": "unknown",
  "d12": "unknown",
  "d13": "unknown",
  "t07": "capacity",
  "t08": "unknown",
  "d02": "data",
  "d10": "data",
  "t03": "trust-policy"
};
