import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import heldOut19 from './fixtures/held-out-19.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 19 of the held-out texts (held-out-19.json, failures quoted in public code: project fix notes,
// runbooks and troubleshooting files): each miss of the first pass, read by its structure, then the same
// structure in other wordings (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut19);

describe('round 19 readings, on the texts they were written for', () => {
  it('reads a call that does not fit its callee, quoted without its class, as the code', () => {
    const text = real('stygig-async-missing-positional-argument');
    expect(rulesOf(text)).toContain('python-runtime-message');
    expect(causeOf(text)).toBe('user-code');
  });

  it("reads an image manifest's media type refused as the request's image", () => {
    const text = real('roomdetection-oci-manifest-unsupported');
    expect(rulesOf(text)).toContain('image-manifest-format');
    expect(causeOf(text)).toBe('validation');
  });
});

describe('an image manifest media type refused, in other wordings', () => {
  it.each([
    ['the type named after the refusal', 'Invalid media type: application/vnd.docker.distribution.manifest.v1+prettyjws'],
    ['the refusal after the type, where "image" could be read as the data', 'Image media type "application/vnd.oci.image.manifest.v1+json" is not supported for this algorithm image'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('image-manifest-format');
    expect(causeOf(text)).toBe('validation');
  });

  it("does not read a payload's media type as an image's", () => {
    expect(rulesOf('Unsupported media type text/csv for this endpoint')).not.toContain('image-manifest-format');
  });
});

describe("Python's call-signature messages in other wordings", () => {
  it.each([
    ['a method missing one positional argument', "Scorer._rank() missing 1 required positional argument: 'k'"],
    ['a function missing several, the message wrapped', "load_index()\n  missing 2 required positional arguments: 'path' and 'dim'"],
    ['keyword-only arguments missing', "build(config) failed: build() missing 1 required keyword-only argument: 'seed'"],
    ['too many positional arguments', 'Pipeline.transform() takes 2 positional arguments but 3 were given'],
    ['a range of positional arguments', 'resize() takes from 1 to 2 positional arguments but 4 were given'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('python-runtime-message');
    expect(causeOf(text)).toBe('user-code');
  });
});

describe('round 19 texts the second blind relabelling filed', () => {
  it('reads a ping health check wrapped in a quotation as the container, as unwrapped', () => {
    expect(rulesOf(real('iris-ping-health-check-wrapped'))).toContain('container-health-failed');
    expect(causeOf(real('iris-ping-health-check-wrapped'))).toBe('user-code');
  });
});

describe('round 19 readings at their limits', () => {
  it('leaves an unexpected keyword argument to the argument check: the callee may be the SDK the caller ran', () => {
    const text = "TypeError: Session.__init__() got an unexpected keyword argument 'default_bucket_prefix'";
    expect(rulesOf(text)).not.toContain('python-runtime-message');
  });

  it('wants the parentheses of a call: prose about missing arguments is not a signature', () => {
    expect(rulesOf('The request is missing 1 required positional argument in its body.')).not.toContain('python-runtime-message');
    expect(rulesOf('takes 2 positional arguments but 3 were given')).not.toContain('python-runtime-message');
  });

  it.each([
    ['an image size against a bare number', 'roomdetection-serverless-image-size-over-limit'],
    ["a model server's worker that disconnected", 'stygig-async-worker-disconnected'],
  ] as [string, string][])('leaves %s unknown', (_name, id) => {
    expect(causeOf(real(id))).toBe('unknown' as Cause);
  });
});
