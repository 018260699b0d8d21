import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { ALL_FIXTURES } from '../test-support/all-fixtures';

const allFixtures = ALL_FIXTURES;

// The same failure, quoted the way users paste it, must read the same as the bare FailureReason.
// Each wrapper below is the real form its source writes (cited); truncation and other wrappers that
// change what the text says are out of scope.
const ESC = String.fromCharCode(27);
const TROUBLESHOOTING = 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-python-sdk-troubleshooting.html';
const JOB = 'pytorch-training-2023-06-14-22-27-25-988';

/** JSON.stringify as Python's json.dumps writes it by default (ensure_ascii): non-ASCII as \uXXXX. */
const asciiJson = (s: string) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Python's repr of a str: single quotes unless the text has one and no double quote. */
function pythonRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = [...s]
    .map((c) => {
      if (c === '\\') return '\\\\';
      if (c === quote) return `\\${c}`;
      if (c === '\n') return '\\n';
      if (c === '\r') return '\\r';
      if (c === '\t') return '\\t';
      const code = c.codePointAt(0) ?? 0;
      return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c;
    })
    .join('');
  return quote + body + quote;
}

function lambdaResponse(t: string): string {
  const thrown = /^([A-Za-z_][\w.]{0,120}(?:Error|Exception)): ([\s\S]+)$/.exec(t);
  const fields = thrown ? { errorMessage: thrown[2], errorType: thrown[1] } : { errorMessage: t };
  return JSON.stringify({ ...fields, stackTrace: ['  File "/var/task/app.py", line 9, in handler'] });
}

const eachLine = (text: string, prefix: string) => text.split('\n').map((line) => prefix + line).join('\n');

