import { describe, expect, it } from 'vitest';
import heldOut28 from './fixtures/held-out-28.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Round 28 of the held-out texts (held-out-28.json, threads of aws-samples workshops and sample
// repositories quoting a SageMaker job's failure or the SDK's exception starting one): the misses of
// the first pass, read by their structure, then the same structure in other wordings (constructed,
// not copied from a source) and its limits.
const real = fixtureText(heldOut28);

describe('round 28 readings, on the texts they were written for', () => {
  it("does not read a file missing under /opt/ml/input/config/ as the job's data", () => {
    expect(causeOf(real('localmode20-resourceconfig-missing'))).toBe('unknown');
  });

  it("does not read the SDK's ImportError for Local Mode's missing docker-compose as the job's code", () => {
    expect(causeOf(real('localmode32-docker-compose-not-installed'))).toBe('unknown');
  });

  it('leaves the relabelled text as labelled', () => {
    expect(causeOf(real('tfworkshop3-out-of-range-end-of-sequence'))).toBe('user-code');
  });
});

describe('round 28 readings in other wordings', () => {
  it.each([
    ['the hyperparameters SageMaker writes', "[Errno 2] No such file or directory: '/opt/ml/input/config/hyperparameters.json'"],
    ["the channels' description", "No such file or directory: /opt/ml/input/config/inputdataconfig.json"],
    ['a double-quoted path to the resource config', 'IOError: [Errno 2] No such file or directory: "/opt/ml/input/config/resourceconfig.json"'],
  ])('%s: not the data', (_name, text) => {
    expect(causeOf(text)).not.toBe('data');
  });

  it.each([
    ['docker itself', "ImportError: 'docker' is not installed. Local Mode features will not work without docker."],
    ['unquoted docker-compose', 'ImportError: docker-compose is not installed'],
    ['the NVIDIA runtime, double-quoted', 'ImportError: "nvidia-docker" is not installed'],
  ])("the host's container tooling (%s): no job code failed", (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });
});

describe("a reason quoted with its log line's prefix", () => {
  const bare = real('tfworkshop3-out-of-range-end-of-sequence');
  it.each([
    ["the SDK's exception", `UnexpectedStatusException: Error for Training job tf-2020-11-12: Failed. Reason: ${bare}`],
    ["a script's label", `Failure reason: ${bare}`],
    ['an MPI tag over the compose prefix', bare.split('\n').map((l) => `[1,mpirank:0,algo-1]<stderr>:${l}`).join('\n')],
    ["a newer compose prefix over compose v1's", bare.split('\n').map((l) => `a3ku9xqv1y-algo-1-1kcnw | ${l}`).join('\n')],
  ])('%s: read as the bare text', (_name, text) => {
    expect(causeOf(text)).toBe(causeOf(bare));
  });

  it('does not take a prefix off a line that does not start with one', () => {
    expect(causeOf("the job said: algo-1-55n7o_1  | No such file or directory: '/opt/ml/input/data/a.csv'")).toBe('data');
    expect(causeOf('Reason: see algo-1-55n7o_1  | above')).toBe('unknown');
  });
});

describe('round 28 readings at their limits', () => {
  it('still reads a file missing under the data channels or the processing input as the data', () => {
    expect(causeOf("FileNotFoundError: [Errno 2] No such file or directory: '/opt/ml/input/data/train/train.csv'")).toBe('data');
    expect(causeOf("[Errno 2] No such file or directory: '/opt/ml/input/data/training/x.npy'")).toBe('data');
    expect(causeOf("FileNotFoundError: [Errno 2] No such file or directory: '/opt/ml/processing/input/data.csv'")).toBe('data');
    expect(causeOf("FileNotFoundError: File b'/opt/ml/input/data/train/a.csv' does not exist")).toBe('data');
    expect(causeOf("No such file or directory: '/opt/ml/input/configs/a.csv'")).toBe('data');
  });

  it("still reads a Python module the container lacks, or a library's missing dependency, as the code", () => {
    expect(causeOf("ModuleNotFoundError: No module named 'docker'")).toBe('user-code');
    expect(causeOf("ImportError: 'accelerate' is not installed")).toBe('user-code');
    expect(causeOf('ImportError: cannot import name docker from compose')).toBe('user-code');
  });

  it('does not excuse a failed script because prose elsewhere says docker is not installed', () => {
    expect(causeOf('the docker is not installed on the runner; AlgorithmError: ExecuteUserScriptError: exit code 1')).toBe('user-code');
    expect(causeOf("RuntimeError: Failed to run: ['docker-compose', '-f', '/tmp/x/docker-compose.yaml', 'up'], Process exited with code: 1")).toBe('user-code');
  });
});
