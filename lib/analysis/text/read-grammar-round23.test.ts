import { describe, expect, it } from 'vitest';
import heldOut23 from './fixtures/held-out-23.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Round 23 of the held-out texts (held-out-23.json, threads of amazon-sagemaker-examples,
// sagemaker-experiments and the scikit-learn container): the one miss of the first pass, read by its
// structure, then the same structure in other wordings (constructed, not copied from a source) and its limits.
const real = fixtureText(heldOut23);

describe('round 23 readings, on the texts they were written for', () => {
  it("reads setuptools' failed command on the code's own module as the code's packaging", () => {
    const text = real('sklearn57-invalid-distribution-name');
    expect(rulesOf(text)).toContain('package-build-failed');
    expect(causeOf(text)).toBe('user-code');
  });
});

describe("setuptools' and pip's reports of a package step that failed, in other wordings", () => {
  it.each([
    ['a wheel build whose setup.py names no version', 'running bdist_wheel\nrunning build\nrunning build_py\nerror: package directory \'src/trainer\' does not exist'],
    ['an extension build stopped by a missing header, indented under pip', '    running build_ext\n    building \'fastops\' extension\n    error: Microsoft Visual C++ 14.0 or greater is required.'],
    ["pip's older report of the step", 'ERROR: Command errored out with exit status 1:\n     command: /opt/conda/bin/python -c \'import setuptools\' egg_info --egg-base /tmp/pip-pip-egg-info-x\n         cwd: /opt/ml/code/'],
    ["pip's newer report of the step", 'error: subprocess-exited-with-error\n\n  × python setup.py egg_info did not run successfully.\n  │ exit code: 1'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('package-build-failed');
    expect(causeOf(text)).toBe('user-code');
  });
});

describe('round 23 readings at their limits', () => {
  it("wants setuptools' command line before its error: a lone lower-case error line is any program's", () => {
    expect(rulesOf('error: Invalid distribution name or version syntax: .-train-1.0.0')).not.toContain('package-build-failed');
    expect(rulesOf('running the training loop\nerror: loss is nan')).not.toContain('package-build-failed');
  });

  it('does not reach an error line more than twenty lines below the command', () => {
    const text = 'running egg_info\n' + 'writing requirements\n'.repeat(25) + 'error: Invalid distribution name';
    expect(rulesOf(text)).not.toContain('package-build-failed');
  });

  it('lets a full disk in the same pip report say more than the packaging', () => {
    const text = 'ERROR: Command errored out with exit status 1:\nOSError: [Errno 28] No space left on device';
    expect(causeOf(text)).toBe('disk-space');
  });
});
