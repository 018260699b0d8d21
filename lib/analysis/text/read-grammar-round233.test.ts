import { describe, expect, it } from 'vitest';
import heldOut233 from './fixtures/held-out-233.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 233 (issue threads of training libraries, an error catalogue of HyperPod's, AWS pages): the first-pass misses read by
// their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut233);

describe('round 233: the first-pass misses', () => {
  it.each([
    ['r233-sdk3737-no-module-named-pipeline-train', 'user-code'],
    ['r233-squad5-posix-memalign-enomem', 'out-of-memory'],
    ['r233-hyperpod-catalogue-max-instances-reached', 'quota'],
    ['r233-hyperpod-catalogue-security-group-missing', 'vpc'],
  ] as const)('%s reads %s', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });
});

describe("the interpreter's own line for an entry point it cannot find", () => {
  it('reads `python -m` of a module and a script path that are not there as the code shipped with the job', () => {
    expect(causeOf('/usr/local/bin/python3.10: No module named src/train')).toBe('user-code');
    expect(causeOf("python3: can't open file '/opt/ml/code/train.py': [Errno 2] No such file or directory")).toBe('user-code');
    expect(causeOf("/opt/conda/bin/python: can't open file 'entry.py': [Errno 13] Permission denied")).toBe('user-code');
  });

  it("does not read the file system's own errors on the script (an I/O error, a stale handle) as the code", () => {
    expect(causeOf("python3: can't open file '/fsx/ubuntu/train.py': [Errno 5] Input/output error")).not.toBe('user-code');
    expect(causeOf("/opt/conda/bin/python: can't open file '/efs/code/train.py': [Errno 116] Stale file handle")).not.toBe('user-code');
  });

  it('is the interpreter only: another program of a name that ends in python is not read so', () => {
    expect(causeOf('mypython3: No module named src/train')).toBe('unknown');
  });
});

describe("PyTorch's CPU allocator refused by posix_memalign", () => {
  it('reads ENOMEM (12) as memory', () => {
    expect(causeOf('RuntimeError: [enforce fail at CPUAllocator.cpp:64] posix_memalign(&data, gAlignment, nbytes) == 0. 12 vs 0')).toBe('out-of-memory');
  });

  it('does not read another errno (22, EINVAL: an alignment the code asked for) as memory', () => {
    expect(causeOf('RuntimeError: [enforce fail at CPUAllocator.cpp:64] posix_memalign(&data, gAlignment, nbytes) == 0. 22 vs 0')).not.toBe('out-of-memory');
  });
});

describe("EC2's account limits and network ids in a guide's shortened forms", () => {
  it("reads what the limit counts cut short by an ellipsis, and a placeholder security group's id", () => {
    expect(causeOf('The maximum number of addresses … has been reached.')).toBe('quota');
    expect(causeOf("The security group 'sg-xxxx' does not exist")).toBe('vpc');
    expect(causeOf("The subnet ID 'subnet-xxx' does not exist")).toBe('vpc');
  });

  it('reads no limit whose words after an ellipsis say it counts something else (retries, tokens, requests)', () => {
    expect(causeOf('The maximum number of download ... retries has been reached')).not.toBe('quota');
    expect(causeOf('The maximum number of generated ... tokens has been reached')).not.toBe('quota');
    expect(causeOf('The maximum number of concurrent ... requests has been reached')).not.toBe('quota');
  });

  it("leaves a script's own KeyError for a placeholder id to the code", () => {
    expect(causeOf("Traceback (most recent call last):\n  File \"net.py\", line 3, in <module>\n    groups['sg-xxx']\nKeyError: 'sg-xxx'")).not.toBe('vpc');
  });
});
