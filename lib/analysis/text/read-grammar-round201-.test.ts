import { describe, expect, it } from 'vitest';
import heldOut201 from './fixtures/held-out-201.json';
import heldOut202 from './fixtures/held-out-202.json';
import heldOut203 from './fixtures/held-out-203.json';
import heldOut205 from './fixtures/held-out-205.json';
import heldOut208 from './fixtures/held-out-208.json';
import heldOut210 from './fixtures/held-out-210.json';
import heldOut211 from './fixtures/held-out-211.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 201 onward (SageMaker's jobs and endpoints in saved notebook outputs, issue threads and pages): the first-pass
// misses read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut201, ...heldOut202, ...heldOut203, ...heldOut205, ...heldOut208, ...heldOut210, ...heldOut211]);

describe("rounds 203 to 206: Python's own classes for a call made wrongly, the model hub's offline snapshot, a payload's content type", () => {
  it("reads a directory made twice, a process gone and a dead weak reference as the program's, not the OS's other errors", () => {
    expect(causeOf(real('r205-gitcode-hyperpod-fileexists'))).toBe('user-code');
    expect(causeOf("FileExistsError: [Errno 17] File exists: '/opt/ml/code/cache'")).toBe('user-code');
    expect(causeOf('ProcessLookupError: [Errno 3] No such process')).toBe('user-code');
    expect(causeOf('ReferenceError: weakly-referenced object no longer exists')).toBe('user-code');
    expect(causeOf('BrokenPipeError: [Errno 32] Broken pipe')).toBe('unknown');
  });

  it("reads the hub's snapshot that is neither cached nor downloadable, and not a note that the hub is off on purpose", () => {
    expect(causeOf(real('r205-pyvideotrans-hf-local-files-only'))).toBe('model-download');
    expect(causeOf('huggingface_hub.errors.LocalEntryNotFoundError: Cannot find an appropriate cached snapshot folder for the specified revision on the local disk and outgoing traffic has been disabled.')).toBe('model-download');
    expect(causeOf('INFO outgoing traffic has been disabled; using the cached snapshot')).toBe('unknown');
  });

  it("reads a payload's content type refused in its hyphenated spelling as the data's, and not a response's header line", () => {
    expect(causeOf(real('r203-smex619-unsupported-x-image'))).toBe('data');
    expect(causeOf('ClientError: Unsupported content-type text/plain. Use text/csv or application/x-recordio-protobuf')).toBe('data');
    expect(causeOf('Response content-type: application/json')).toBe('unknown');
  });
});

describe("round 201: the TensorFlow Serving container's own check of the model archive", () => {
  it('reads an archive with no SavedModel as the input the endpoint was given, and not a line looking for one', () => {
    expect(causeOf(real('r201-edumunozsala-local-tfs-no-savedmodel'))).toBe('data');
    expect(causeOf('ValueError: no SavedModel bundles found!')).toBe('data');
    expect(causeOf('INFO:__main__:checking /opt/ml/model for SavedModel bundles')).toBe('unknown');
  });
});

describe("round 202: the SDK's own check raised under IPython's context lines", () => {
  const frame = (context: string) =>
    `/opt/conda/lib/python3.10/site-packages/sagemaker/image_uris.py in retrieve(framework, region, version, instance_type)\n${context}--> 117             raise ValueError("%s should not be a pipeline variable (%s)" % (name, type(val)))\n    118 \n\nValueError: instance_type should not be a pipeline variable (<class 'sagemaker.workflow.parameters.ParameterString'>)`;

  it("reads the SDK's raise after the numbered lines IPython shows before it, as before it without them", () => {
    expect(causeOf(real('r202-rags-pipeline-variable-instance-type'))).toBe('validation');
    expect(causeOf(frame('    115     for name, val in args.items():\n    116         if is_pipeline_variable(val):\n'))).toBe('validation');
    expect(causeOf(frame(''))).toBe('validation');
  });

  it("does not read a raise in the caller's own frame under the SDK's, nor the SDK's frame with a later frame of the code's", () => {
    const ownRaise = '/home/ec2-user/project/build.py in make(x)\n    10     if not x:\n---> 11         raise ValueError("x is required")\n\nValueError: x is required';
    expect(causeOf(ownRaise)).toBe('user-code');
    const later = `${frame('    116         if is_pipeline_variable(val):\n').split('\n\nValueError')[0]}\n\n/home/ec2-user/project/run.py in go()\n---> 3 int("a")\n\nValueError: invalid literal for int() with base 10: 'a'`;
    expect(causeOf(later)).toBe('user-code');
  });
});

describe('round 208: a caution that errors may come', () => {
  it('reads a sentence saying a kind of error may occur as no finding, and the failure said before it as one', () => {
    expect(causeOf(real('r208-adt-pcluster-validator-warnings'))).toBe('unknown');
    expect(causeOf('Note that out of memory errors can occur with very large batch sizes.')).toBe('unknown');
    expect(causeOf('InsufficientInstanceCapacity: We currently do not have sufficient ml.p4d.24xlarge capacity. Errors may occur on retry.')).toBe('capacity');
    expect(causeOf('RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB. Similar errors may occur later.')).toBe('out-of-memory');
  });
});

