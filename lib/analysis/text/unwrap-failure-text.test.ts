import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { unwrapFailureText } from './unwrap-failure-text';

const ESC = String.fromCharCode(27);

describe('unwrapFailureText', () => {
  it.each([
    ['the SDK v2 exception', 'UnexpectedStatusException: Error for Training job abc-1: Failed. Reason: ClientError: no such channel', 'ClientError: no such channel'],
    ['the v2 exception with its trailer, the reason ending in its own full stop', 'Error for Transform job t-9: Failed. Reason: ClientError: See job logs.. Check troubleshooting guide for common errors: https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-python-sdk-troubleshooting.html', 'ClientError: See job logs.'],
    ['an AutoML job', 'sagemaker.exceptions.UnexpectedStatusException: Error for AutoML job automl-3: Failed. Reason: ClientError: Target attribute not found', 'ClientError: Target attribute not found'],
    ['the SDK\'s CapacityError', 'sagemaker.exceptions.CapacityError: Error for Training job j: Failed. Reason: CapacityError: Unable to provision requested ML compute capacity.', 'CapacityError: Unable to provision requested ML compute capacity.'],
    ['v1', 'ValueError: Error training j-2018: Failed Reason: ClientError: Could not find model data', 'ClientError: Could not find model data'],
    ['Airflow\'s operator', 'airflow.exceptions.AirflowException: SageMaker job failed because ClientError: Please ensure the channel exists', 'ClientError: Please ensure the channel exists'],
    ['sagemaker-core (v3)', 'Encountered unexpected failed state while waiting for ProcessingJob. Final Resource State: Failed. Failure Reason: AlgorithmError: exit code 2', 'AlgorithmError: exit code 2'],
    ["the endpoint's wait", 'UnexpectedStatusException: Error hosting endpoint e-1: Failed. Reason: Image size 12704675783 is greater than supported size 10737418240.', 'Image size 12704675783 is greater than supported size 10737418240.'],
  ])('takes the FailureReason out of %s', (_, text, reason) => {
    expect(unwrapFailureText(text)).toBe(reason);
  });

  it('drops the traceback of the SDK call and keeps what the SDK printed before it, after the reason', () => {
    const text = [
      'Invoking script with the following command: python train.py',
      'ModuleNotFoundError: No module named "lightgbm"',
      '---------------------------------------------------------------------------',
      'Exception encountered at "In [12]":',
      '---------------------------------------------------------------------------',
      'UnexpectedStatusException                 Traceback (most recent call last)',
      '<ipython-input-9-0f1d> in <module>',
      '/home/ec2-user/anaconda3/lib/python3.10/site-packages/sagemaker/session.py in _check_job_status(self, job, desc, status_key_name)',
      'UnexpectedStatusException: Error for Training job lgbm-1: Failed. Reason: AlgorithmError: ExecuteUserScriptError: exit code 1',
    ].join('\n');
    expect(unwrapFailureText(text)).toBe(
      'AlgorithmError: ExecuteUserScriptError: exit code 1\n\f\nInvoking script with the following command: python train.py\nModuleNotFoundError: No module named "lightgbm"',
    );
  });

  it('reads a quoted FailureReason value, JSON or Python repr, with its escapes', () => {
    expect(unwrapFailureText('{"FailureReason": "ClientError: bad key \\"a\\\\b\\"\\nline two caf\\u00e9 \\/x", "X": 1}')).toBe('ClientError: bad key "a\\b"\nline two café /x');
    expect(unwrapFailureText("{'FailureReason': 'ClientError: it\\'s \\x1b here\\nand there', 'StepStatus': 'Failed'}")).toBe(`ClientError: it's ${ESC} here\nand there`);
    expect(unwrapFailureText(`{'FailureReason': "AlgorithmError: can't open file", 'X': 1}`)).toBe("AlgorithmError: can't open file");
    // A JSON document quoted as a string in another: the outer quoting is undone first.
    expect(unwrapFailureText('{"cause": "{\\"TrainingJobStatus\\":\\"Failed\\",\\"FailureReason\\":\\"ClientError: a\\\\nb \\\\\\"q\\\\\\"\\"}"}')).toBe('ClientError: a\nb "q"');
    // A paste cut before the closing quote still yields the value.
    expect(unwrapFailureText('"FailureReason": "AlgorithmError: exit code 1\\nTraceback')).toBe('AlgorithmError: exit code 1\nTraceback');
  });

  it('decodes HTML escapes once', () => {
    expect(unwrapFailureText('ClientError: &lt;Code&gt;AccessDenied&lt;/Code&gt; for &#39;b&#x27; &amp;amp; &quot;k&quot;&#10;next')).toBe(`ClientError: <Code>AccessDenied</Code> for 'b' &amp; "k"\nnext`);
    expect(unwrapFailureText('a &bogus; &#0; &#99999999; b')).toBe('a &bogus; &#0; &#99999999; b');
  });

  it('reads a text that is one JSON string (the CLI\'s --query FailureReason) as its value', () => {
    expect(unwrapFailureText('  "ClientError: Data download failed:\\nNoSuchKey \\"x\\""\n')).toBe('ClientError: Data download failed:\nNoSuchKey "x"');
    // Two quoted phrases, or a quoted paragraph of several lines, are not one JSON string.
    expect(unwrapFailureText('"ClientError: a" and "b"')).toBe('"ClientError: a" and "b"');
    expect(unwrapFailureText('"ClientError: a\nb"')).toBe('"ClientError: a\nb"');
  });

  it('keeps the text when the quoted FailureReason is empty', () => {
    const text = '{"FailureReason": ""}\nInternalServerError: We encountered an internal error.';
    expect(unwrapFailureText(text)).toBe(text);
  });

  it.each([
    ['aws logs tail', '2024-01-02T03:04:05.678901+00:00 job-1/algo-2-1704164645 AlgorithmError: x\n2024-01-02T03:04:05.678901+00:00 job-1/algo-2-1704164645 line two'],
    ['aws logs tail --format short', '2024-01-02T03:04:05 AlgorithmError: x\n2024-01-02T03:04:05 line two'],
    ['a logging timestamp', '2024-01-02 03:04:05,678 AlgorithmError: x\n2024-01-02 03:04:05,679 line two'],
    ['MPI tags', '[1,mpirank:3,algo-2]<stdout>:AlgorithmError: x\n[1,12]<stderr>:line two'],
    ['MPI tags in local mode', 'zx81q-algo-2-ab12c | [1,3]:AlgorithmError: x\nzx81q-algo-2-ab12c | [1,3]:line two'],
    ['docker-compose v1', 'tmpq1w2_algo-1-x9z8y_1  | AlgorithmError: x\ntmpq1w2_algo-1-x9z8y_1  | line two'],
    ['Airflow 2 task-log prefixes', '[2024-05-06, 07:08:09 UTC] {sagemaker.py:77} ERROR - AlgorithmError: x\n[2024-05-06, 07:08:09 UTC] {sagemaker.py:77} ERROR - line two'],
    ['Airflow 1 task-log prefixes', '[2019-01-02 03:04:05,678] {hook.py:9} INFO - AlgorithmError: x\n[2019-01-02 03:04:05,679] {hook.py:9} INFO - line two'],
    ['Airflow 3 task-log prefixes', '[2026-02-03, 04:05:06] ERROR - AlgorithmError: x\n[2026-02-03, 04:05:06] ERROR - line two'],
    ['a label naming the field', 'failure reason: AlgorithmError: x\nline two'],
    ['a Go SDK\'s printed struct', '{\n  FailureReason: "AlgorithmError: x\\nline two",\n  TrainingJobStatus: "Failed"\n}'],
    ['colour codes and CRLF', `${ESC}[0;31mAlgorithmError${ESC}[0m: x\r\nline two`],
    ['a Markdown quote', '> AlgorithmError: x\n> line two'],
    ['a Markdown quote of a quote, indented', '  > > AlgorithmError: x\n  > > line two'],
    ['a list marker before the reason', '1. AlgorithmError: x\nline two'],
    ["a web page's no-break spaces and zero-width characters", 'AlgorithmError:\u00a0x\u200b\nline\u202ftwo\ufeff'],
    ["Go's log stamps", '2024/01/02 03:04:05 AlgorithmError: x\n2024/01/02 03:04:05.678 line two'],
    ['bracketed log stamps', '[2024-01-02 03:04:05,678] AlgorithmError: x\n[2024-01-02T03:04:05Z] line two'],
    ["Terraform's diagnostic box", '\u2577\n\u2502 AlgorithmError: x\n\u2502 line two\n\u2575'],
    ["a page's label before the reason", 'Error message: AlgorithmError: x\nline two'],
  ])('strips %s', (_, text) => {
    expect(unwrapFailureText(text)).toBe('AlgorithmError: x\nline two');
  });

  it.each([
    ['a Clarify endpoint failure (not the SDK waiting on a job)', 'ClientError: Error hosting endpoint clarify-1: Failed. Reason: Unable to locate at least 2 availability zone(s)'],
    ['a Windows path with backslashes', 'AlgorithmError: FileNotFoundError: C:\\new\\train.csv'],
    ['a list at the start of a line', '[1, 2]: a value\n[3,4] x'],
    ['a title with "Reason:" but no SDK wrapper', 'scikit_bring_your_own: Failed Reason: AlgorithmError: Exit Code: 1'],
    ["a REPL's prompt lines among the output", '>>> estimator.fit()\nAlgorithmError: x\n>>> exit()'],
    ['a list marker on a later line', 'AlgorithmError: x\n- line two'],
    ["a tool's own 'Error:' before a bare exception name (TGI)", 'Error: DownloadError\n\nTraceback (most recent call last):'],
  ])('leaves alone %s', (_, text) => {
    expect(unwrapFailureText(text)).toBe(text);
  });
});

