import { describe, expect, it } from 'vitest';
import heldOut73 from './fixtures/held-out-73.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 73 (texts in other clients' forms: CloudFormation and CDK, Terraform, the Go SDK, Step Functions): each
// first-pass miss read by its structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut73]);

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
