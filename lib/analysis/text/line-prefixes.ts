/**
 * What a log viewer or a script writes before each line of a failure text, so the lines read as the
 * job wrote them. Each prefix is matched at the start of a line only, and each pattern runs only
 * when a cheap check says the text may hold it.
 */

import { unCsvExport } from './csv-export';
import { withoutLead } from './quoted-leads';
import { joinPanelRows } from './status-panel';

// - `aws logs tail` (awscli/customizations/logs/tail.py): "2023-06-14T22:35:51.123000+00:00 <stream> "
//   (detailed) or "2023-06-14T22:35:51 " (short); a training job's stream is "<job>/algo-1-<epoch>".
//   Python's logging ("2020-03-03 23:14:04,658 ") has the same shape; so do Go's log package
//   ("2024/01/29 10:12:15 ", nginx's error log, the ECS and Docker agents) and loggers that bracket it
//   ("[2024-01-29 10:12:15,123] ", DeepSpeed's and many scripts' own format). A bar may stand between the stamp and the
//   message, as log viewers' exports set them ("2024-07-25T15:47:57.615Z | /opt/ml/…: line 2: …", round 179).
const STAMP = String.raw`\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?`;
const TIMESTAMP = new RegExp(String.raw`^(?:\[${STAMP}\]|${STAMP})(?:[ \t]{1,4}\S{1,256}\/algo-\d{1,3}-\d{6,12})?(?:[ \t]{1,4}\|[ \t]?|[ \t])`, 'gm');
const TIMESTAMP_GATE = /^\[?\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:/m;
// - Airflow's task log: "[2024-01-29, 10:12:15 UTC] {taskinstance.py:1935} ERROR - ", older
//   "[2019-09-10 13:36:55,372] {base_task_runner.py:115} INFO - " (aws/sagemaker-python-sdk#1036),
//   Airflow 3's "[2026-01-19, 09:35:27] ERROR - ".
const AIRFLOW = /^\[\d{4}-\d\d-\d\d[, T]{1,2}\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:[ ]?[A-Z]{2,5}|[+-]\d\d:?\d\d)?\] (?:\{[\w.-]{1,80}:\d{1,6}\} )?[A-Z]{3,8} - /gm;
const AIRFLOW_GATE = /^\[\d{4}-\d\d-\d\d/m;
// - Open MPI's --tag-output, as the training toolkit launches MPI jobs: "[1,mpirank:0,algo-1]<stderr>:",
//   "[1,10]<stdout>:" (aws/sagemaker-training-toolkit's tests) and "[1,2]:".
const MPI_TAG = /^\[\d{1,4},(?:mpirank:)?\d{1,6}(?:,[A-Za-z][\w.-]{0,63})?\](?:<std(?:out|err)>)?:/gm;
// - local mode's docker-compose: "a3ku9xqv1y-algo-1-1kcnw | ", compose v1's "tmpsqcmqlg5_algo-1-5rcld_1  | ".
const LOCAL_MODE = /^[\w.-]{0,64}algo-\d{1,3}-[a-z0-9]{4,8}(?:_\d{1,3})?[ \t]{1,20}\|[ \t]?/gm;
// - the CloudWatch console's log events table as an issue quotes it ("| timestamp | message" above, then
//   "| 1614001176448 | <message>" per event, aws/amazon-sagemaker-examples#2028; a Markdown table's closing
//   bar and its "|---|---|" row when the writer made one): the row's timestamp cell, and its closing bar, go
//   from each line; the header and the rule row go with their lines.
const TABLE_ROW = /^\|[ \t]{0,4}(?:\d{13}|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z?)[ \t]{0,4}\|[ \t]?([^\n]*)$/gm;
// Copied out of that table as text rather than quoted as Markdown, a row is its cells with a tab between them
// ("1614001176448\t<message>").
const TABLE_COPY = /^\d{13}\t/gm;
const TABLE_CLOSING_BAR = /[ \t]{0,8}\|[ \t]{0,8}$/;
const TABLE_HEADER = /^\|?[ \t]{0,4}(?:timestamp[ \t]{0,4}\|[ \t]{0,4}message|:?-{3,}:?[ \t]{0,4}\|[ \t]{0,4}:?-{3,}:?)[ \t]{0,4}\|?[ \t]*$/i;
// - the field's name as a label: the console's "Failure reason", a script's
//   `echo "Failure reason: $(aws sagemaker describe-training-job … --query FailureReason --output text)"`,
//   a Go or Java SDK's "FailureReason: ", the console's label on a line of its own above the reason. SageMaker's
//   class after it is then at the start of its line.
const LABEL = /^[ \t]{0,8}Failure[ _]?reason[ \t]{0,4}(?:[:=][ \t]{0,4}|\r?\n(?=[ \t]{0,8}\S))/gim;

// - Terraform's diagnostic box (0.15 and later): "╷" above, "│ " before every line of the error and its
//   context ("│ Error: creating SageMaker Endpoint Configuration: …", "│   with aws_sagemaker_…,"), "╵"
//   below. The box's corners go with their lines; the bar goes from each line (rich's tracebacks draw the
//   same bar at a line's start, which says nothing either).
const BOX_BAR = /^[ \t]{0,4}\u2502[ \t]?/gm;
const BOX_CORNER = /^[ \t]{0,4}[\u2575\u2577][ \t]*$/;

// - a logging library's head on an error's line: Python logging's default ("ERROR:root:", "ERROR:__main__:"),
//   its common "%(asctime)s - %(name)s - %(levelname)s - " once the stamp is off ("- __main__ - ERROR - "),
//   glog's ("E1129 02:21:23.123456 12345 trainer.cc:123] ", as PyTorch, XGBoost and NCCL's plugins write
//   it) and TensorFlow's C++ logging ("2021-01-01 12:00:00.123456: E tensorflow/core/…/executor.cc:123] ").
//   Only the error levels: an INFO or WARN head is what marks a line quiet (quiet-lines.ts), so it stays.
const LOG_HEAD = new RegExp(
  [
    String.raw`(?:ERROR|CRITICAL|FATAL):[\w.<>-]{0,80}:`,
    String.raw`- [\w.<>-]{1,80} - (?:ERROR|CRITICAL|FATAL) - `,
    String.raw`[EF]\d{4} \d\d:\d\d:\d\d\.\d{6}[ \t]{1,8}\d{1,8} [\w.-]{1,80}:\d{1,6}\] `,
    String.raw`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}: [EF] [\w./-]{1,200}:\d{1,6}\] `,
  ]
    .map((head) => `^${head}`)
    .join('|'),
  'gm',
);
const LOG_HEAD_GATE = /^(?:ERROR:|CRITICAL:|FATAL:|- |[EF]\d{4} |\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}: [EF] )/m;
// - syslog's head, as journald and rsyslog write a container's output line by line ("Nov 29 02:21:23
//   ip-10-0-0-1 dockerd[1234]: "): the transport's, with no level of its own.
// - a script's Markdown report of a job's events, one bullet each under a backticked clock time, a status mark, and its log's
//   lines labelled as such ("- `20:48:55`       log: HF_MODEL_ID must be set", a CI pipeline's committed ops reports,
//   round 223).
const BULLET_CLOCK = /^(?:- )?\x60(?:\d{4}-\d\d-\d\d[ T])?\d\d:\d\d:\d\d\x60[ \t]{1,12}(?:[\u2717\u26a0\u2713\u2714\u2718]\ufe0f?[ \t]{1,8})?(?:log:[ \t]{1,12})?/gm;
const SYSLOG = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d [\w.-]{1,64} [\w./-]{1,64}(?:\[\d{1,8}\])?: /gm;
const SYSLOG_GATE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:/m;