// A SageMaker Pipelines step that could not create its job: Pipelines writes "ClientError: Failed to
// invoke sagemaker:Create…Job. Error Details: <the API's message>" and its retry bookkeeping after it.
// The retry bookkeeping says nothing of the cause: each reads the same without it (real texts: a `list-pipeline-execution-steps` JSON output quoted
// in a public README, and cfalguiere/salvia's HTML-escaped pipeline report).
describe('a Pipelines step that could not create its job', () => {
  it.each([
    [
      '{"StepStatus": "Failed", "FailureReason": "ClientError: Failed to invoke sagemaker:CreateTrainingJob. Error Details: The requested resource training-job/ml.t3.medium is not available in this region\\nRetry not appropriate on execution of step with PipelineExecutionArn arn:aws:sagemaker:eu-west-1:222497738794:pipeline/simplexgboostpipeline/execution/ztefwbnlgoif and StepId XGBoostTrainingStep. No retry policy configured for the exception type SAGEMAKER_RESOURCE_LIMIT."}',
      'validation',
    ],
    [
      'ClientError: Failed to invoke sagemaker:CreateProcessingJob. Error Details: The account-level service limit &#39;ml.m5.large for processing job usage&#39; is 0 Instances, with current utilization of 0 Instances and a request delta of 1 Instances. Please contact AWS support to request an increase for this limit. Retry not appropriate on execution of step with PipelineExecutionArn arn:aws:sagemaker:eu-west-1:999999999999:pipeline/f-abalone-xgb/execution/cos5h1n0dv8j and StepId PreProcess. No retry policy configured for the exception type SAGEMAKER_RESOURCE_LIMIT.',
      'quota',
    ],
  ])('%s', (text, cause) => {
    expect(classifyText({ failureReason: text }).cause).toBe(cause);
    const withoutRetry = unwrapFailureText(text).replace(/\s*Retry not appropriate[^]*$/, '');
    expect(withoutRetry).toContain('Error Details: ');
    expect(classifyText({ failureReason: withoutRetry }).cause).toBe(cause);
  });
});