/** A page's typography, as WordPress's wptexturize sets quotes, with no-break spaces after colons and full stops. */
const webTypography = (t: string) =>
  t
    .replace(/"([^"\n]*)"/g, '\u201c$1\u201d')
    .replace(/(^|[\s(])'([^'\n]*)'/g, '$1\u2018$2\u2019')
    .replace(/(\w)'(\w)/g, '$1\u2019$2')
    .replace(/([:.]) /g, '$1\u00a0');

const wrappers: { name: string; wrap: (text: string) => string }[] = [
  // sagemaker/session.py _check_job_status, v2 before the troubleshooting link (aws/amazon-sagemaker-examples#1234).
  { name: 'SDK v2 exception', wrap: (t) => `UnexpectedStatusException: Error for Training job ${JOB}: Failed. Reason: ${t}` },
  // sagemaker-core helper/session_helper.py and v2's session.py today: the trailer after the reason.
  {
    name: 'SDK exception with the troubleshooting link (Processing job)',
    wrap: (t) => `sagemaker.exceptions.UnexpectedStatusException: Error for Processing job ${JOB}: Failed. Reason: ${t}. Check troubleshooting guide for common errors: ${TROUBLESHOOTING}`,
  },
  // Older v2 (aws/sagemaker-python-sdk#819): "Failed Reason:" without the full stop.
  { name: 'SDK v2 exception, older form (Transform job)', wrap: (t) => `ValueError: Error for Transform job ${JOB}: Failed Reason: ${t}` },
  // v1 (aws/sagemaker-python-sdk#35).
  { name: 'SDK v1 ValueError', wrap: (t) => `ValueError: Error training ${JOB}: Failed Reason: ${t}` },
  // sagemaker-core utils/exceptions.py FailedStatusError (SDK v3).
  {
    name: 'sagemaker-core FailedStatusError',
    wrap: (t) => `FailedStatusError: Encountered unexpected failed state while waiting for TrainingJob. Final Resource State: Failed. Failure Reason: ${t}`,
  },
  // A script's traceback of the SDK call (aws/amazon-sagemaker-examples#3444).
  {
    name: "a script's traceback of the SDK call",
    wrap: (t) =>
      [
        '2022-06-02 17:28:14 Failed - Training job failed',
        'Traceback (most recent call last):',
        '  File "code/src/train/trigger_train.py", line 68, in launch_training',
        '    estimator.fit(config["inputs"], wait=wait)',
        '  File "/opt/conda/lib/python3.6/site-packages/sagemaker/estimator.py", line 1625, in wait',
        '    self.sagemaker_session.logs_for_job(self.job_name, wait=True, log_type=logs)',
        '  File "/opt/conda/lib/python3.6/site-packages/sagemaker/session.py", line 3245, in _check_job_status',
        '    actual_status=status,',
        `sagemaker.exceptions.UnexpectedStatusException: Error for HyperParameterTuning job ${JOB}: Failed. Reason: ${t}`,
      ].join('\n'),
  },
  // Jupyter (IPython 7) traceback of the SDK call, as papermill reports it (aws/amazon-sagemaker-examples#2438).
  {
    name: 'a Jupyter traceback of the SDK call',
    wrap: (t) =>
      [
        '---------------------------------------------------------------------------',
        'Exception encountered at "In [3]":',
        '---------------------------------------------------------------------------',
        'UnexpectedStatusException                 Traceback (most recent call last)',
        '<ipython-input-3-28be9b2c12b5> in <module>',
        '----> 1 estimator.fit()',
        '',
        '/opt/conda/lib/python3.6/site-packages/sagemaker/estimator.py in fit(self, inputs, wait, logs, job_name, experiment_config)',
        '    670         self.jobs.append(self.latest_training_job)',
        '    671         if wait:',
        '--> 672             self.latest_training_job.wait(logs=logs)',
        '',
        '/opt/conda/lib/python3.6/site-packages/sagemaker/session.py in _check_job_status(self, job, desc, status_key_name)',
        '   3243                 message=message,',
        '   3244                 allowed_statuses=["Completed", "Stopped"],',
        '-> 3245                 actual_status=status,',
        '   3246             )',
        '',
        `UnexpectedStatusException: Error for Training job ${JOB}: Failed. Reason: ${t}`,
      ].join('\n'),
  },
  // IPython 8, coloured, with the SDK's own lines around the raise (aws/amazon-sagemaker-examples#1740).
  {
    name: 'a coloured IPython 8 traceback of the SDK call',
    wrap: (t) =>
      [
        `${ESC}[0;31m---------------------------------------------------------------------------${ESC}[0m`,
        `${ESC}[0;31mUnexpectedStatusException${ESC}[0m                 Traceback (most recent call last)`,
        `Cell ${ESC}[0;32mIn[16], line 1${ESC}[0m`,
        `${ESC}[0;32m----> 1${ESC}[0m estimator${ESC}[38;5;241m.${ESC}[39mfit()`,
        '',
        'File ~/anaconda3/envs/python3/lib/python3.10/site-packages/sagemaker/session.py:6813, in _check_job_status(job, desc, status_key_name)',
        '   6807 if "CapacityError" in str(reason):',
        '   6808     raise exceptions.CapacityError(',
        '   6809         message=message,',
        '   6810         allowed_statuses=["Completed", "Stopped"],',
        '   6811         actual_status=status,',
        '   6812     )',
        '-> 6813 raise exceptions.UnexpectedStatusException(',
        '   6814     message=message,',
        '   6815     allowed_statuses=["Completed", "Stopped"],',
        '   6816     actual_status=status,',
        '   6817 )',
        '',
        `${ESC}[0;31mUnexpectedStatusException${ESC}[0m: Error for Training job ${JOB}: Failed. Reason: ${t}. Check troubleshooting guide for common errors: ${TROUBLESHOOTING}`,
      ].join('\n'),
  },
  // Airflow's SageMaker operators (apache/airflow, providers/amazon/aws/operators/sagemaker.py), in its
  // task log (Airflow 2's prefix and "Task failed with exception", as in public Airflow logs).
  {
    name: "Airflow's task log",
    wrap: (t) =>
      [
        '[2024-01-29, 10:12:15 UTC] {sagemaker.py:1201} INFO - SageMaker Training job status: Failed',
        '[2024-01-29, 10:12:15 UTC] {taskinstance.py:1935} ERROR - Task failed with exception',
        'Traceback (most recent call last):',
        '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/amazon/aws/operators/sagemaker.py", line 1231, in execute',
        '    self.hook.check_training_status_with_log(',
        '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/amazon/aws/hooks/sagemaker.py", line 841, in check_training_status_with_log',
        '    raise AirflowException(f"SageMaker job failed because {reason}")',
        `airflow.exceptions.AirflowException: SageMaker job failed because ${t}`,
      ].join('\n'),
  },
  // A script's label: `echo "Failure reason: $(aws sagemaker describe-training-job … --query FailureReason --output text)"`.
  { name: "a script's label", wrap: (t) => `Failure reason: ${t}` },
  // `aws sagemaker describe-training-job` (pretty-printed JSON).
  {
    name: 'AWS CLI JSON (DescribeTrainingJob)',
    wrap: (t) =>
      [
        '{',
        `    "TrainingJobName": "${JOB}",`,
        `    "TrainingJobArn": "arn:aws:sagemaker:us-east-1:111122223333:training-job/${JOB}",`,
        '    "TrainingJobStatus": "Failed",',
        '    "SecondaryStatus": "Failed",',
        `    "FailureReason": ${JSON.stringify(t)},`,
        '    "RoleArn": "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole",',
        '    "OutputDataConfig": { "S3OutputPath": "s3://sagemaker-us-east-1-111122223333/output" }',
        '}',
      ].join('\n'),
  },
  // Step Functions' task failure for a SageMaker task (the States.TaskFailed output and the console's Error and
  // Cause), CloudFormation's resource event, Lambda's error response: the message in the field they relay it in.
  { name: "Step Functions' Error and Cause", wrap: (t) => JSON.stringify({ Error: 'SageMaker.AmazonSageMakerException', Cause: t }) },
  { name: "a Step Functions execution history's taskFailed details", wrap: (t) => JSON.stringify({ resourceType: 'sagemaker', resource: 'createTrainingJob.sync', error: 'States.TaskFailed', cause: t }, null, 2) },
  {
    name: "CloudFormation's resource event (describe-stack-events --query 'StackEvents[0]')",
    wrap: (t) => JSON.stringify({ LogicalResourceId: 'Model', ResourceType: 'AWS::SageMaker::Model', ResourceStatus: 'CREATE_FAILED', ResourceStatusReason: t }, null, 4),
  },
  // Lambda's error response: the exception's class as errorType and its message (str(e), without the class) as
  // errorMessage; a text that names no class leaves errorType out here.
  { name: "Lambda's error response", wrap: lambdaResponse },
  // `aws sagemaker describe-training-job --query FailureReason`: the value alone, as a JSON string.
  { name: 'AWS CLI --query FailureReason', wrap: (t) => JSON.stringify(t) },
  // The AWS SDK for Go's printed output struct (awsutil.Prettify, quoted strings), as the
  // grand-challenge2631 fixture quotes it ('FailureReason: "CapacityError: ...').
  { name: "the Go SDK's printed struct", wrap: (t) => `{\n  FailureReason: ${JSON.stringify(t)},\n  TrainingJobStatus: "Failed"\n}` },
  // boto3's dict printed with json.dumps (ensure_ascii): \u escapes.
  { name: 'json.dumps with ASCII escapes', wrap: (t) => `{"TrainingJobStatus": "Failed", "FailureReason": ${asciiJson(t)}}` },
  // Python's repr of a list_steps() entry (a pipeline step's FailureReason, as printed in a notebook).
  {
    name: 'Python repr of a pipeline step',
    wrap: (t) => `{'StepName': 'Train', 'StepStatus': 'Failed', 'FailureReason': ${pythonRepr(t)}, 'Metadata': {'TrainingJob': {'Arn': 'arn:aws:sagemaker:us-east-1:111122223333:training-job/${JOB}'}}}`,
  },
  // awscli/customizations/logs/tail.py, DetailedLogEventsFormatter (default) and ShortLogEventsFormatter.
  { name: '`aws logs tail` lines', wrap: (t) => eachLine(t, `2023-06-14T22:35:51.123000+00:00 ${JOB}/algo-1-1686782032 `) },
  { name: '`aws logs tail --format short` lines', wrap: (t) => eachLine(t, '2023-06-14T22:35:51 ') },
  // Go's log package (nginx's error log and the container agents write the same stamp) and a logger that
  // brackets its stamp (DeepSpeed's "[2024-01-29 10:12:15,123] ").
  { name: "Go's log stamps", wrap: (t) => eachLine(t, '2024/01/29 10:12:15 ') },
  { name: 'bracketed log stamps', wrap: (t) => eachLine(t, '[2024-01-29 10:12:15,123] ') },
  // A logging library's head on each line of an error: glog (PyTorch's c10d, XGBoost), TensorFlow's C++
  // logging with its own stamp, and syslog's as journald writes a container's output.
  { name: "glog's error head", wrap: (t) => eachLine(t, 'E1129 02:21:23.123456 12345 trainer.cc:123] ') },
  { name: "TensorFlow's C++ error head", wrap: (t) => eachLine(t, '2021-01-01 12:00:00.123456: E tensorflow/core/common_runtime/executor.cc:123] ') },
  { name: "syslog's head", wrap: (t) => eachLine(t, 'Nov 29 02:21:23 ip-10-0-0-1 dockerd[1234]: ') },
  // A script that logs the exception it caught: Python logging's default format, and its common
  // "%(asctime)s - %(name)s - %(levelname)s - %(message)s" (the head on the record's first line only).
  { name: "Python logging's default head", wrap: (t) => `ERROR:__main__:${t}` },
  { name: "Python logging's common head", wrap: (t) => `2024-01-29 10:12:15,123 - __main__ - ERROR - ${t}` },
  // Open MPI's --tag-output as the training toolkit runs it (aws/sagemaker-training-toolkit tests).
  { name: 'MPI-tagged lines', wrap: (t) => eachLine(t, '[1,mpirank:0,algo-1]<stderr>:') },
  // Local mode's docker-compose prefix, with the MPI tag a distributed job adds (as quoted in a public
  // note on local mode's shared-memory limit: "a3ku9xqv1y-algo-1-1kcnw | [1,2]:RuntimeError: ...").
  { name: 'local-mode lines', wrap: (t) => eachLine(t, 'a3ku9xqv1y-algo-1-1kcnw | ') },
  { name: 'local-mode MPI lines', wrap: (t) => eachLine(t, 'a3ku9xqv1y-algo-1-1kcnw | [1,2]:') },
  // Quoted in a generated page or report (markupsafe's escapes, as in cfalguiere/salvia's pipeline report).
  {
    name: 'HTML-escaped',
    wrap: (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;'),
  },
  // Saved from the CloudWatch console as CSV (aws/sagemaker-python-sdk#605): one event, its message quoted.
  { name: "a CloudWatch console's CSV export", wrap: (t) => `@timestamp,@message\n2020-08-11 16:26:05.458,"${t.replace(/"/g, '""')}"` },
  // Copied from the CloudWatch console's log events table into an issue (aws/amazon-sagemaker-examples#2028), and
  // the same made a Markdown table.
  { name: "the CloudWatch console's events table", wrap: (t) => `| timestamp | message\n${eachLine(t, '| 1614001176448 | ')}` },
  {
    name: "the console's events table as a Markdown table",
    wrap: (t) => `| timestamp | message |\n|---|---|\n${t.split('\n').map((line) => `| 2021-02-22T13:39:31.448Z | ${line} |`).join('\n')}`,
  },
  // Pasted from Windows.
  { name: 'CRLF line endings', wrap: (t) => t.replace(/\n/g, '\r\n') },
  // Quoted in an issue or a forum answer as Markdown ("> ClientError: …", as GitHub's "Quote reply" writes it),
  // and a quote of that quote.
  { name: 'a Markdown quote', wrap: (t) => eachLine(t, '> ') },
  { name: 'a Markdown quote of a quote', wrap: (t) => eachLine(t, '> > ') },
  // One item of a page's list of errors.
  { name: 'a list item', wrap: (t) => `- ${t}` },
  // Copied from a blog or a documentation page: WordPress's wptexturize (curly quotes, ’ between letters)
  // and the no-break spaces an HTML table or a wiki leaves after colons and full stops.
  { name: "a web page's typography", wrap: webTypography },
  // Terraform's diagnostic box (0.15 and later), with the resource context it prints under the error (as the
  // sierra-createendpointconfig-explicit-deny fixture's "│       status code: 400" line shows).
  {
    name: "Terraform's diagnostic box",
    wrap: (t) =>
      [
        '\u2577',
        eachLine(t, '\u2502 '),
        '\u2502 ',
        '\u2502   with aws_sagemaker_endpoint.this,',
        '\u2502   on main.tf line 12, in resource "aws_sagemaker_endpoint" "this":',
        '\u2502   12: resource "aws_sagemaker_endpoint" "this" {',
        '\u2502 ',
        '\u2575',
      ].join('\n'),
  },
  // Pasted into an issue as a Markdown code block: every line indented four spaces (or quoted from an
  // indented log section).
  { name: 'a Markdown code block (four-space indent)', wrap: (t) => eachLine(t, '    ') },
];

// What the reading decides. The summary and the group key may differ: what was printed before a
// traceback (the job's logs, the SDK's "Failed - Training job failed") is kept as context.
function reading(text: string) {
  const r = classifyText({ failureReason: text });
  return { cause: r.cause, confidence: r.confidence, action: r.deniedRequest?.action, resource: r.deniedRequest?.resource, policyType: r.deniedRequest?.policyType };
}

const cases = allFixtures.flatMap((f) => wrappers.map((w) => ({ id: f.id, wrapper: w.name, text: f.text, wrap: w.wrap })));

describe('a wrapped failure text reads as the bare one', () => {
  it.each(cases)('$wrapper: $id', ({ text, wrap }) => {
    expect(reading(wrap(text))).toEqual(reading(text));
  });
});
