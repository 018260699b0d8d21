import { describe, expect, it } from 'vitest';
import heldOut29 from './fixtures/held-out-29.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 29 of the held-out texts (held-out-29.json, stored public web pages: troubleshooting blogs, an
// re:Post article and AWS documentation quoting the failure as the tool printed it): the misses of the
// first pass, read by their structure, then the same structure in other wordings (constructed, not
// copied from a source) and its limits.
const real = fixtureText(heldOut29);

describe('round 29 readings, on the texts they were written for', () => {
  it("reads an image pull whose dial to the registry timed out as the network's", () => {
    const text = real('devopsai-ecs-pull-manifest-io-timeout');
    expect(causeOf(text)).toBe('vpc');
    expect(rulesOf(text)).toContain('connect-registry');
  });

  it("reads the registry's authorization that could not be had as the image stage", () => {
    expect(causeOf(real('mewrite-ecs-registry-auth-retrieval'))).toBe('ecr');
  });

  it("reads S3's region said wrong beside the one expected as the request's region, not a data header", () => {
    const text = real('cloudfront-s3-authheader-wrong-region');
    expect(causeOf(text)).toBe('validation');
    expect(rulesOf(text)).toContain('region-mismatch');
  });

  it("reads Go's empty credential provider chain as the credentials'", () => {
    expect(causeOf(real('fixdevs-go-sdk-no-credential-providers'))).toBe('expired-credentials');
  });
});

describe('round 29 readings in other wordings', () => {
  it.each([
    [
      "a registry host that does not resolve, in Go's resolver words",
      'CannotPullContainerError: failed to do request: Head "https://111122223333.dkr.ecr.eu-west-1.amazonaws.com/v2/app/manifests/latest": dial tcp: lookup 111122223333.dkr.ecr.eu-west-1.amazonaws.com on 10.0.0.2:53: no such host',
    ],
    [
      "the registry's authorization, its API not reached",
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post "https://api.ecr.us-east-1.amazonaws.com/": dial tcp 52.46.1.10:443: i/o timeout',
    ],
    [
      'a dial with no route to the registry',
      'pull image manifest failed: Get "https://444455556666.dkr.ecr.us-west-2.amazonaws.com/v2/": dial tcp 10.1.2.3:443: connect: no route to host',
    ],
  ])('%s: the network', (_name, text) => {
    expect(causeOf(text)).toBe('vpc');
  });

  it.each([
    ['the registry authentication a puller failed to fetch', 'Error: failed to fetch registry authentication for 111122223333.dkr.ecr.us-east-1.amazonaws.com'],
    ['authorization the runtime could not obtain', 'unable to obtain registry authorization for the private image'],
  ])('%s: the image stage', (_name, text) => {
    expect(causeOf(text)).toBe('ecr');
  });

  it.each([
    ["Java's provider chain", 'com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain'],
    ["Java v2's provider chain", 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain'],
    ["JavaScript v3's", 'CredentialsProviderError: Could not load credentials from any providers'],
    ["Rust's", 'Error: no providers in chain provided credentials'],
  ])('%s, empty: the credentials', (_name, text) => {
    expect(causeOf(text)).toBe('expired-credentials');
  });

  it.each([
    ['in an XML error body', "<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is malformed; the region 'eu-west-1' is wrong; expecting 'us-east-1'</Message></Error>"],
    ['incorrect, with the region expected', "Region 'ap-south-1' is incorrect, expected 'ap-southeast-1'"],
  ])('a region said wrong %s: the request', (_name, text) => {
    expect(causeOf(text)).toBe('validation');
  });
});

describe('round 29 readings at their limits', () => {
  it("still reads an image reference the registry does not have as the image's, not a failed DNS lookup", () => {
    expect(causeOf('CannotPullContainerError: failed to resolve ref 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:v3: not found')).toBe('ecr');
    expect(rulesOf('failed to resolve reference "111122223333.dkr.ecr.us-east-1.amazonaws.com/app:v3": not found')).not.toContain('connect-registry');
  });

  it("still reads a registry's refusal as the image's when no connection failed", () => {
    expect(causeOf(real('mewrite-ecs-manifest-unknown'))).toBe('ecr');
    expect(causeOf('ResourceInitializationError: unable to pull secrets or registry auth: AccessDeniedException: not authorized to perform ecr:GetAuthorizationToken')).not.toBe('vpc');
  });

  it('does not read a dial on the loopback interface as the network', () => {
    expect(causeOf('health check failed: dial tcp 127.0.0.1:8080: i/o timeout')).not.toBe('vpc');
  });

  it('does not read other registries, secrets or providers as these readings', () => {
    expect(causeOf('unable to pull secrets from Secrets Manager for the task')).not.toBe('ecr');
    expect(causeOf('registry auth succeeded for 111122223333.dkr.ecr.us-east-1.amazonaws.com')).toBe('unknown');
    expect(causeOf('no valid providers configured for the model router')).toBe('unknown');
    expect(causeOf('3 credential providers in chain loaded')).toBe('unknown');
  });

  it("still reads a CSV's header as the data, and a region that is right as nothing", () => {
    expect(causeOf('ClientError: Unable to parse CSV: the header is malformed, expected 3 columns')).toBe('data');
    expect(causeOf("The region 'us-east-1' is correct")).toBe('unknown');
  });
});