// Illustrative wordings, not the fixtures: the notebook's traceback of the SDK's exception is the
// notebook's, not the training code's.
describe('a notebook traceback of the SDK call is context, not user code', () => {
  const notebook = (reason: string) =>
    [
      '---------------------------------------------------------------------------',
      'UnexpectedStatusException                 Traceback (most recent call last)',
      'Cell In[7], line 3',
      '----> 3 est.fit({"train": train_uri})',
      'File /opt/conda/lib/python3.11/site-packages/sagemaker/session.py:7051, in _check_job_status(job, desc, status_key_name)',
      '-> 7051 raise exceptions.UnexpectedStatusException(',
      `UnexpectedStatusException: Error for Training job est-7: Failed. Reason: ${reason}. Check troubleshooting guide for common errors: https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-python-sdk-troubleshooting.html`,
    ].join('\n');

  it.each([
    ['a ClientError nothing explains', 'ClientError: The job could not be completed.', 'unknown'],
    ['a data-download denial', 'ClientError: Data download failed:Failed to download data. AccessDenied (403): Access Denied', 's3-read'],
    ['a validation of the request', "ClientError: An error occurred (ValidationException) when calling the CreateTrainingJob operation: Value 'x' at 'instanceType' failed to satisfy constraint", 'validation'],
    ['the training code', 'AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "KeyError: \'label\'"', 'user-code'],
  ])('%s', (_, reason, cause) => {
    expect(classifyText({ failureReason: notebook(reason) }).cause).toBe(cause);
    expect(classifyText({ failureReason: notebook(reason) }).groupKey).toBe(classifyText({ failureReason: reason }).groupKey);
  });
});

