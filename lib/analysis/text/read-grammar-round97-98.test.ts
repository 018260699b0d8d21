import { describe, expect, it } from 'vitest';
import heldOut97 from './fixtures/held-out-97.json';
import heldOut98 from './fixtures/held-out-98.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 97 and 98 (Studio's apps, images and lifecycle configurations, Edge Manager, Ground Truth; Japanese, Korean and
// Chinese sample repositories): the first-pass
// misses read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut97, ...heldOut98]);

describe('round 97 misses', () => {
  it.each([
    ['r97-feedback113-delete-userprofile-apps-associated', 'validation'],
    ['r97-dataall351-studio-kernel-unable-to-reach-sagemaker-endpoint', 'vpc'],
    ['r97-lccex37-kgw-lifecycle-script-not-found', 'user-code'],
    ['r97-nblcc121-efs-chmod-operation-not-permitted', 'other-permission'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });

  it("reads a code alone on its line above its message, as the console prints it, only where a family knows it", () => {
    expect(causeOf('ResourceInUse\nUnable to delete Space [arn:aws:sagemaker:us-east-1:111122223333:space/d-1/x] because an App is associated with it.')).toBe('validation');
    expect(causeOf('TrainingFinished\nThe model was saved to /opt/ml/model after 10 epochs.')).toBe('unknown');
  });

  it("reads an AWS service's API said unreachable as the network path, and not a script's own endpoint", () => {
    expect(causeOf('App failed: unable to reach STS service')).toBe('vpc');
    expect(causeOf('WARNING: unable to reach the metrics endpoint http://10.0.0.5:9090, skipping')).toBe('unknown');
  });

  it("reads dash's report of a script's line that names the script, and an empty command's", () => {
    expect(causeOf('/opt/ml/lifecycleconfig/on-start: 12: conda: not found')).toBe('user-code');
    expect(causeOf('sh: 25: docker: not found')).toBe('user-code');
  });

  it("reads root refused on a network file system's path as its policy, and not on a local path", () => {
    expect(causeOf("chown: changing ownership of '/mnt/fsx/checkpoints': Operation not permitted")).toBe('other-permission');
    expect(causeOf("chmod: changing permissions of '/opt/ml/code/run.sh': Operation not permitted")).not.toBe('other-permission');
  });
});

describe('round 98 relabel', () => {
  // Python's runtime message quoted without its class in a serving container's JSON error body is the code's (the
  // reading's documented convention), whatever status the toolkit answered it with.
  it('r98-hf-endpoint-ndarray-has-no-pop reads user-code', () => {
    expect(causeOf(real('r98-hf-endpoint-ndarray-has-no-pop'))).toBe('user-code');
  });
});
