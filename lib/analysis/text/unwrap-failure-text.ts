/**
 * The failure text inside the wrappers people paste it in. Users rarely quote a bare FailureReason:
 * it arrives inside the SageMaker Python SDK's exception (often at the end of a notebook's
 * traceback of the SDK call), as a JSON or Python string value with its escapes, or as log lines
 * with their prefixes. Each wrapper is undone here, once, before any rule reads the text, so the
 * same failure reads the same however it was quoted. Every step is gated by a cheap `includes` and
 * every pattern is bounded: this runs on every text the CLI classifies.
 */

import type { FailureText } from '../observations';
import { goesOnAfter, ownTracebackEnd, TRACEBACK_HEADER, withoutClientTracebacks, withoutNotebookHeader } from './client-traceback';
import { stripLinePrefixes } from './line-prefixes';
import { withoutLineEmphasis } from './markdown-emphasis';
import { relayedFailure } from './relayed-failure';
import { SECTION_BREAK } from './line-window';
import { plainTypography } from './plain-typography';
import { decodeEntities, decodeEscapes, escapedLines, exceptionRepr, jsonString } from './quoted-string-forms';

// Colour codes split words ("\u001b[0;31mUnexpectedStatusException\u001b[0m", IPython's tracebacks,
// colorama in `aws logs tail`) and mean nothing to the rules.
const ESC = String.fromCharCode(27);
const ANSI_SGR = new RegExp(`${ESC}\\[[0-9;]{0,40}m`, 'g');
// The same codes as a system logger escapes the control character in octal ("#033[2mtext_generation_router::infer#033[0m",
// an endpoint's container log in CloudWatch, round 132).
const ESCAPED_SGR = /#033\[[0-9;]{0,40}m/g;