// - a model server's relay of its worker's output (MMS and TorchServe: "[INFO ] W-9000-model_1.0-stdout MODEL_LOG - ",
//   "[WARN ] W-9000-model-stderr org.pytorch.serve.wlm.WorkerLifeCycle - "): the worker's line follows as it printed it,
//   a traceback's last line a module-qualified exception at its start.
const RELAY_HEAD = /^\[(?:INFO|WARN|WARNING|ERROR|DEBUG) ?\][ \t]{1,4}W-\d{1,6}-[\w.-]{1,120}?-std(?:out|err)[ \t]{1,4}(?:MODEL_LOG|[\w.]{0,80}WorkerLifeCycle)[ \t]{1,4}-[ \t]?/gm;

// How any of them starts: one pass over the text says whether any is there (most texts hold none).
const ANY_PREFIX = /^(?:\[(?:INFO|WARN|ERROR|DEBUG)|\x60\d\d(?:\d\d-\d\d-\d\d[ T]\d\d)?:|\|[ \t]{0,4}\d|\d{13}\t|\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:|(?:ERROR|CRITICAL|FATAL):|- |[EF]\d{4} |(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d |\[\d{1,4}[-,]|[\w.-]{0,64}algo-\d|[ \t]{0,8}failure[ _]?reason|[ \t]{0,4}[\u2502\u2575\u2577])/im;

// Prefixes nest: a local-mode line quoted under an MPI tag or a script's label, a container's own
// compose prefix under the SDK's ("[1,2]:algo-1-55n7o_1  | ..."). Each pass takes the outer ones off;
// a second finds what they covered. At most a few passes.
const MAX_PASSES = 3;

function stripOnce(text: string): string {
  let result = text;
  if (SYSLOG_GATE.test(result)) result = result.replace(SYSLOG, '');
  if (result.includes('`')) result = result.replace(BULLET_CLOCK, '');
  // TensorFlow's head holds a stamp of its own, followed by a colon the plain stamp does not take.
  if (LOG_HEAD_GATE.test(result)) result = result.replace(LOG_HEAD, '');
  // Airflow's first: its bracketed stamp is followed by its own fields, which the plain stamp would leave.
  if (result.includes(' - ') && AIRFLOW_GATE.test(result)) result = result.replace(AIRFLOW, '');
  if (TIMESTAMP_GATE.test(result)) result = result.replace(TIMESTAMP, '');
  // The common Python format's head once its stamp is off.
  if (LOG_HEAD_GATE.test(result)) result = result.replace(LOG_HEAD, '');
  if (result.includes('algo-') && result.includes('|')) result = result.replace(LOCAL_MODE, '');
  if (result.includes('-std') && (result.includes('MODEL_LOG') || result.includes('WorkerLifeCycle'))) result = result.replace(RELAY_HEAD, '');
  if (result.includes(']<std') || result.includes(']:')) result = result.replace(MPI_TAG, '');
  if (/^\d{13}\t/m.test(result)) result = result.replace(TABLE_COPY, '');
  if (/failure.?reason/i.test(result)) result = result.replace(LABEL, '');
  if (result.includes('|') && /^\|[ \t]{0,4}\d/m.test(result)) {
    result = result
      .split('\n')
      .filter((line) => !TABLE_HEADER.test(line))
      .join('\n')
      .replace(TABLE_ROW, (_row, message: string) => message.replace(TABLE_CLOSING_BAR, ''));
  }
  if (result.includes('\u2502')) {
    result = result
      .split('\n')
      .filter((line) => !BOX_CORNER.test(line))
      .join('\n')
      .replace(BOX_BAR, '');
  }
  return result;
}

// - an indent every line shares: a quote pasted as a Markdown code block ("    ClientError: …") or from an
//   indented log section. Only the indent all the non-blank lines share is taken, so the text's own
//   structure (a traceback's indented frames under an unindented header) stays.
const LEADING_WHITESPACE = /^[ \t]*/;

function commonStart(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return a.slice(0, i);
}

function dedent(text: string): string {
  const first = text.charCodeAt(0);
  if (first !== 32 && first !== 9) return text;
  const lines = text.split('\n');
  let common: string | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = LEADING_WHITESPACE.exec(line)?.[0] ?? '';
    common = common === undefined ? indent : commonStart(common, indent);
    if (common === '') return text;
  }
  if (!common) return text;
  const width = common.length;
  return lines.map((line) => line.slice(Math.min(width, line.length - line.trimStart().length))).join('\n');
}

// - a Markdown quote: an issue or a forum answer quoting the reason as "> ClientError: …", each line
//   under its ">" (a quote of a quote under "> >"). Taken off only when every non-blank line has it,
//   so a log's own ">" lines (a REPL's ">>> ", a shell's "> ") are left alone.
const QUOTE_MARK = /^[ \t]{0,3}>[ \t]?/;
const MAX_QUOTE_DEPTH = 3;

function unquote(text: string): string {
  let result = text;
  for (let depth = 0; depth < MAX_QUOTE_DEPTH && /^[ \t]{0,3}>/.test(result); depth += 1) {
    const lines = result.split('\n');
    if (!lines.every((line) => line.trim() === '' || QUOTE_MARK.test(line))) break;
    result = lines.map((line) => line.replace(QUOTE_MARK, '')).join('\n');
  }
  return result.includes('\n>') ? unquoteErrorLines(result) : result;
}

// A post's prose around a quoted error ("When I run the training job I keep getting the error:⏎⏎> ClientError: Given label size
// mismatched with prediction size. …", aws/amazon-sagemaker-examples#565 as the hundred-and-first review quoted it): the quoted
// lines that report an error in its own shape (SageMaker's class or an exception with its message, botocore's "An error
// occurred (Code)") lose their mark, so the class stands at a line's start as SageMaker wrote it. Not a REPL's ">>> ".
const QUOTED_ERROR_LINE = /^[ \t]{0,3}> ?(?=(?:[\w.]{1,120}\.)?[A-Z]\w{1,80}(?:Error|Exception|Exceeded):[ \t]{1,4}\S|An error occurred \(\w{1,100}\))/gm;

// Only where the prose quotes no error of its own: a writer who quotes an earlier error under '>' and says it was fixed, then
// names the one they meet now in their sentence ("… now it fails with AlgorithmError: ExecuteUserScriptError: …", the
// hundred-and-fifth review), is read as before, their words whole.
const PROSE_ERROR = /(?:^|[\s(])(?:[\w.]{1,120}\.)?[A-Z]\w{1,80}(?:Error|Exception|Exceeded):[ \t]{1,4}\S|\bAn error occurred \(\w{1,100}\)|\bTraceback \(most recent call last\)/;

function unquoteErrorLines(text: string): string {
  const prose = text.split('\n').filter((line) => !/^[ \t]{0,3}>/.test(line));
  if (prose.some((line) => line.length < 4096 && PROSE_ERROR.test(line))) return text;
  return text.replace(QUOTED_ERROR_LINE, '');
}

// - a list's marker before the quoted reason: a page listing errors ("- ClientError: …", "* …",
//   "1. …"). Only at the text's start, where SageMaker's class would stand; the text's own indent may follow the marker
//   (an indented block listed as it was, round 179's property check).
const LIST_MARKER = /^[ \t]{0,3}(?:[-*+\u2022]|\d{1,2}[.)])[ \t]{1,8}(?=\S)/;

// - the AWS CLI's text output of a listing (`--output text` with a --query of name, status and reason): a row's fields are
//   separated by tabs, SageMaker's class leading the last ("ll-hpo-002-4d5e6f70⇥Failed⇥ClientError: Additional hyperparameters
//   are not allowed …", list-training-jobs-for-hyper-parameter-tuning-job, the hundred-and-sixteenth review): the fields before it
//   go, so the class stands at the line's start as SageMaker wrote it.
const CLI_TEXT_ROW = /^[^\t\n]{1,200}\t(?:[^\t\n]{1,60}\t){0,6}(?=(?:ClientError|AlgorithmError|InternalServerError|CapacityError|ResourceLimitExceeded)\b)/gm;

/** The text out of a CloudWatch CSV export, with the log viewers' and scripts' prefixes, a Markdown quote, list marker, label or lead (quoted-leads.ts), a CLI text row's fields, and an indent every line shares, taken off each line. */
export function stripLinePrefixes(text: string): string {
  // A CloudWatch CSV export's quoting first: the events' own lines then carry the prefixes below.
  let result = unCsvExport(dedent(unquote(dedent(text.includes('\t') ? text.replace(CLI_TEXT_ROW, '') : text))));
  if (LIST_MARKER.test(result)) result = result.replace(LIST_MARKER, '');
  for (let pass = 0; pass < MAX_PASSES && ANY_PREFIX.test(result); pass += 1) {
    const stripped = stripOnce(result);
    if (stripped === result) break;
    result = stripped;
  }
  // The SDK v3 status panel's values joined, and the label or lead, once the lines' own prefixes are off ("│ Error: …" in
  // Terraform's box).
  return withoutLead(joinPanelRows(result));
}
