import { describe, expect, it } from 'vitest';
import heldOut202 from './fixtures/held-out-202.json';
import heldOut203 from './fixtures/held-out-203.json';
import heldOut205 from './fixtures/held-out-205.json';
import { causeOf, fixtureText } from '../test-support/text-readings';

// Rounds 201 onward (SageMaker's jobs and endpoints in saved notebook outputs, issue threads and pages): the first-pass
// misses read by their structure, then the same structure in other wordings (constructed) and its limits.
const real = fixtureText([...heldOut202, ...heldOut203, ...heldOut205]);

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
