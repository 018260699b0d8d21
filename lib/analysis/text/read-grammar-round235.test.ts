import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';

// Round 235 (the SageMaker Python SDK v3's and the HyperPod tools' own error strings; docs/failure-texts.md says why the set
// is not held): three first-pass misses read by their structure, each with the same structure in other wordings and its
// limits. The texts are the libraries' strings with example values, as the round's source fields say.

describe('permissions said missing, the IAM action named after them', () => {
  it('is a denial of that action (was user-code: a PermissionError reads as a file\u2019s mode)', () => {
    expect(causeOf('PermissionError: Missing SageMaker permissions: sagemaker:DescribeCluster required')).toBe('other-permission');
    // Without a stage or a key named, the action's service alone is not a proven kms cause: a permission, not the code.
    expect(['other-permission', 'kms']).toContain(causeOf('Error: missing IAM permissions: "kms:Decrypt" for the dataset key'));
  });

  it('not a file\u2019s or a user\u2019s permissions, which name no AWS action', () => {
    expect(causeOf('PermissionError: missing permissions: /opt/ml/output/data is read-only')).not.toBe('other-permission');
    expect(causeOf('chmod failed: missing permissions: rwx on /tmp/cache')).not.toBe('other-permission');
    expect(causeOf('tar: missing permissions: rwx:rw on ./data')).not.toBe('other-permission');
  });
});

describe('a gated model\u2019s licence argument named with its value', () => {
  it('is the request\u2019s missing setting (was user-code)', () => {
    expect(causeOf("ValueError: Model 'meta-textgeneration-llama-3-1-8b-instruct' is a gated model and requires EULA acceptance. Please set accept_eula=True to proceed with training.")).toBe('validation');
    expect(causeOf("ValueError: This model requires EULA acceptance. Please pass `accept_eula` = True to the estimator.")).toBe('validation');
  });

  it('not a script\u2019s own advice to set some other flag', () => {
    expect(causeOf('ValueError: Loading this model requires you to execute code in the repo. Please set trust_remote_code=True.')).not.toBe('validation');
  });
});

describe('a model\u2019s files fetched by its hub id that timed out', () => {
  it('is the model download (was user-code)', () => {
    expect(causeOf('RuntimeError: Max retry timeout when fetching config from meta-llama/Meta-Llama-3-8B')).toBe('model-download');
    expect(causeOf("OSError: Request timed out while downloading weights from 'mistralai/Mistral-7B-v0.1'")).toBe('model-download');
  });

  it('not a local or S3 place, which is no hub id', () => {
    expect(causeOf('RuntimeError: Max retry timeout when fetching config from /opt/ml/model/config.json')).not.toBe('model-download');
    expect(causeOf('RuntimeError: timeout when loading checkpoint from s3://acme-models/run-1/ckpt.pt')).not.toBe('model-download');
    expect(causeOf('RuntimeError: Error when loading checkpoint from checkpoints/last')).not.toBe('model-download');
  });
});