// As in hostile-input.test.ts: each input is what would make an unbounded pattern here backtrack;
// the suite's per-test timeout is what fails a regression.
describe('unwrapping hostile input', () => {
  const SIZE = 64 * 1024;
  const pump = (prefix: string, unit: string, suffix = '!') => prefix + unit.repeat(Math.ceil(SIZE / unit.length)) + suffix;
  it.each([
    ['repeated "Error for Training job " without "Reason:"', pump('', 'Error for Training job ')],
    ['repeated "Error training " before a far "Reason:"', pump('', 'Error training x', ' Reason: ClientError: y')],
    ['a FailureReason value of backslashes', pump('{"FailureReason": "', '\\')],
    ['a FailureReason value of escapes', pump("{'FailureReason': '", '\\x1')],
    ['nested escaped FailureReason keys', pump('', '\\\\\\"FailureReason\\\\\\": ')],
    ['timestamped lines of spaceless words', pump('', '2024-01-02T03:04:05.1Z aaaa\n')],
    ['a timestamp then a spaceless run without "/algo-"', pump('2024-01-02T03:04:05 ', 'a')],
    ['repeated local-mode names without a bar', pump('x |', 'algo-1-abcde ')],
    ['repeated MPI tags without a colon', pump('', '[1,mpirank:1,algo-1]<stderr>')],
    ['a row of dashes before the SDK exception\'s traceback', pump('', '-', '\nTraceback (most recent call last)\nError for Training job j: Failed. Reason: ClientError: x')],
    ['repeated tracebacks before the SDK exception', pump('', 'Traceback (most recent call last)\n', 'Error for Training job j: Failed. Reason: ClientError: x')],
    ['repeated unterminated entities', pump('', '&#1234567&amp', ';')],
    ['repeated Airflow timestamps without a level', pump('', '[2024-01-02, 03:04:05 UTC] {a.py:1} ')],
    ['repeated field labels', pump('', 'Failure reason: \n')],
    ['repeated Markdown quote marks', pump('', '> ')],
    ['a quote mark on every line but the last', pump('', '> x\n', 'y')],
    ['repeated curly quotes and no-break spaces', pump('', '\u201c\u00a0\u2019\u200b')],
    ['repeated bracketed stamps never closed', pump('', '[2024-01-02 03:04:05.123 ')],
    ["repeated Terraform box bars and corners", pump('', '\u2502 \u2575\n\u2577')],
    ['repeated troubleshooting trailers', pump('Error for Training job j: Failed. Reason: ClientError: x', '. Check troubleshooting guide for common errors: ')],
  ])('%s', (_, text) => {
    expect(unwrapFailureText(text).length).toBeLessThanOrEqual(text.length);
    expect(classifyText({ failureReason: text, logLines: [{ stream: 'job/algo-1-1', message: text }] }).summary.length).toBeLessThan(1000);
  });
});

