import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import heldOut15 from './fixtures/held-out-15.json';
import { readGrammar } from './read-grammar';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 15 of the held-out texts (held-out-15.json, the logs of the libraries a training job runs, from
// those libraries' threads): each miss of the first pass, read by its structure, then the same structure
// in other wordings (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut15);

describe('round 15 readings, on the texts they were written for', () => {
  it.each([
    ["XGBoost's label range for its objective", 'xgboost1356-label-logistic-range', 'input-values-refused', 'data'],
    ["XGBoost's label order for Cox regression", 'xgboost6065-cox-labels-sorted', 'input-values-refused', 'data'],
    ["XGBoost's non-finite label, its module dropped", 'hytnas1-xgboost-label-nan', 'input-values-refused', 'data'],
    ["LightGBM's label column in a LibSVM file", 'lgbmtransform16-libsvm-label-column', 'input-values-refused', 'data'],
    ["scikit-learn's non-finite input", 'cnnlcd15-sklearn-input-nan', 'input-values-refused', 'data'],
    ["a CUDA kernel's target outside the class count", 'personreid372-nll-target-out-of-range', 'input-values-refused', 'data'],
    ['a checkpoint archive without its central directory', 'dmae9-pytorchstreamreader-central-directory', 'archive-unreadable', 'data'],
    ["a compiler's fatal error building an extension", 'deepspeed4889-fused-adam-cuda-runtime-header', 'native-build-failed', 'user-code'],
    ['a requirement pip could not resolve', 'dockerdocs13576-pip-requirements-no-distribution', 'requirement-unresolved', 'user-code'],
    ["torch.distributed's store it could not reach", 'pytorch79388-c10d-client-socket-timeout', 'connect-other-host', 'vpc'],
  ] as [string, string, string, Cause][])('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
    expect(causeOf(real(id))).toBe(cause);
  });

  it.each([
    ["NCCL's own system error under a RuntimeError", 'changestar5-nccl-unhandled-system-error'],
    ["LightGBM's bare internal check", 'lightgbm4739-best-split-check'],
  ])('leaves %s unknown', (_name, id) => {
    expect(causeOf(real(id))).toBe('unknown');
  });

  it("reads s3fs's bare denial by the reader's verb and the code's name for the S3 location", () => {
    expect(causeOf(real('s3fs218-permission-error-read-parquet'))).toBe('s3-read');
  });
});

describe('round 15 structures in other wordings', () => {
  it.each([
    ['labels required to be integers in a range', 'ValueError: labels should be integers in [0, 9], got -1', 'data'],
    ['labels out of range for an objective', 'Labels are out of range for this objective: found 12 with num_class=10', 'data'],
    ['an input matrix with infinities', "ValueError: Input X contains infinity or a value too large for dtype('float32').", 'data'],
    ['a feature column with NaN values', "Feature column 'price' contains NaN values; impute or drop them before training", 'data'],
    [
      "the newer kernel's target assertion",
      '../aten/src/ATen/native/cuda/Loss.cu:242: nll_loss_forward_reduce_cuda_kernel_2d: block: [0,0,0], thread: [5,0,0] Assertion `cur_target >= 0 && cur_target < n_classes` failed.',
      'data',
    ],
    ["zipfile's archive that is not one", 'zipfile.BadZipFile: File is not a zip file', 'data'],
    ["gzip's file that is not gzipped", "gzip.BadGzipFile: Not a gzipped file (b'<!')", 'data'],
    ["setuptools' failed compiler command", "error: command '/usr/local/cuda/bin/nvcc' failed with exit code 1", 'user-code'],
    ['an extension build, its class dropped', "Error building extension 'transformer_inference'", 'user-code'],
    ["conda's packages not found", 'PackagesNotFoundError: The following packages are not available from current channels:', 'user-code'],
    ["npm's version not found", 'npm ERR! notarget No matching version found for left-pad@^9.0.0.', 'user-code'],
    ["pip's version outside the ones it lists", 'ERROR: Could not find a version that satisfies the requirement torch==9.9 (from versions: 1.13.0, 2.0.0)', 'user-code'],
    [
      "the store's peer named by its host",
      'torch.distributed.DistNetworkError: The client socket has timed out after 900000ms while trying to connect to (algo-1, 29500).',
      'vpc',
    ],
    ['the rendezvous store failing in words', 'RendezvousConnectionError: The connection to the C10d store has failed. See inner exception for details.', 'vpc'],
    ["s3fs's file system class and a read", 'PermissionError: Access Denied\n    data = s3fs.S3FileSystem().open(path).read()', 's3-read'],
    ["the code's S3 prefix beside an upload", 'PermissionError: Access Denied\n  File "save.py", line 9, in upload\n    fs.put(local_dir, s3_output_prefix)', 's3-write'],
    [
      "NCCL's internal error under a RuntimeError",
      'RuntimeError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1269, internal error, NCCL version 2.14.3\nncclInternalError: Internal check failed.',
      'unknown',
    ],
    ["MXNet's bare check", 'mxnet.base.MXNetError: Check failed: (ndim) == (2)', 'unknown'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

describe('round 15 structures at their limits', () => {
  it('does not take a loss that became NaN for the input', () => {
    const text = 'ValueError: Loss is NaN at step 1200; lowering the learning rate may help';
    expect(rulesOf(text)).not.toContain('input-values-refused');
    expect(causeOf(text)).toBe('user-code');
  });

  it("does not take a cluster's or a tag's labels for the training labels", () => {
    expect(causeOf('Error: labels must be unique across nodes in the cluster')).toBe('unknown');
    const tag = 'botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the AddTags operation: Tag label must be 128 characters or less';
    expect(causeOf(tag)).toBe('validation');
  });

  it('reads a check that names its labels by its message, not as a bare check', () => {
    const text = 'xgboost.core.XGBoostError: Check failed: preds.Size() == info.labels_.Size() (5 vs. 4) : labels are not correctly provided';
    expect(causeOf(text)).toBe('data');
  });

  it('keeps a bare check under an AlgorithmError on the code', () => {
    expect(causeOf('AlgorithmError: Check failed: (num_leaves) > (1)')).toBe('user-code');
  });

  it('lets a package index that cannot be reached outrank the unresolved requirement', () => {
    const text =
      "WARNING: Retrying (Retry(total=0)) after connection broken by 'NewConnectionError(Failed to establish a new connection: [Errno 101] Network is unreachable)': /simple/torch/\nERROR: No matching distribution found for torch==2.1.0";
    expect(causeOf(text)).toBe('vpc');
  });

  it("leaves a store on the loopback interface to the code's own business", () => {
    expect(causeOf('The client socket has timed out after 60s while trying to connect to (127.0.0.1, 29500).')).toBe('unknown');
  });

  it("does not take Python's zip() for an archive", () => {
    const text = 'TypeError: zip argument #2 must support iteration';
    expect(rulesOf(text)).not.toContain('archive-unreadable');
    expect(causeOf(text)).toBe('user-code');
  });
});
