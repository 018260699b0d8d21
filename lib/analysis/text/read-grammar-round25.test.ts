import { describe, expect, it } from 'vitest';
import heldOut25 from './fixtures/held-out-25.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 25 of the held-out texts (held-out-25.json, question-and-answer pages: Hugging Face Hub model
// discussions and aws/sagemaker-python-sdk GitHub Discussions quoting SageMaker failures): the misses of
// the first pass, read by their structure, then the same structure in other wordings (constructed, not
// copied from a source) and its limits.
const real = fixtureText(heldOut25);

describe('round 25 readings, on the texts they were written for', () => {
  it("reads the ping health check of a production variant as its container's, the word \"container\" broken", () => {
    const text = real('flux109-ping-health-check-ocr-spaced');
    expect(rulesOf(text)).toContain('container-health-failed');
    expect(causeOf(text)).toBe('user-code');
  });

  it("reads a model server's own verdict that its backend is not healthy as the container's", () => {
    const text = real('arctic-embed15-tei-backend-unexpected-rank');
    expect(rulesOf(text)).toContain('container-health-failed');
    expect(causeOf(text)).toBe('user-code');
  });

  it("reads the model hub's refusal of a gated repository, without its exception class, as the download", () => {
    const text = real('smsdk-discussion4623-not-in-authorized-list');
    expect(rulesOf(text)).toContain('model-hub-download');
    expect(causeOf(text)).toBe('model-download');
  });
});

describe('round 25 readings in other wordings', () => {
  it.each([
    ['a named variant without "container"', 'Failed. Reason: production variant blue-2 did not pass the ping health check. Please check CloudWatch logs for this endpoint.'],
    ['a waiter around it', 'Error: waiting for endpoint (demo) to be InService: Failed: The primary con-\ntainer for production variant AllTraffic did not pass the ping health check'],
  ])('%s: the variant failed its health check', (_name, text) => {
    expect(rulesOf(text)).toContain('container-health-failed');
    expect(causeOf(text)).toBe('user-code');
  });

  it.each([
    ['an inference server, unhealthy', 'ERROR: inference server is unhealthy after 300s, shutting down'],
    ['a model server that was not healthy', 'Error: Model server was not healthy\nCaused by:\n    0: could not load weights'],
  ])("%s: the model server's own health verdict", (_name, text) => {
    expect(rulesOf(text)).toContain('container-health-failed');
    expect(causeOf(text)).toBe('user-code');
  });

  it.each([
    ['authentication required', 'Access to model meta-llama/Llama-3.1-8B is restricted. You must be authenticated to access it.'],
    ['a dataset', 'Access to dataset acme/private-corpus is restricted and you are not in the authorized list.'],
    ['the gated sentence alone', 'raise EnvironmentError: You are trying to access a gated repo.'],
    ['without the URL', 'ErrorMessage "Cannot access gated repo for url (redacted)"'],
  ])('%s: the hub refused the gated download', (_name, text) => {
    expect(rulesOf(text)).toContain('model-hub-download');
    expect(causeOf(text)).toBe('model-download');
  });
});

describe('round 25 readings at their limits', () => {
  it('does not read a health check that passed, or an instance that is unhealthy, as the container', () => {
    expect(rulesOf('production variant AllTraffic passed the ping health check')).not.toContain('container-health-failed');
    expect(causeOf('Launched instance was unhealthy, replacing it!')).toBe('internal');
  });

  it('does not read a backend or a server that is healthy, or an unnamed backend, as the container', () => {
    expect(rulesOf('Model backend is healthy')).not.toContain('container-health-failed');
    expect(rulesOf('the database backend is unhealthy')).not.toContain('container-health-failed');
  });

  it('does not read a restriction that is not a repository on the hub', () => {
    expect(rulesOf('Access to model registry is restricted by policy')).not.toContain('model-hub-download');
    expect(rulesOf('Access to the bucket acme/data is restricted')).not.toContain('model-hub-download');
  });
});
