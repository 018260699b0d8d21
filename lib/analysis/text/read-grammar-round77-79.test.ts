import { describe, expect, it } from 'vitest';
import heldOut77 from './fixtures/held-out-77.json';
import heldOut79 from './fixtures/held-out-79.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 77 to 79 (notebooks in Korean and Japanese sample repositories, issue threads, saved outputs and notes; round
// 78 read all nine of its texts as labelled): the first-pass misses read by their structure, then the same structure
// in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut77, ...heldOut79]);

describe('round 77 miss', () => {
  it('r77-byom-ecr-create-repository-exists reads validation', () => {
    expect(causeOf(real('r77-byom-ecr-create-repository-exists'))).toBe('validation');
  });

  it("reads ECR's codes for a name already taken as the request's, and its other codes still as the image's", () => {
    expect(causeOf("An error occurred (ImageAlreadyExistsException) when calling the PutImage operation: Image with digest 'sha256:abc' and tag 'latest' already exists in the repository with name 'x' in registry with id '123456789012'")).toBe('validation');
    expect(causeOf('An error occurred (LayerAlreadyExistsException) when calling the UploadLayerPart operation: Layer already exists')).toBe('validation');
    expect(causeOf("An error occurred (RepositoryNotFoundException) when calling the DescribeImages operation: The repository with name 'x' does not exist in the registry with id '123456789012'")).toBe('ecr');
    expect(causeOf('An error occurred (ImageNotFoundException) when calling the BatchGetImage operation: Requested image not found')).toBe('ecr');
  });
});

describe('round 79 miss', () => {
  it('r79-jpcite-transform-jsondecodeerror reads data', () => {
    expect(causeOf(real('r79-jpcite-transform-jsondecodeerror'))).toBe('data');
  });

  it("reads Python json's refusal in a model server's client error as the body sent", () => {
    expect(causeOf('ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) from primary with message "Expecting value: line 1 column 1 (char 0)". See https://us-east-1.console.aws.amazon.com/cloudwatch/home')).toBe('data');
    expect(causeOf('ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received client error (400) from primary with message "{\n  "code": 400,\n  "type": "InternalServerException",\n  "message": "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"\n}\n"')).toBe('data');
    expect(causeOf('mms.service.PredictionException: Expecting value: line 1 column 1 (char 0) : 400')).toBe('data');
  });

  it('leaves a server error, a status without the refusal, and a relayed log line as they were', () => {
    // A 5xx is the handler's own failure (its code decoding its own file, say), as round 24 reads a server error.
    expect(causeOf('json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\nmms.service.PredictionException: Expecting value: line 1 column 1 (char 0) : 500')).toBe('user-code');
    expect(causeOf('ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (500) from primary with message "Expecting value: line 1 column 1 (char 0)".')).toBe('user-code');
    // The decode error two lines above the 400, another request's.
    expect(causeOf('json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\nINFO retrying\nmms.service.PredictionException: model input missing : 400')).not.toBe('data');
    expect(causeOf('2021 [INFO ] W-9000-model-stdout MODEL_LOG - json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)')).toBe('unknown');
  });
});