// `"FailureReason": "..."` (the AWS CLI's and json.dumps' output of DescribeTrainingJob or
// ListPipelineExecutionSteps) and `'FailureReason': '...'` (Python's repr of boto3's dict, as
// `print(execution.list_steps())` shows it), and the AWS SDK for Go's printed struct,
// `FailureReason: "..."` (awsutil.Prettify). The value is read up to its closing quote. EventBridge's
// Pipelines step events name it `failureReason`; Python's pprint breaks a long value into adjacent string
// literals, one a line ("'failureReason': 'ClientError: Failed to invoke '⏎ 'sagemaker:CreateTrainingJob. …'"),
// which Python reads as one string: so are they here.
const QUOTED_KEY = /(?<![\w])(["']?)[Ff]ailureReason\1[ \t]{0,8}:[ \t]{0,8}(["'])/;
// The break between them may come escaped ("\n" inside a JSON string that relays the event).
const NEXT_LITERAL = /^[ \t]{0,4}(?:\r?\n|\\(?:r\\)?n)?[ \t]{0,120}(["'])(?=[^\r\n])/;
// The SageMaker Python SDK's exception when it waits on a job that failed
// (sagemaker/session.py `_check_job_status`, v2):
//   "Error for {job_type} {job_name}: {status}. Reason: {reason}. Check troubleshooting guide for
//   common errors: https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-python-sdk-troubleshooting.html"
// where job_type is "Training job", "Processing job", "Transform job", "HyperParameterTuning job"...
// (older v2 releases: "...: Failed Reason: {reason}", without the trailer); v1's
// "Error training {job}: {status} Reason: {reason}" (aws/sagemaker-python-sdk#35); the endpoint's wait
// (`wait_for_endpoint`): "Error hosting endpoint {name}: {status}. Reason: {reason}. Try changing the instance type …", not
// under Clarify's own ClientError, which is the class; and
// sagemaker-core's FailedStatusError (v3): "Encountered unexpected failed state while waiting for
// {resource_type}. Final Resource State: {status}. Failure Reason: {reason}". Airflow's SageMaker
// operators and triggers (apache/airflow, providers/amazon/aws): "SageMaker job failed because {reason}".
const SDK_REASON =
  /\bError (?:for [A-Za-z]{1,40} job\b|training |(?<!\bClientError:[ \t]{0,4}Error )hosting endpoint )[^\n]{0,300}?\bReason: ?|\bwhile waiting for [A-Za-z]{1,40}\. Final Resource State: [A-Za-z]{1,30}\. Failure Reason: ?|\bSageMaker job failed because /;
const mayQuoteReason = (text: string) => text.includes('Reason:') || text.includes('failed because');
const TROUBLESHOOTING = /\.?[ \t]{0,4}Check troubleshooting guide for common errors:?[ \t]{0,4}\S{0,200}/;
// The traceback of the SDK call that raised it (a script's, or Jupyter's under a row of dashes,
// papermill's under 'Exception encountered at "In [3]":' as in aws/amazon-sagemaker-examples#2438):
// the notebook's own frames, not the training code's. Anything printed before it (the job's logs
// the SDK streamed) is kept.
const MAX_LAYERS = 3;

/** The string value of a quoted FailureReason key, its escapes decoded; undefined when there is none. */
function quotedFailureReason(text: string, depth = 0): string | undefined {
  // A JSON document quoted as a string inside another (its quotes escaped, \"FailureReason\": \"...\"):
  // undo the outer quoting once, then read the inner document.
  if (depth < MAX_LAYERS && text.includes('\\"FailureReason\\"') && !QUOTED_KEY.test(text)) return quotedFailureReason(decodeEscapes(text), depth + 1);
  return quotedValue(text)?.value;
}

/**
 * The quoted FailureReason key's value, where the key starts and the value ends, and whether the key was camel
 * case (an event's `failureReason`).
 */
function quotedValue(text: string): { value: string; from: number; to: number; camel: boolean } | undefined {
  const key = QUOTED_KEY.exec(text);
  if (!key) return undefined;
  let quote = key[2] ?? '"';
  let start = key.index + key[0].length;
  let value = '';
  let end = start;
  for (let literal = 0; literal < 200; literal++) {
    end = start;
    while (end < text.length && text[end] !== quote) end += text[end] === '\\' ? 2 : 1;
    value += decodeEscapes(text.slice(start, Math.min(end, text.length)));
    // Only Python's literals go on adjacent (JSON and Go print one string): a next literal after spaces and at most one line break.
    const next = quote === "'" || key[1] === "'" ? NEXT_LITERAL.exec(text.slice(end + 1, end + 200)) : null;
    if (!next || end >= text.length) break;
    quote = next[1] ?? quote;
    start = end + 1 + next[0].length;
  }
  // An empty value says nothing: the rest of what was pasted may.
  return value.trim() ? { value, from: key.index, to: Math.min(end + 1, text.length), camel: text[key.index + (key[1] ?? '').length] === 'f' } : undefined;
}

// A tuning job's reason sends the reader to its training jobs ("No training job succeeded after 2 attempts. For additional details,
// please take a look at the training job failures …"): what was pasted with it, their reasons, is kept after it, as an event's log
// is (the hundred-and-sixteenth review).
// So does a reason that only sends the reader to the job's logs ("Algorithm Error: See Job Logs for more information.", a
// monitoring execution's, with the log's lines pasted under it: the hundred-and-twentieth review).
const RELAYED_TO_TRAINING_JOBS = /\bNo training job succeeded after \d{1,4} attempts?\b|^[\w ]{0,40}:?[ \t]{0,4}See (?:the )?job logs for more information\.?$/i;

/**
 * The quoted reason, read out of a log's line prefixes first when each line of it carries one (its literals go on
 * over lines): that reading only when it is the same value going on further, not another key's. An event's
 * camel-case `failureReason` is one field of a record pasted, as often as not, with the job's or the endpoint's
 * log around it: that log is kept after the reason, as the SDK's exception keeps the log before it; so are the training jobs'
 * reasons pasted with a tuning job's.
 */
function quotedInLines(text: string): string | undefined {
  const stripped = text.includes('\n') ? stripLinePrefixes(text) : text;
  // The key read in the text as it is (where it is, for the camel case's log), else in an escaped document inside it.
  const span = quotedValue(text);
  const own = span?.value ?? quotedFailureReason(text);
  const out = stripped === text ? undefined : quotedFailureReason(stripped);
  const reason = out !== undefined && (own === undefined || (out.length > own.length && out.startsWith(own.trimEnd()))) ? out : own;
  if (!span || reason === undefined || !(span.camel || RELAYED_TO_TRAINING_JOBS.test(reason))) return reason;
  const rest = `${text.slice(0, span.from)}${text.slice(span.to)}`.trim();
  return rest ? `${reason}${LOG_AFTER_REASON}${rest}` : reason;
}

// The model servers' JSON bodies are written by Gson (MMS, TorchServe), which escapes the characters HTML
// gives meaning to, and botocore prints the body as it came: "Can\u0027t load tokenizer for \u0027/opt/ml/…",
// "set the option `trust_remote_code\u003dTrue`". Only those few escapes are undone, anywhere in the text.
const LINE_CONTINUATION = /[ \t]\\\n[ \t]{0,40}/g;
// SageMaker Runtime's head of the container's answer, broken between its words by a console that wraps long lines
// (rich's traceback in a notebook: "Received server error (500) ⏎from primary with message", round 54): whatever its
// message holds below it (an HTML page, a JSON body) keeps the whole from reading as one wrapped paragraph, so the
// head alone is joined, each break inside it read as a space; so is a run of spaces or a tab between its words.
const GAP = String.raw`(?:[ \t]{0,2}\n[ \t]{0,2}|[ \t]{1,3})`;
const WRAPPED_ANSWER_HEAD = new RegExp(
  String.raw`\bReceived${GAP}(?:client|server)${GAP}error${GAP}\(\d{1,3}\)${GAP}from${GAP}<?[\w-]{1,80}>?${GAP}(?:with${GAP}message|and${GAP}could)\b`,
  'gi',
);
const GSON_ESCAPE = /\\u00(2[267]|3[cdeCDE])/g;

/** Between the FailureReason the SDK's exception quoted and the log printed before it (line-window.ts). */
export const LOG_AFTER_REASON = SECTION_BREAK;

// A later notebook cell's traceback pasted below the exception (a row of dashes, then "ClientError   Traceback (most
// recent call last)"): another cell's failure, not the reason's lines (the thirty-ninth review's cleanup cell). Kept,
// after the reason, with the log.
const NEXT_CELL = /\n-{20,}[ \t]*\n[A-Za-z_][\w.]{0,80}[ \t]{2,}Traceback \(most recent call last\)/;

// The exception's class just before the SDK's sentence on its line: "UnexpectedStatusException: ", "ValueError: ",
// sagemaker-core's "FailedStatusError: Encountered unexpected failed state". What is left before it on the line is a log
// printed before, its line breaks lost.
const EXCEPTION_HEAD_AT_END = /(?:[A-Za-z_][\w.]{0,120}(?:Error|Exception):?[ \t]{0,4}(?:Encountered unexpected failed state[ \t]{0,4})?)$/;
const MIN_JOINED_LOG = 40;
// A log's own marks: a time stamp, a traceback, an exception's class, a level, a transform's relay. A writer's sentence
// before the quote ("I assumed it was running out of memory, but I still get this:", the forty-eighth review) has none.
const LOG_MARKER = /\d\d:\d\d:\d\d|Traceback \(most recent call last\)|\b[A-Z]\w{0,60}(?:Error|Exception):|\b(?:ERROR|WARN(?:ING)?|INFO)\b|\[sagemaker logs\]/;

/** The FailureReason the SDK's exception quotes, first, then whatever was printed before the traceback of the call. */
function sdkReason(text: string): string | undefined {
  const m = SDK_REASON.exec(text);
  if (!m) return undefined;
  let reason = text.slice(m.index + m[0].length);
  const cell = reason.includes('Traceback') ? NEXT_CELL.exec(reason) : null;
  const later = cell ? reason.slice(cell.index).trim() : '';
  if (cell) reason = reason.slice(0, cell.index);
  if (reason.includes('troubleshooting guide')) reason = reason.replace(TROUBLESHOOTING, '');
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  // A paste whose lines were joined into one holds the job's log on the exception's own line, before its class: kept too.
  const sameLine = text.slice(lineStart, m.index).replace(EXCEPTION_HEAD_AT_END, '').trim();
  let before = text.slice(0, lineStart) + (sameLine.length > MIN_JOINED_LOG && LOG_MARKER.test(sameLine) ? `${sameLine}\n` : '');
  const traceback = before.lastIndexOf(TRACEBACK_HEADER);
  // The call's traceback ends in the SDK's exception, below `before`: it goes, from its header. A traceback that ends
  // above it in the job's own code or its container's is the job's log the SDK streamed (a processing script's
  // FileNotFoundError), kept when it ends the log; one the log goes on past (a retry that succeeded) was not the
  // job's failure and goes, but only its own lines: what the log printed after it stays (a model server's re-raise of
  // the same message, the access log's 500, a batch transform's record lines, round 92).
  const headerLine = traceback >= 0 ? before.lastIndexOf('\n', traceback) + 1 : -1;
  const ownEnd = traceback >= 0 ? ownTracebackEnd(before, traceback) : undefined;
  if (traceback >= 0 && ownEnd === undefined) before = withoutNotebookHeader(before.slice(0, headerLine));
  else if (ownEnd !== undefined && goesOnAfter(before, ownEnd)) before = before.slice(0, headerLine) + before.slice(ownEnd);
  before = [before.trim(), later].filter((part) => part !== '').join('\n');
  return before ? `${reason}${LOG_AFTER_REASON}${before}` : reason;
}

/** The failure text without the wrappers it was quoted in: a quoted JSON/repr value, HTML escapes, colour codes, CRLF, a web page's typography, log prefixes, the SDK's exception. */
export function unwrapFailureText(text: string, depth = 0): string {
  // The value first: its escapes may hold colour codes and CRLF of their own.
  // A relayed failure's value may be a JSON document of its own, its lines escaped once more (a Lambda's error as Step
  // Functions' cause, the hundred-and-forty-seventh review).
  const namesReason = text.includes('ailureReason');
  const relayed = namesReason ? undefined : relayedFailure(text);
  let result = namesReason
    ? (quotedInLines(text) ?? text)
    : relayed !== undefined
      ? (escapedLines(relayed) ?? relayed)
      : (jsonString(text) ?? exceptionRepr(text) ?? escapedLines(text) ?? text);
  if (result.includes('&') && result.includes(';')) result = decodeEntities(result);
  // A Markdown table's cell or an HTML page breaks its lines with <br> (the hundred-and-forty-seventh review).
  if (result.includes('<br')) result = result.replace(/<br[ \t]{0,4}\/?>/gi, '\n');
  if (result.includes('\\u00')) result = result.replace(GSON_ESCAPE, (_e, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  if (result.includes(ESC)) result = result.replace(ANSI_SGR, '');
  if (result.includes('#033[')) result = result.replace(ESCAPED_SGR, '');
  if (result.includes('\r')) result = result.replace(/\r\n?/g, '\n');
  result = stripLinePrefixes(withoutLineEmphasis(plainTypography(result)));
  // A line ending in " \" goes on on the next, as a shell reads it: a page that breaks a long message so
  // ("failed to resolve reference \"<ECR image>\": \⏎<ECR image>: \⏎not found", peng.fyi's containerd
  // post) holds one line. Joined once each line is out of its prefix (a log's time stamp).
  if (result.includes('\\\n')) result = result.replace(LINE_CONTINUATION, ' ');
  if (result.includes('eceived')) result = result.replace(WRAPPED_ANSWER_HEAD, (head) => head.replace(/\s{1,7}/g, ' '));
  // A quoted reason inside what came off (a pprinted Pipelines event relayed as a log's lines or inside another
  // record): read once more, out of its own quotes, now that the lines are out of their prefixes.
  // Only the reason: the log an event's key kept after it may quote another record's key, which is not this reason.
  const [head = '', ...kept] = result.split(LOG_AFTER_REASON);
  if (depth < MAX_LAYERS && result !== text && head.includes('ailureReason') && QUOTED_KEY.test(head)) {
    const inner = unwrapFailureText(head, depth + 1);
    return kept.length > 0 ? [inner, ...kept].join(LOG_AFTER_REASON) : inner;
  }
  if (result.includes(TRACEBACK_HEADER)) result = withoutClientTracebacks(result);
  // A quote of the exception can itself be quoted (an issue's title repeated in its body): at most a few layers.
  let unwrapped = false;
  for (let layer = 0; layer < MAX_LAYERS && mayQuoteReason(result); layer += 1) {
    const inner = sdkReason(result);
    if (inner === undefined) break;
    result = inner;
    unwrapped = true;
  }
  // The reason the exception quoted starts a line of its own now: its first line may carry the
  // prefix the job's log wrote ("Reason: algo-1-55n7o_1  | tensorflow…"), as its other lines did.
  return unwrapped ? stripLinePrefixes(result) : result;
}

// CloudWatch allows 256 KB events; the rules only need the start of one, and bounded input keeps
// every pattern's cost bounded whatever a log line holds.
export const MAX_MESSAGE = 64 * 1024;
const unwrapMessage = (message: string) => unwrapFailureText(message.slice(0, MAX_MESSAGE));

/** Every message of a failure text, cut to MAX_MESSAGE and out of its wrappers, once. */
export function unwrapFailureTexts(text: FailureText): FailureText {
  return {
    ...(text.failureReason !== undefined ? { failureReason: unwrapMessage(text.failureReason) } : {}),
    ...(text.statusMessages ? { statusMessages: text.statusMessages.map((s) => ({ ...s, message: unwrapMessage(s.message) })) } : {}),
    ...(text.logLines ? { logLines: text.logLines.map((l) => ({ ...l, message: unwrapMessage(l.message) })) } : {}),
  };
}