describe("a page's label before a bare sentence", () => {
  it.each([
    ['Error: Invalid ML instance type.', 'validation'],
    ['Error message: Could not convert string to float.', 'data'],
    ['Error: argparse.ArgumentError: argument --val: conflicting option string: --val', 'user-code'],
  ])('%s reads as the sentence alone', (text, cause) => {
    const bare = text.replace(/^[^:]+: /, '');
    expect(classifyText({ failureReason: bare }).cause).toBe(cause);
    expect(classifyText({ failureReason: text }).cause).toBe(cause);
  });
});

describe('a field another service relays the failure in', () => {
  it.each([
    ['Step Functions', '{"Error":"SageMaker.ResourceLimitExceededException","Cause":"The account-level service limit \'ml.p3.2xlarge for training job usage\' is 0 Instances"}', "The account-level service limit 'ml.p3.2xlarge for training job usage' is 0 Instances"],
    // Lambda's message alone lacks the class (mr-rigden/alexa_template#6): written as a traceback ends.
    ["Lambda's error response", '{"errorMessage": "\'request\'", "errorType": "KeyError", "stackTrace": [["/var/task/app.py", 9, "handler", "x"]]}', "KeyError: 'request'"],
    ["Lambda's message that names its class already", '{"errorMessage": "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied", "errorType": "ClientError"}', 'ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'],
  ])('reads the relayed message alone (%s)', (_name, text, relayed) => {
    expect(unwrapFailureText(text)).toBe(relayed);
  });

  it('prefers a quoted FailureReason, inside a Cause that holds the whole job description', () => {
    const text = JSON.stringify({ Error: 'States.TaskFailed', Cause: JSON.stringify({ TrainingJobName: 'j', FailureReason: 'CapacityError: Unable to provision requested ML compute capacity.' }) });
    expect(unwrapFailureText(text)).toBe('CapacityError: Unable to provision requested ML compute capacity.');
  });

  it.each([
    // A list of records: the newest CloudFormation event is the rollback's, and the failed resource's reason is further on.
    [
      'a list of stack events',
      JSON.stringify({
        StackEvents: [
          { LogicalResourceId: 'stack', ResourceStatus: 'ROLLBACK_IN_PROGRESS', ResourceStatusReason: 'The following resource(s) failed to create: [Model]. Rollback requested by user.' },
          { LogicalResourceId: 'Model', ResourceStatus: 'CREATE_FAILED', ResourceStatusReason: 'User: arn:aws:sts::111122223333:assumed-role/cfn/x is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/SageMakerRole' },
        ],
      }),
    ],
    // AWS Batch's statusReason is generic; the container's own reason says why (aws/amazon-ecs-agent#1187's wording).
    ['a Batch job', JSON.stringify({ jobName: 'train', status: 'FAILED', statusReason: 'Essential container in task exited', container: { exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' } })],
    // A log whose first line is a JSON record: that line's cause is one line's.
    ['a log whose first line is JSON', '{"level":"info","msg":"starting training","cause":"scheduled"}\nTraceback (most recent call last):\n  File "train.py", line 3, in <module>\nKeyError: \'label\''],
  ])('reads %s whole', (_name, text) => {
    expect(unwrapFailureText(text)).toBe(text);
  });
});
