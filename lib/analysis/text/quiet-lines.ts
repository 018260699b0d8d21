import { lastOwnExceptionAt } from './collective-report';
import { lineAt, SECTION_BREAK } from './line-window';
import { blankWords } from './mask-identifiers';

/**
 * A log's INFO and DEBUG lines blanked, for the rules that read words.
 *
 * A line a program logged at INFO or DEBUG reports its progress, not its failure: XGBoost's container
 * prints "[…:INFO] Failed to parse hyperparameter objective value reg:squarederror to Json." on every
 * run, NCCL "NCCL INFO NET/Plugin : Plugin load (libnccl-net.so) returned 2 : … cannot open shared
 * object file" on every start. Read as words, they outrank the error the log ends with. A quiet line
 * that names an exception or an error class is kept: an agent logs the exception it caught at INFO
 * ("INFO [ssm-agent-worker] Entering SSM Agent hibernate - ThrottlingException: Rate exceeded").
 *
 * Like the names' mask, the blank keeps the length and every character that is not a letter or a
 * digit, so a rule's match still sits where it was in the original.
 */

// The level near the start of a line, as logging libraries print it: "INFO:sagemaker:", "[…:INFO]",
// "2023-… INFO worker.py…", "NCCL INFO", "[INFO]". Upper case only: "info" in prose is a word. A structured
// logger writes the level as a field, in lower case: logfmt's "level=info" (Go's logrus and slog, the
// Kubernetes agents) and JSON's "level":"debug"; the field's name makes the word a level there.
const LEVEL_FIELD = (levels: string): string => `(?<![\\w-])level=(?:${levels})\\b|"level":[ ]?"(?:${levels})"`;
// TRACE is quieter still ("TRACE 2019-12-27T23:25:54Z: sccache::simples3::s3: PUT failed …", round 147).
// The level is a word of its own ("[req TRACE-7f3a]" is a request's id), and the line's first: a record at ERROR may name
// INFO or TRACE after its level (the fifty-sixth review).
const QUIET_LEVEL = `\\b(?:INFO|DEBUG|TRACE)\\b(?!-)|${LEVEL_FIELD('info|debug|trace')}`;
const QUIET_TAG = new RegExp(`^(?:(?!\\b(?:ERROR|FATAL|CRITICAL|WARN)\\b)[^\\n]){0,80}?(?:${QUIET_LEVEL})`);
const QUIET_LEVEL_ANYWHERE = new RegExp(QUIET_LEVEL);
const QUIET_LINE = new RegExp(`${QUIET_TAG.source}[^\\n]*`, 'gm');
// A text with neither an upper-case level nor a level field has no line to blank: the pass is skipped.
const MAY_BE_LEVELLED = /INFO|DEBUG|TRACE|WARN|level[="]/;
// Clarify logs its own verdict on the customer's side at INFO too ("INFO:analyzer…:exit_message: Customer Error: …").
// A structured logger's record that carries an error field at INFO ("level=info msg=\"apply failure, attempting cleanup\"
// error=\"failed to extract layer …: no space left on device\"", containerd, round 137) names its error as an exception's name does.
// A class's name, capitalised: a function's in a stack frame joined onto the line ("at Request.extractError (…/ec2.js:50:35)",
// the JavaScript SDK's, round 182) names no error.
const NAMES_AN_ERROR = /(?<![\w$])_?[A-Z]\w{0,80}(?:Exception|Error)\b|\bCustomer Error:|(?<![\w-])err(?:or)?="/;
// A model server relays its worker's output at INFO, line by line, traceback frames included
// ("[INFO ] W-9000-model_1.0-stdout MODEL_LOG - OSError: …_C.so: undefined symbol: …",
// "W-9000-model-stdout org.pytorch.serve.wlm.WorkerLifeCycle - …"): the level is the relay's, not the words'.
const RELAYED_OUTPUT = /\bMODEL_LOG\b|-std(?:out|err)\b|\bWorkerLifeCycle\b/;


// A Java logger (logback, log4j, the AWS SDK for Java's) prints the throwable a record carries on the lines after the
// record's own: the exception's line, then its "\tat …" frames. Under an INFO or DEBUG record ("[INFO ] [c.a.http.
// JsonErrorResponseHandler] - Unable to unmarshall exception content⏎java.lang.NullPointerException: null⏎\tat …",
// round 125) it is an exception the program caught and logged on its way, not its failure: blanked with the record.
// Only a record of the AWS SDK's own plumbing (its logger com.amazonaws…, software.amazon.awssdk…, abbreviated "c.a."
// or "s.a.a." by the layout; not Multi Model Server's com.amazonaws.ml.mms…, "c.a.m.m.", which is the model server's) whose message names an exception or an error: a program's own INFO record announcing its
// failure ("Training ended with error, see below", "Error while scoring partition 12, aborting", the fifty-first
// review) and a failure pasted right after a log's progress line are the job's. A frame may have lost its indent to a
// log viewer's prefix.
const QUIET_RECORD_THROWABLE = new RegExp(`(${QUIET_TAG.source}[^\\n]{0,200}?(?:\\bcom\\.amazonaws\\.(?!ml\\.)|\\bsoftware\\.amazon\\.awssdk\\.|\\[c\\.a\\.(?!m\\.m\\.)|\\[s\\.a\\.a\\.)[^\\n]{0,300}?\\b(?:[Ee]xception|[Ee]rror)\\b[^\\n]*\\n)([\\w.$]{1,200}(?:Exception|Error)\\b[^\\n]*(?:\\n[ \\t]*at [\\w.$<>]{1,300}\\([^\\n]*)+)`, 'gm');

// The SDK's credential chain logs each provider it tried at DEBUG, its logger's name before the level
// ("software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain 95 DEBUG - Unable to load credentials from
// InstanceProfileCredentialsProvider(): …⏎software.amazon.awssdk.core.exception.SdkClientException: …⏎\tat …", the Kinesis
// Client Library's, round 151): the provider's throwable goes with its record, as above.
const THROWABLE = `[\\w.$]{1,200}(?:Exception|Error)\\b[^\\n]*(?:\\n[ \\t]*at [\\w.$<>]{1,300}\\([^\\n]*)+`;
// The logger's name may come abbreviated and the level before or after it ("DEBUG s.a.a.a.c.AwsCredentialsProviderChain -",
// "DEBUG com.amazonaws.auth.AWSCredentialsProviderChain -", the fifty-seventh review).
const CHAIN_RECORD_THROWABLE = new RegExp(`(^(?=[^\\n]{0,300}?CredentialsProviderChain\\b)(?=[^\\n]{0,300}?\\b(?:DEBUG|TRACE)\\b)[^\\n]*\\n)(${THROWABLE})`, 'gm');

// botocore logs a response it parses at DEBUG, its body on the record's next line ("botocore.parsers DEBUG    Response body:⏎
// b'<?xml …><Error><Code>AccessDenied</Code>…'"): an answer the client read on its way (a retry's, an optional call's), quiet
// with its record (the hundred-and-third review's log whose only AccessDenied was such a body before "Reporting training SUCCESS"),
// unless it names an exception's class, as a quiet line that does is kept ("{\"__type\":\"LimitExceededException\",…}", round 174).
const QUIET_RECORD_BODY = new RegExp(`(${QUIET_TAG.source}[^\\n]{0,200}?\\b(?:Response|Request) (?:body|headers):[ \\t]*\\n)([^\\n]*)`, 'gm');

// Most texts name no AWS SDK logger: the record's pattern runs only where one may be.
const SDK_LOGGER_GATE = /com\.amazonaws\.|software\.amazon\.awssdk\.|\[c\.a\.|\[s\.a\.a\./;

/** The text with its INFO and DEBUG lines blanked (and a Java throwable logged with one); the same string when it has none. */
export function blankQuietLines(text: string): string {
  if (!MAY_BE_LEVELLED.test(text)) return text;
  const sdkRecords = text.includes('at ') && SDK_LOGGER_GATE.test(text) ? text.replace(QUIET_RECORD_THROWABLE, (_all, record: string, throwable: string) => (RELAYED_OUTPUT.test(record) ? record + throwable : record + blankWords(throwable))) : text;
  const records = sdkRecords.includes('ProviderChain') ? sdkRecords.replace(CHAIN_RECORD_THROWABLE, (_all, record: string, throwable: string) => record + blankWords(throwable)) : sdkRecords;
  const bodies = records.includes('body:') || records.includes('headers:') ? records.replace(QUIET_RECORD_BODY, (_all, record: string, body: string) => record + (NAMES_AN_ERROR.test(body) ? body : blankWords(body))) : records;
  return bodies.replace(QUIET_LINE, (line) => (NAMES_AN_ERROR.test(line) || RELAYED_OUTPUT.test(line) ? line : blankWords(line)));
}

// A line logged at WARN: another component's news, printed whether or not anything failed ("WARN Client:
// Neither spark.yarn.jars nor spark.yarn.archive is set, falling back to uploading libraries").
const WARNING_LEVEL = `\\bWARN(?:ING)?\\b|${LEVEL_FIELD('warn|warning')}`;
const WARNING_LINE = new RegExp(`^[^\\n]{0,80}?(?:${WARNING_LEVEL})[^\\n]*$`, 'gm');

/** The text without its WARN lines, for readings that take context from the lines around a match. */
export function withoutWarningLines(text: string): string {
  return MAY_BE_LEVELLED.test(text) ? text.replace(WARNING_LINE, '') : text;
}

// A warning's line: logged at WARN, or Python's warnings module ("UserWarning: …", "FutureWarning: …");
// glog's one-letter level ("[W socket.cpp:601] [c10d] …", "W1016 12:07:01.123 …") is one too.
const WARNING_TAG = new RegExp(
  `^[^\\n]{0,80}?(?:${WARNING_LEVEL})|\\b[A-Z]\\w{0,40}Warning:|^[ \\t]{0,8}(?:\\[W [\\w.-]{1,60}:\\d{1,6}\\]|W\\d{4} \\d\\d:\\d\\d:\\d\\d)`,
);

/** Whether the line holding position `at` of `text` is a warning's. */
export function isWarningLineAt(text: string, at: number): boolean {
  return WARNING_TAG.test(lineAt(text, at));
}

/** Whether the unwrapper put SageMaker's reason first, before the section break at `section` and the log printed before it. */
const reasonBeforeSection = (text: string, section: number): boolean => section > 0 && /\w/.test(text.slice(0, section));

// Python's warnings module ("…/file_download.py:1006: UserWarning: Not enough free disk space to download the file …"): it
// prints and returns, so what its line says did not stop the program. Where the job's own failure after it is one a full disk
// does not bring about (a mistake in the code, the seventy-fourth review's LoraConfig TypeError; memory run out; a shape that
// does not fit, the seventy-eighth's), that failure is why the job ended. A failure a full disk may bring about keeps the
// warning: a file found cut short or unreadable ("SafetensorError: … MetadataIncompleteBuffer", the fourteenth review), a
// write or read the system failed, an OS error.
const PYTHON_WARNING = /\b[A-Z]\w{0,40}Warning: /;
const DISKS_DOING =
  /\b(?:OSError|IOError|EOFError|SafetensorError|UnpicklingError|BadZipFile|MetadataIncompleteBuffer|HeaderTooLarge|PytorchStreamWriter|PytorchStreamReader)\b|\b(?:truncated|incomplete|corrupt(?:ed)?|unexpected end of (?:file|data|stream)|invalid load key|file write failed|No space left|Errno 28|Input\/output error|not a zip file)\b/i;

/**
 * Whether the line holding position `at` of `text` is Python's warnings module's and the job's own failure printed after it
 * is one a full disk does not bring about. SageMaker's reason stands for that failure when the unwrapper put it first, the log
 * printed before it after a section break ("… Reason: InternalServerError …" after the warning, the seventy-sixth review).
 */
export function pythonWarningPassedOverAt(text: string, at: number): boolean {
  if (!PYTHON_WARNING.test(lineAt(text, at))) return false;
  const section = text.indexOf(SECTION_BREAK);
  if (at > section && reasonBeforeSection(text, section)) return !DISKS_DOING.test(text.slice(0, section));
  const failure = lastFailureAt(text);
  return failure > at && !DISKS_DOING.test(text.slice(failure, failure + 600));
}

/** Whether `text` names a level of INFO or below anywhere: a record's head behind whatever a paste put before it. */
export function namesQuietLevel(text: string): boolean {
  return QUIET_LEVEL_ANYWHERE.test(text);
}

/** Whether the line holding position `at` of `text` was logged at WARN or below (INFO, DEBUG): news the program went on past. */
export function isLoggedBelowErrorAt(text: string, at: number): boolean {
  const line = lineAt(text, at);
  return WARNING_TAG.test(line) || QUIET_TAG.test(line);
}

// What a line logged at WARN or below says when the program went on past what it names: ignored, continuing, skipped, clipped, fell
// back, retrying ("WARNING … (FileExistsError ignored, exist_ok=True); continuing", the sixty-fourth review; "WARNING … no
// SavedModel bundles found under …, falling back to /opt/ml/model/1", the sixty-fifth), went on without it ("WARNING … no space
// left on device writing events, training continues without them", "proceeding without a validation channel"), or took its
// default instead ("could not load custom tokenizer (AccessDenied …); using default tokenizer", the seventy-fourth review).
// "Proceeds", "proceeding" only, and not after a negation: "cannot proceed without training data", "not proceeding without
// training data" are the job stopping (the seventy-sixth and seventy-eighth reviews). The default
// only as a clause of its own after the report ("…); using default tokenizer", "not set, using the default"): "failed to load
// model using default loader" names a loader that failed.
const WENT_WITHOUT_WORDS = String.raw`ignor(?:ed|ing)|continuing|(?<!\b(?:not|never|cannot|can't) )(?:continues|proceeds|proceeding) without|skipp(?:ed|ing)|falling back|fall(?:s)? back`;
const USING_DEFAULT = String.raw`[;,][ \t]{0,4}(?:and |so )?using (?:the |its )?defaults?\b`;
// Or that the retry it made succeeded ("INFO root: ClientError on first HeadObject retried (ThrottlingException), attempt 2
// succeeded", the hundred-and-seventeenth review).
const RETRY_SUCCEEDED = String.raw`retried\b[^\n;]{0,120}?\bsucceeded|succeeded (?:on|after) (?:the )?(?:retry|retrying|\d{1,3} (?:attempts|retries))|attempt \d{1,3} succeeded`;
const WENT_ON_WORDS = String.raw`${WENT_WITHOUT_WORDS}|retrying|will retry|${RETRY_SUCCEEDED}`;
const WENT_PAST = new RegExp(String.raw`\b(?:${WENT_ON_WORDS}|clipp(?:ed|ing) to|clamp(?:ed|ing) to)\b|${USING_DEFAULT}`, 'i');
export const WENT_PAST_WORDS = ['ignor', 'continu', 'proceed', 'using ', 'skipp', 'fall', 'retry', 'retried', 'succeeded', 'clipp', 'clamp'];

/**
 * Whether what `text` names at `at` is on a line logged at WARN or below that says, in the same part of the line (a "; "
 * starts another: "UserWarning: x ignored; RuntimeError: boom" is a warning, then a failure), that the program went on.
 */
export function wentOnPastAt(text: string, at: number): boolean {
  if (!isLoggedBelowErrorAt(text, at)) return false;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at);
  const lineEnd = newline < 0 ? text.length : newline;
  const start = Math.max(lineStart, text.lastIndexOf(';', at) + 1);
  const next = text.indexOf(';', at);
  const end = next < 0 || next > lineEnd ? lineEnd : next;
  return WENT_PAST.test(text.slice(start, end));
}

/** Whether a line is logged at WARN or below and says the program went on (the whole line: data-format-line.ts reads lines). */
export const lineWentOnPast = (line: string): boolean => isLoggedBelowErrorAt(line, 0) && WENT_PAST.test(line);

/** Whether the whole line holding position `at` is logged at WARN or below and says the program went on (`lineWentOnPast`). */
export const lineWentOnPastAt = (text: string, at: number): boolean => lineWentOnPast(lineAt(text, at));

// The line after a report that says the program went on past it, at whatever level it is logged ("WARNING: record 1187 too long
// for the endpoint, skipping", "[startup] … not given, falling back to default", "truncating prompt for request 88 and
// resending", "Using model from /opt/ml/model instead", the sixty-ninth review): the report above was not the failure.
const NEXT_WENT_ON = new RegExp(String.raw`\b(?:${WENT_ON_WORDS}|resend(?:ing)?|instead)\b|${USING_DEFAULT}`, 'i');

/** Whether the first non-blank line after the one holding `at` says the program went on. */
export function nextLineWentOnAt(text: string, at: number): boolean {
  const newline = text.indexOf('\n', at);
  if (newline < 0) return false;
  const next = /^[ \t]*\n?[^\n]*/.exec(text.slice(newline + 1, newline + 2001))?.[0] ?? '';
  return NEXT_WENT_ON.test(next);
}

// Whether every report `pattern` (global) finds was passed over, as `passedOver` says of it: undefined when there is none.
// Every report is looked at; past a cap of them, not every one was passed over (the sixty-fifth review: seventeen skipped
// samples, then the exit).
const MAX_REPORTS = 64;
export function everyReportPassedOver(text: string, pattern: RegExp, passedOver: (m: RegExpExecArray) => boolean): boolean | undefined {
  let seen = 0;
  for (const m of text.matchAll(pattern)) {
    if (!passedOver(m) || ++seen > MAX_REPORTS) return false;
  }
  return seen > 0 ? true : undefined;
}

// What ends a job in a pasted log besides an exception of the code's own: the toolkit's report of the
// script's message (`ErrorMessage "KeyError: …"`), the kernel's kill ("Killed", exit code 137), SageMaker's
// reason as the SDK reports it ("Failed. Reason: OutOfMemoryError: …"), a collective's failure.
const JOB_FAILURE_LINE = /^[ \t]*ErrorMessage[ \t]{0,4}"(?!")|^[ \t]*Killed[ \t]*$|\bExitCode:?[ \t]{0,4}137\b|\bFailed\.? Reason:[ \t]{0,4}\S|\b(?:NCCL error|DistBackendError)\b/gm;

/** Where the last report of the job's own failure starts in the text, -1 when none is printed. */
function lastFailureAt(text: string): number {
  let at = lastOwnExceptionAt(text);
  for (const m of text.matchAll(JOB_FAILURE_LINE)) at = Math.max(at, text.lastIndexOf('\n', m.index) + 1);
  return at;
}

/**
 * A log's warning lines, and its INFO lines that name a caught exception, about a side task (SIDE_TASK) before
 * the job's own failure blanked, for every reading. They are news the job went on past: a retried upload's
 * SlowDown, a tracker's refused call, a side task's expired token, the experiments' refused tags. When the job's own
 * failure is printed after them (an exception of the code's, the toolkit's ErrorMessage, "Killed", SageMaker's
 * reason, a collective's error), that failure says why the job ended; read with them, an AWS error code or a
 * denial on such a line outranks it. NCCL's WARN lines are its own failures' report (the connection that
 * failed), which the collective's error after them only relays, and a model server's relay of its worker's
 * output at INFO is the worker's own lines: both kept. The blank keeps the length, as blankQuietLines's does.
 */
export function blankNewsBeforeFailure(whole: string): string {
  const text = whole.includes('succeeded') ? blankRetriesThatSucceeded(whole) : whole;
  const levelled = MAY_BE_LEVELLED.test(text) || text.includes('Warning:');
  // An unlevelled text only for a print that says it went on: the regex runs where its words may be.
  if (!levelled && !(WENT_PAST_WORDS.some((w) => text.includes(w)) && WENT_WITHOUT.test(text))) return text;
  // No line about a side task or one that went on without it, nothing to blank: the failure is not looked for.
  if (!SIDE_TASK.test(text) && !WENT_WITHOUT.test(text) && !OPTIONAL.test(text)) return text;
  // The unwrapper puts SageMaker's reason first and the log printed before it after a section break: the
  // reason is the job's failure, and all of that log came before it.
  const section = text.indexOf(SECTION_BREAK);
  if (reasonBeforeSection(text, section)) return text.slice(0, section) + blankNews(text.slice(section));
  const failure = lastFailureAt(text);
  return failure <= 0 ? text : blankNews(text.slice(0, failure)) + text.slice(failure);
}

// What a news line must be about to be passed over: a side task the job goes on without (an upload, a
// tracker's or a debugger's write, metrics, a checkpoint saved, the run's tags) or a call botocore retries on
// its own ("Retry needed"). A warning about what the job needs (a download, a read, pip's retries of its
// index, a container killed for memory) may be why the failure after it happened: kept.
const WENT_WITHOUT = new RegExp(String.raw`\b(?:${WENT_WITHOUT_WORDS})\b|${USING_DEFAULT}`, 'i');
const SIDE_TASK =
  /\bupload(?:s|ing|ed)?\b|\bPutObject\b|\bCreateMultipartUpload\b|\bPutMetricData\b|\bPutLogEvents\b|\blog(?:ging)?[ _](?:artifacts?|metrics?|params?)\b|\bmetrics?\b|\btensorboard\b|\bmlflow\b|\bwandb\b|\bexperiments?\b|\bsmdebug\b|\bdebugger\b|\bprofiler\b|\bcheckpoints?\b|\btags?\b|\bRetry needed\b/i;

// What the program says it could do without ("could not fetch optional tokenizer overrides"), and a line's level of any kind.
const OPTIONAL = /\boptional\b/i;
const ANY_LEVEL = /\b(?:ERROR|CRITICAL|FATAL|SEVERE|WARN(?:ING)?|INFO|DEBUG|TRACE)\b|^[EWIF]\d{4} /;

// A checkpoint read back is what the job needs, not a side task: "WARNING: Could not download checkpoint
// s3://…: AccessDenied" may be why the failure after it happened (the weights it then could not open).
const CHECKPOINT_READ = /\b(?:download(?:s|ing|ed)?|load(?:s|ing|ed)?|read(?:s|ing)?|fetch(?:es|ing|ed)?|restor(?:e|es|ing|ed))\b[^\n]{0,40}?\bcheckpoints?\b/i;

// A line logged below ERROR that says the call it retried then succeeded ("WARN … ListObjectsV2 throttled (SlowDown: Please reduce
// your request rate.), succeeded after 2 attempts", the hundred-and-twenty-first review) reports no failure, before the job's own or
// with none after it: blanked for every reading, the service's message on it too, not only the exception it names.
// Only the clause that says it: what the line goes on to say after a "; " is news of its own ("upload succeeded after 3 attempts;
// download failed: An error occurred (403) when calling the HeadObject operation", the hundred-and-twenty-fifth review).
const RETRY_SUCCEEDED_WORDS = new RegExp(String.raw`\b(?:${RETRY_SUCCEEDED})\b`, 'i');
const RETRY_SUCCEEDED_LINE = new RegExp(`^[^\\n]*${RETRY_SUCCEEDED_WORDS.source}[^\\n]*$`, 'gim');

// A line logged at WARN or below as another task's news; NCCL's WARN lines are its own failures' report, not news.
const loggedAsNews = (line: string): boolean => (WARNING_TAG.test(line) && !line.includes('NCCL WARN')) || QUIET_TAG.test(line);

function blankRetriesThatSucceeded(text: string): string {
  return text.replace(RETRY_SUCCEEDED_LINE, (line) => {
    if (!loggedAsNews(line)) return line;
    const said = RETRY_SUCCEEDED_WORDS.exec(line);
    const clauseEnd = said ? line.indexOf(';', said.index + said[0].length) : -1;
    return clauseEnd < 0 ? blankWords(line) : blankWords(line.slice(0, clauseEnd)) + line.slice(clauseEnd);
  });
}

function blankNews(text: string): string {
  // A model server's relay of its worker's output, at whatever level, is the worker's own lines.
  // A line that says the job went on without what it names ("…; using default tokenizer") is news whatever its task; one
  // that retried is not (pip's retries of its index may be why the install after them failed).
  // A line of the script's own print with no level says so too when it says it went on ("… failed: … (sync is optional,
  // continuing)"), and a warning that what it could not fetch was optional (the ninety-eighth review).
  const news = (line: string) =>
    !RELAYED_OUTPUT.test(line) &&
    (((SIDE_TASK.test(line) && !CHECKPOINT_READ.test(line)) || WENT_WITHOUT.test(line) || OPTIONAL.test(line)) &&
      loggedAsNews(line)) ||
    (WENT_WITHOUT.test(line) && !ANY_LEVEL.test(line));
  return text
    .split('\n')
    .map((line) => (news(line) ? blankWords(line) : line))
    .join('\n');
}
