import { describe, expect, it } from 'vitest';
import heldOut72 from './fixtures/held-out-72.json';
import heldOut73 from './fixtures/held-out-73.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 72 (notebooks' saved outputs in sample repositories), 73 (texts in other clients' forms: CloudFormation
// and CDK, Terraform, the Go SDK, Step Functions) and 74 (Neptune ML's pages), and a leftover of the thirty-third review (TGI's refusal of a
// parameter): each
// first-pass miss read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut72, ...heldOut73]);

describe('round 73 misses', () => {
  it.each([
    ['r73-cdk-domain-extraneous-key-studiowebportal', 'validation'],
    ['r73-cfn-domain-lifecycleconfigarn-pattern', 'validation'],
    ['r73-domain-vpc-id-not-found-wrong-region', 'vpc'],
  ])('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads CloudFormation's schema report on a resource's properties, and not a pointer-like line without its validator's words", () => {
    expect(causeOf('CREATE_FAILED | AWS::SageMaker::Model | Model | Properties validation failed for resource Model with message: #/PrimaryContainer/Image: expected type: String, found: JSONObject')).toBe('validation');
    expect(causeOf('#: required key [ExecutionRoleArn] not found')).toBe('validation');
    expect(causeOf('#/TrainingJobName: string [my_job] does not match pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}')).toBe('validation');
    expect(causeOf('#/Tags/0: tagging finished')).toBe('unknown');
  });

  it('reads a VPC, subnet or security group named by its id and not found as the network, and an id in a script\'s KeyError as the code', () => {
    expect(causeOf("An error occurred (InvalidSubnetID.NotFound) when calling the CreateNetworkInterface operation: The subnet ID 'subnet-0abc1234' does not exist")).toBe('vpc');
    expect(causeOf("ClientError: The security group 'sg-0123abcd' does not exist in default VPC 'vpc-0a1b2c3d'")).toBe('vpc');
    expect(causeOf('Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nKeyError: \'vpc-config\'')).toBe('user-code');
  });
});

describe('round 72 misses', () => {
  it('r72-churn2-local-pca-html-in-train-data reads data', () => {
    expect(causeOf(real('r72-churn2-local-pca-html-in-train-data'))).toBe('data');
  });

  it("reads a value that is not a number under a model's fit over the records, and not under a fit given a setting", () => {
    const fit = (call: string, message: string) =>
      `Traceback (most recent call last):\n  File "/opt/ml/code/train.py", line 36, in <module>\n    ${call}\n  File "/miniconda3/lib/python3.7/site-packages/sklearn/utils/validation.py", line 531, in check_array\n    array = np.asarray(array, order=order, dtype=dtype)\nValueError: ${message}`;
    expect(causeOf(fit('model.fit(X_train, y_train)', "could not convert string to float: 'n/a'"))).toBe('data');
    expect(causeOf(fit('X_new = pca.fit_transform(train_data)', "could not convert string to float: '<html>'"))).toBe('data');
    expect(causeOf(fit('model.fit(epochs=int(args.epochs))', "invalid literal for int() with base 10: 'ten'"))).toBe('user-code');
  });
});

describe("TGI's refusal of a generation parameter (a leftover of the thirty-third review)", () => {
  it('reads the parameter the request set, and not the input\'s length nor a line the router logged at WARN', () => {
    expect(causeOf('Input validation error: `temperature` must be strictly positive')).toBe('validation');
    expect(causeOf('Received client error (422) from primary with message "{"error":"Input validation error: `top_p` must be > 0.0 and < 1.0","error_type":"validation"}"')).toBe('validation');
    expect(causeOf('Input validation error: `truncate` must be strictly positive and less than 1024. Given: 2048')).toBe('validation');
    expect(causeOf('2024-03-01T10:00:00.000Z WARN text_generation_router: Input validation error: `temperature` must be strictly positive\nRuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB')).toBe('out-of-memory');
    expect(causeOf('ValueError: `temperature` must be strictly positive')).toBe('user-code');
  });
});

describe('round 74: an invalid value offered beside a denial', () => {
  it('leaves a sentence that offers both unread, and reads an invalid value alone', () => {
    expect(causeOf('Invalid S3 URL or incorrect S3 permissions. Please check your S3 configuration.')).toBe('unknown');
    expect(causeOf('Invalid model name or insufficient access to the model package.')).toBe('unknown');
    expect(causeOf('Invalid S3 URL. Please check your S3 configuration.')).toBe('validation');
    expect(causeOf('Invalid region: xx-north-9.')).toBe('validation');
  });
});
