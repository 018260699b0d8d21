import { describe, expect, it } from 'vitest';
import heldOut50 from './fixtures/held-out-50.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 50 (issue threads no round cited, most of them notebooks' lifecycle scripts): the first pass's misses,
// read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText(heldOut50);

describe('a launcher that could not start the script it was given', () => {
  it("bash's bad interpreter (a shebang saved with Windows line endings) is the script's", () => {
    expect(causeOf(real('nb-lcc-samples86-bad-interpreter-crlf'))).toBe('user-code');
  });

  it("coreutils' \"failed to run command\" is the script's", () => {
    expect(causeOf(real('lcc-examples44-studio-lcc-stdbuf-crlf'))).toBe('user-code');
    expect(causeOf("nohup: failed to run command 'train.sh': Permission denied")).toBe('user-code');
  });

  it("env's missing interpreter is the script's", () => {
    expect(causeOf("/usr/bin/env: 'python\\r': No such file or directory")).toBe('user-code');
    expect(causeOf('/usr/bin/env: ‘python3’: No such file or directory')).toBe('user-code');
  });

  it("the launcher's name without its path, and nice's and Docker's newer forms (the twenty-fifth review)", () => {
    expect(causeOf('env: ‘python3’: No such file or directory')).toBe('user-code');
    expect(causeOf("nice: 'torchrun': No such file or directory")).toBe('user-code');
    expect(causeOf('exec /usr/local/bin/serve: no such file or directory')).toBe('user-code');
    expect(causeOf('The exec of /usr/local/bin/serve: no such file or directory was retried')).toBe('unknown');
  });

  it("a channel's file a shell line could not open is the input", () => {
    expect(causeOf('line 3: /opt/ml/input/data/train/manifest.txt: No such file or directory')).toBe('data');
    expect(causeOf('./train.sh: line 3: /opt/ml/input/data/train/manifest.txt: No such file or directory')).toBe('data');
  });

  it('what ended the job after a launcher line outranks it', () => {
    expect(causeOf("/usr/bin/env: 'python2': No such file or directory\nRuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB")).toBe('out-of-memory');
    expect(causeOf("nohup: failed to run command 'monitor.sh': No such file or directory\nOSError: [Errno 28] No space left on device")).toBe('disk-space');
  });

  it('a command that ran and then failed is not a launcher failure', () => {
    expect(causeOf("timeout: failed to run command 'aws': Resource temporarily unavailable")).toBe('unknown');
    expect(causeOf('env: python is available at /usr/bin/python: No such file or directory expected')).toBe('unknown');
  });
});

describe("bash's report of a script's line, its script's name cut off", () => {
  it('"line <n>: <command>: <message>" at a line\'s start is the script\'s', () => {
    expect(causeOf(real('nb-lcc-samples60-custom-miniconda-activate-missing'))).toBe('user-code');
    expect(causeOf('line 3: conda: command not found')).toBe('user-code');
  });

  it("a parser's or another tool's line position is not", () => {
    expect(causeOf('awk: line 1: syntax error at or near }')).toBe('unknown');
    expect(causeOf('yaml: line 3: mapping values are not allowed in this context')).toBe('unknown');
    expect(causeOf('Error on line 12: unexpected token: }')).toBe('unknown');
  });

  it("bash's own warning about the script's text is not a command that failed (the twenty-fifth review's probe)", () => {
    expect(causeOf("/opt/ml/code/run.sh: line 12: warning: here-document at line 5 delimited by end-of-file (wanted `EOF')\n2024-05-14 09:12:55 Failed - Training job failed")).toBe('unknown');
  });

  it('a failure reported after it outranks it', () => {
    expect(causeOf('line 7: ulimit: open files: cannot modify limit: Operation not permitted\nRuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB')).toBe('out-of-memory');
  });
});

describe('relabelled and left', () => {
  it("an exception named neither as Python's own nor module-qualified with Error or Exception says no side", () => {
    expect(causeOf(real('nb-lcc-samples28-argument-name-requires-value'))).toBe('unknown');
    expect(causeOf(real('nb-lcc-samples51-nosuchkernel-conda-python3'))).toBe('unknown');
  });
});