describe("the sixty-fourth review: an exception a warning says the program went past", () => {
  it('reads a class named on a warning that says it was ignored or skipped as no failure, and a traceback after it as one', () => {
    expect(causeOf('WARNING sagemaker-training-toolkit: /opt/ml/code/cache already exists (FileExistsError ignored, exist_ok=True); continuing\nINFO training started')).toBe('unknown');
    expect(causeOf('WARNING: could not parse row 12 (KeyError ignored); continuing')).toBe('unknown');
    expect(causeOf('WARNING skipping shard 3\nTraceback (most recent call last):\n  File "/opt/ml/code/train.py", line 3, in <module>\nKeyError: 1')).toBe('user-code');
    expect(causeOf('ERROR: KeyError ignored by the loader; continuing would corrupt the index, stopping')).toBe('user-code');
  });
});

describe("rounds 210 and 211: Lambda's relay of KMS's answer, mount(8)'s own status for a network file system", () => {
  it("reads the token KMS refused under Lambda's report that KMS access was denied as the key's, and a token refused alone as the credentials'", () => {
    expect(causeOf(real('r210-lambda-kms-unrecognizedclient'))).toBe('kms');
    expect(causeOf('An error occurred (UnrecognizedClientException) when calling the ListFunctions operation: The security token included in the request is invalid.')).toBe('expired-credentials');
  });

  it('reads mount(8) ending with 32 on an NFS, EFS or Lustre file system as the mount, not another command or a local disk', () => {
    expect(causeOf(real('r211-pcluster4062-efs-mount-32'))).toBe('vpc');
    expect(causeOf('mount -t nfs4 fs-0abc.efs.us-east-1.amazonaws.com:/ /mnt/efs exited with status 32')).toBe('vpc');
    expect(causeOf('mount -t ext4 /dev/xvdb /data returned 32')).toBe('unknown');
    expect(causeOf('grep returned 32 matches for nfs in the mount table')).toBe('unknown');
  });
});

describe("the sixty-fifth review: the session's readings kept to what they name", () => {
  it('keeps a failure said in the same sentence as a caution, blanking only the kind the caution names', () => {
    expect(causeOf('OSError: [Errno 28] No space left on device and further write errors may occur')).toBe('disk-space');
    expect(causeOf('An error occurred (ThrottlingException) when calling the CreateTrainingJob operation (Rate exceeded); errors can occur for further trials')).toBe('throttling');
  });

  it("reads mount's status 32 only for a network file system given as its type, and not one it retried", () => {
    expect(causeOf("subprocess.CalledProcessError: Command '['sudo', 'mount', '-t', 'lustre', 'fs-0c1d.fsx.us-west-2.amazonaws.com@tcp:/abcd', '/fsx']' returned non-zero exit status 32.")).toBe('vpc');
    expect(causeOf('mount -t xfs /dev/nvme1n1 /mnt/efs-cache returned 32')).toBe('unknown');
    expect(causeOf('WARNING mount -t nfs4 fs-1.efs.us-east-1.amazonaws.com:/ /mnt returned 32, retrying in 5s\nINFO mounted /mnt')).toBe('unknown');
  });

  it("reads Lambda's relay of KMS as the key's whatever credential words KMS's answer has", () => {
    expect(causeOf("KMSAccessDeniedException: Lambda was unable to decrypt the environment variables because KMS access was denied. Please check the function's KMS key settings. KMS Exception: UnrecognizedClientException KMS Message: The security token included in the request is invalid.")).toBe('kms');
    expect(causeOf("Lambda was unable to decrypt the environment variables because KMS access was denied. KMS Exception: ExpiredTokenException KMS Message: The security token included in the request is expired")).toBe('kms');
  });

  it('reads the new classes and readings on a line that went on, or a clean-up logged at INFO, as no failure', () => {
    expect(causeOf('2024-07-02 14:00:03,118 INFO launcher.py:201 - worker pid 4242 already exited (ProcessLookupError), nothing to terminate')).toBe('unknown');
    expect(causeOf('W0702 11:02:33.418112 140221 reader.cc:812] skipping corrupt record 1187 (ValueError: invalid record length)\nINFO saved model')).toBe('unknown');
    expect(causeOf('UserWarning: bad header ignored; RuntimeError: CUDA error: device-side assert triggered')).toBe('user-code');
    expect(causeOf('WARNING serve.py: no SavedModel bundles found under /opt/ml/model/2, falling back to /opt/ml/model/1')).toBe('unknown');
    expect(causeOf("WARNING handler: unsupported content-type 'application/x-npy', falling back to text/csv")).toBe('unknown');
    expect(causeOf('ProcessLookupError: [Errno 3] No such process')).toBe('user-code');
  });

  it("does not read the caller's own raise after the SDK's in IPython 8's frame form as the SDK's check", () => {
    const text = `File /opt/conda/lib/python3.10/site-packages/sagemaker/image_uris.py:117, in retrieve(framework, region)\n    116 if is_pipeline_variable(val):\n--> 117     raise ValueError("instance_type should not be a pipeline variable")\n\nDuring handling of the above exception, another exception occurred:\n\nFile ~/project/run.py:14, in go(cfg)\n---> 14 raise ValueError("bad config")\n\nValueError: bad config`;
    expect(causeOf(text)).toBe('user-code');
  });
});

