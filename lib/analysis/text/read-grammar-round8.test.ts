import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { bareErrorCode } from './bare-error-code';
import { readFailureParts } from './failure-parts';
import heldOut8 from './fixtures/held-out-8.json';
import { readGrammar } from './read-grammar';
import { stageOfS3Verb } from './stage-words';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 8 of the held-out texts (held-out-8.json): each miss of the first pass, read by its structure.
const real = fixtureText(heldOut8);

describe('round 8 rules, on the texts they were written for', () => {
  it.each([
    ["EC2's bare code for a vCPU limit (Go/JS form)", 'scrapoxy202-vcpu-limit-exceeded', 'error-code-quota', 'quota'],
    ["EC2's AuthFailure, its credentials code", 'efsdoc-authfailure-describe-vpcs', 'error-code-credentials', 'expired-credentials'],
    ['a rate-limit code whose message says "internal error"', 'feedback100-volume-modification-rate-exceeded', 'error-code-throttling', 'throttling'],
    ["AWS's limit code over a tool's guess at capacity", 'firesim410-vcpu-limit-misread-as-capacity', 'error-code-quota', 'quota'],
    ['a connection refused for a missing required value', 'smdoc-datawrangler-jdbc-missing-pwd', 'missing-required-value', 'validation'],
    ['a required value said missing', 'neptune-ml-required-credentials-missing', 'missing-required-value', 'validation'],
    ["Python's check of a keyword argument", 'sdk4425-remote-unexpected-kwarg-network-isolation', 'argument-check', 'validation'],
    ['a configuration that cannot be loaded (not the input data)', 'smdoc-clarify-analysis-config-not-json', 'configuration-invalid', 'validation'],
    ['a configuration failing its schema', 'smdoc-clarify-analysis-config-schema', 'configuration-invalid', 'validation'],
    ['a value with characters its pattern refuses', 'ecs-deploy584-image-invalid-characters', 'syntax-report', 'validation'],
    ['a sentence that only says a value is invalid', 'neptune-ml-invalid-instance-type', 'invalid-value', 'validation'],
    ['the output asked for in a format the algorithm does not write', 'examples821-transform-parse-output-as-csv', 'output-format', 'validation'],
    ["an inference job's payload it cannot evaluate", 'examples821-transform-unable-to-evaluate-payload', 'data-format', 'data'],
    ['a mount the server refused', 'efsdoc-mount-access-denied-by-server', 'mount-denied', 'other-permission'],
    ['a KMS key named in words beside its state', 'copy-encrypted-ami1-kms-key-non-existent', 'kms-key-state', 'kms'],
    ['a disk run out of space, in words', 'smdoc-docker-tmp-out-of-space', 'disk-full', 'disk-space'],
  ] as [string, string, string, Cause][])('%s', (_name, id, rule, cause) => {
    expect(readGrammar(real(id))).toContainEqual(expect.objectContaining({ rule, cause }));
    expect(causeOf(real(id))).toBe(cause);
  });

  it.each([
    ['a role that "cannot be assumed" (the passive)', 'smdoc-inference-recommender-role-cannot-be-assumed', 'trust-policy'],
    ["the JVM's failed native allocation", 'xgboost3914-jvm-insufficient-memory', 'out-of-memory'],
    ["PyTorch's allocator report without its headline", 'shannonai6-allocator-report-only', 'out-of-memory'],
    ["EC2's capacity sentence with the instance type in it, under Auto Scaling's ValidationError", 'parallelcluster1216-asg-capacity-validationerror', 'capacity'],
    ['a bare S3 denial read by the client\'s verb', 'amplify-js997-storage-list-access-denied', 's3-read'],
  ] as [string, string, Cause][])('%s', (_name, id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it('reads the bare code only when it belongs to a family', () => {
    expect(readFailureParts(real('streisand1715-ansible-vcpu-limit'))).toMatchObject({ errorCode: 'VcpuLimitExceeded' });
    expect(bareErrorCode('SageMaker: The training job failed')).toBeUndefined();
    expect(bareErrorCode('ValueError: InvalidParameter is not a value')).toBeUndefined();
    expect(bareErrorCode('AccessDenied: Access Denied')).toBeUndefined();
    expect(bareErrorCode('Error: InstanceLimitExceeded: Your quota allows for 0 more running instance(s).')).toBe('InstanceLimitExceeded');
  });

  it('leaves a Clarify complaint about label values unknown (only the words "Label Column" say it is the dataset)', () => {
    expect(causeOf(real('smdoc-clarify-no-label-values'))).toBe('unknown');
  });
});

describe('round 8 structures in neighbouring forms', () => {
  // Constructed from the services' and tools' own formats.
  it.each([
    ['an EC2 instance limit in the Go SDK form', 'InstanceLimitExceeded: Your quota allows for 0 more running instance(s). You requested at least 1.\n\tstatus code: 400', 'quota'],
    ["EC2's API throttling in the bare form", 'RequestLimitExceeded: Request limit exceeded.\n\tstatus code: 503, request id: r', 'throttling'],
    ['a required parameter missing, in words', 'Error: the request is missing required parameter RoleArn', 'validation'],
    ['a pattern constraint in words', "Training job name 'my_job' must match the regular expression pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9])*", 'validation'],
    ['a KMS key alias that does not exist, in words', 'Failed to encrypt: KMS key alias/ml-output does not exist in us-east-1', 'kms'],
    ['a GPU allocation that failed', 'RuntimeError: failed to allocate 2.00 GiB of GPU memory', 'out-of-memory'],
    ['a volume that ran out of space', 'ERROR: the training volume ran out of disk space while writing checkpoints', 'disk-space'],
    ['a role that could not be assumed', 'The execution role arn:aws:iam::123456789012:role/x could not be assumed by SageMaker', 'trust-policy'],
    ['EC2 capacity for a named type', 'We currently do not have sufficient p4d.24xlarge capacity in the Availability Zone you requested (us-east-1a).', 'capacity'],
    ['a bare S3 denial on a put', 'S3Client put error: AccessDenied', 's3-write'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});

describe('round 8 rules: what they leave alone', () => {
  // Constructed: the same words where they mean something else.
  it.each([
    ["a model hub's config that cannot be loaded", "OSError: Can't load config for 'bert-base-uncased'. Make sure that 'bert-base-uncased' is a correct model identifier listed on 'https://huggingface.co/models'", 'model-download'],
    ["a configuration the training code reads, in the container's traceback", 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 9, in <module>\nValueError: unable to load the configuration file as YAML', 'user-code'],
    ['an input file whose path holds "output"', 'ClientError: Unable to parse csv: rows 1-1000, file /opt/ml/output/data/part-00000', 'data'],
    ["a keyword argument refused inside the training code", 'Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 40, in <module>\nTypeError: fit() got an unexpected keyword argument \'epochs_count\'', 'user-code'],
    ['a mount that timed out (the network)', 'mount.nfs4: Connection timed out while mounting 10.0.1.5:/', 'vpc'],
    ['an invalid training image (the image, not a bare invalid value)', 'ClientError: Invalid training image. Please provide a valid Amazon ECR image URI.', 'ecr'],
    ['an invalid file in an input channel (the data)', 'Customer Error: Invalid lst file in the train channel.', 'data'],
    ['a bare S3 denial with no verb', 'AccessDenied s3://acme-data/train/part-0', 'other-permission'],
    ["a script's own ValueError about an invalid value", 'ValueError: Invalid shape.', 'user-code'],
    ['a pattern the training code checks', 'AlgorithmError: the tag must match the pattern [a-z]+', 'user-code'],
    // Read since rounds 67 to 69: a subnet without free addresses is the network's.
    ['an IP address that could not be allocated (not memory: a subnet without free addresses)', 'Failed to allocate private IP address in subnet-0abc: no free addresses', 'vpc'],
  ] as [string, string, Cause][])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it('takes the stage of a bare S3 denial from the verb only when an S3 client is named', () => {
    expect(stageOfS3Verb('AWSS3Provider - list error AccessDenied')).toBe('input');
    expect(stageOfS3Verb('list error AccessDenied')).toBeUndefined();
  });
});
