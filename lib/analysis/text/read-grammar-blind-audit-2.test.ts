import { describe, expect, it } from 'vitest';
import type { Cause } from '../diagnosis';
import { causeOf, rulesOf } from '../test-support/text-readings';

// The second blind relabelling (docs/failure-texts.md): an independent labeller, reading only the 51
// texts we label `unknown`, filed most under a cause. Where it and the round's own labeller (before
// running) agreed, and a structure carries the reading, the text now reads so. Each structure below in
// other wordings (constructed, not copied), then what it must leave alone.

describe("the model container's health, in other wordings", () => {
  it.each([
    ['a named variant, without the CloudWatch hint', 'The primary container for production variant blue-1 did not pass the ping health check.'],
    ["a tool's waiter around it", 'Error: waiting for endpoint (churn) to be InService: unexpected state Failed: The primary container for production variant v2 did not pass the ping health check'],
    ["the contraction, and its health check without 'ping'", "The container for variant AllTraffic didn't pass its health check"],
    ['nginx failing to reach the app for an invocation', '[error] 12#12: *3 connect() to unix:/tmp/gunicorn.sock failed (111: Connection refused) while connecting to upstream, client: 10.32.0.2, request: "POST /invocations HTTP/1.1"'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('container-health-failed');
    expect(causeOf(text)).toBe('user-code');
  });

  it('yields to a log line that says why the container did not answer', () => {
    const text = 'The primary container for production variant AllTraffic did not pass the ping health check.\nCUDA out of memory. Tried to allocate 2.00 GiB';
    expect(causeOf(text)).toBe('out-of-memory');
  });

  it.each([
    // A host's health check is the hardware's or the cluster's, not a container of the customer's.
    ['an instance health check', 'Instance i-0abc failed the EC2 instance health check'],
    ['a node health check of a cluster', 'HyperPod node health check failed: GPU ECC errors detected'],
    // nginx failing for a path outside the container contract is not the health check.
    ['nginx for another path', 'connect() to unix:/tmp/app.sock failed (2: No such file or directory) while connecting to upstream, request: "GET /metrics HTTP/1.1"'],
  ])('leaves alone: %s', (_name, text) => {
    expect(rulesOf(text)).not.toContain('container-health-failed');
  });
});

describe('a value of the records that had to be a number, in other wordings', () => {
  it.each([
    ['numpy reading a file, a header row among the values', 'File "train.py", line 12, in <module>\n    X = np.loadtxt(path, delimiter=",")\nValueError: could not convert string to float: \'sepal_length\''],
    ['pandas casting a column', "File \"prep.py\", line 40, in main\n    df['age'] = df['age'].astype(float)\nValueError: could not convert string to float: 'unknown'"],
    ["pandas' parse of a column", 'ValueError: Unable to parse string "missing" at position 1041'],
    ["a component's bare report, no exception", 'Could not convert string to float for the label column.'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('value-not-a-number');
    expect(causeOf(text)).toBe('data');
  });

  it.each([
    // The code's own int()/float() calls on a version, an environment variable or a command-line value
    // (the review's cases): nothing says the value came from the records.
    ['an environment variable', 'world = int(os.environ["WORLD_SIZE"])\nValueError: invalid literal for int() with base 10: \'\''],
    ['a version string', 'major = int(framework_version.split(".")[0])\nValueError: invalid literal for int() with base 10: \'latest\''],
    ['a bare ValueError with a value', "ValueError: could not convert string to float: 'sepal_length'"],
    ["a hyperparameter's value", "ValueError: invalid literal for int() with base 10: '0.5' (hyperparameter epochs)"],
    ['an argument parsed from the command line', "argparse: could not convert string to float: 'fast' for argument --lr"],
    // Conversions of other things are not a value of the records.
    ['a model format conversion', 'Could not convert the model to ONNX: unsupported operator'],
  ])('leaves alone: %s', (_name, text) => {
    expect(rulesOf(text)).not.toContain('value-not-a-number');
  });
});

describe("a built-in algorithm's records of the wrong shape, in other wordings", () => {
  it.each([
    ['a feature count, on one line', '[03/02/2019 10:11:12 ERROR 139912 train.py:212] cannot copy sequence with size 30 to array axis with dimension 29'],
    ['expected against found', '[11/20/2020 08:00:01 ERROR 140001 algorithm.py:77] expected 784 features, got 783 in record 12'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('builtin-record-shape');
    expect(causeOf(text)).toBe('data');
  });

  it.each([
    // The same numpy words from the customer's own script: the code's shapes, not the algorithm's input.
    ['the words in a script', 'Traceback (most recent call last):\nValueError: cannot copy sequence with size 785 to array axis with dimension 784'],
    // The algorithm's log line saying something else.
    ['another error of the algorithm', '[10/17/2017 18:01:04 ERROR 140234860816192 train.py:48] Unable to open checkpoint directory'],
  ])('leaves alone: %s', (_name, text) => {
    expect(rulesOf(text)).not.toContain('builtin-record-shape');
  });
});

describe('a request field that is a configuration, named under a ClientError', () => {
  it.each([
    ["Neo's output field", 'ClientError: OutputConfiguration: Target device jetson_x is not available in this region.'],
    ['the console spelling, and a model the field names', 'Client Error: InputConfiguration: Framework cannot load MXNet model: symbol file missing'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text)).toContain('client-config-field');
    expect(causeOf(text)).toBe('validation');
  });

  it.each([
    // A stronger reading of what is wrong wins: a model file that is not there is the data's.
    ['a model file that is not there', 'ClientError: InputConfiguration: No h5 file provided in s3://b/model.tar.gz', 'data'],
    // The field named without SageMaker's class is the text of a page or a script, not the service's finding.
    ['the field without the class', 'InputConfiguration: see the documentation for the supported frameworks', 'unknown'],
    // Under an AlgorithmError, a configuration's name is the code's own.
    ['under an AlgorithmError', 'AlgorithmError: TrainerConfiguration: learning rate schedule finished early', 'user-code'],
  ] as [string, string, Cause][])('leaves alone: %s', (_name, text, cause) => {
    expect(rulesOf(text)).not.toContain('client-config-field');
    expect(causeOf(text)).toBe(cause);
  });
});
