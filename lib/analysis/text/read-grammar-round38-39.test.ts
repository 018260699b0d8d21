import { describe, expect, it } from 'vitest';
import heldOut38 from './fixtures/held-out-38.json';
import heldOut39 from './fixtures/held-out-39.json';
import { causeOf, fixtureText, rulesOf } from '../test-support/text-readings';

// Rounds 38 (permission denials in AWS's newer wordings) and 39 (texts found by SageMaker's FailureReason
// heads): the first pass's misses, read by their structure, then the same structure in other wordings
// (constructed, not copied from a source) and its limits.
const real = fixtureText([...heldOut38, ...heldOut39]);

describe("a file system's mount whose directory is not on it", () => {
  it("reads SageMaker's report of the directory path missing as the input's location, not the network", () => {
    const text = real('appleboy-efs-mount-no-such-directory');
    expect(causeOf(text)).toBe('data');
    expect(rulesOf(text)).toContain('mount-path-absent');
  });

  it.each([
    ['the NFS server', 'mount.nfs4: mounting fs-0abc.efs.us-east-1.amazonaws.com:/datasets/train failed, reason given by server: No such file or directory'],
    ['the path in words', 'ClientError: Unable to mount file system: fs-0abc, directory path: /train. The directory path /train does not exist on the file system.'],
  ])('in other words: %s', (_name, text) => {
    expect(causeOf(text)).toBe('data');
  });

  it('keeps a mount that timed out or was refused as before', () => {
    expect(causeOf(real('appleboy-efs-mount-connection-timed-out'))).toBe('vpc');
    expect(causeOf('ClientError: Unable to mount file system: fs-0abc, directory path: /train. access denied by server while mounting')).toBe('other-permission');
    // A file the log misses elsewhere is not the mount's directory.
    expect(causeOf(`W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'libcudart.so.11.0'; dlerror: libcudart.so.11.0: cannot open shared object file: No such file or directory\n${real('appleboy-efs-mount-connection-timed-out')}`)).toBe('vpc');
    // A mount the training code attempts is the code's business, whatever it says.
    expect(rulesOf('AlgorithmError: mount.nfs4: No such file or directory, exit code: 32')).not.toContain('mount-path-absent');
  });
});

describe('a feature said to be not supported, the adverb before "not"', () => {
  it('reads the region refusing a file system channel as the request', () => {
    expect(causeOf(real('appleboy-fsx-lustre-not-supported-cn-north-1'))).toBe('validation');
  });

  it.each([
    'Managed spot training is currently not supported for this instance type.',
    'Warm pools are currently not supported for jobs with a VPC configuration.',
  ])('in other words: %s', (text) => {
    expect(causeOf(text)).toBe('validation');
  });

  it('leaves a warning that something is not supported, and code declining a path of its own', () => {
    expect(causeOf('WARNING: sun.reflect.Reflection.getCallerClass is currently not supported. This will impact performance.')).toBe('unknown');
    expect(causeOf('NotImplementedError: this quantization is currently not supported in your version')).not.toBe('validation');
  });
});

describe("a service's token refused as included in the request", () => {
  it("reads Livy's JWT refusal behind EMR's notebooks as the credentials", () => {
    expect(causeOf(real('emrlfdoc-livy-jwt-session-expired'))).toBe('expired-credentials');
  });

  it("keeps STS's sentence, and a hub's refused token stays the model download", () => {
    expect(causeOf('An error occurred (UnrecognizedClientException) when calling the CreateTrainingJob operation: The security token included in the request is invalid.')).toBe('expired-credentials');
    expect(causeOf("huggingface_hub.utils._errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/meta-llama/Llama-2-7b-hf (Request ID: Root=1-65) Invalid credentials in Authorization header")).toBe('model-download');
  });
});
