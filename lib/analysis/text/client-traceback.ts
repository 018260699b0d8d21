/**
 * The traceback of a call into the AWS client libraries, in the caller's own process: a notebook's or
 * a script's `estimator.fit()` whose innermost frame is in sagemaker/, botocore/, boto3/, s3transfer/
 * or Airflow's Amazon provider. Its frames say where the caller stood when an AWS API refused the
 * request (or a job it waited on failed), not that the training code crashed: the exception it ends
 * in is what to read. (The rules read "Traceback (most recent call last)" as the code's own failure,
 * which is right for the training code's traceback in a FailureReason.)
 */

export const TRACEBACK_HEADER = 'Traceback (most recent call last)';
const MAX_TRACEBACKS = 8;
const MAX_LINES = 400;

// Where a frame is, in the three layouts a paste shows: a script's `  File "…", line 9, in f`,
// IPython 8's `File /…/client.py:960, in BaseClient._make_api_call(…)` or `Cell In[3], line 1`, and
// IPython 7's unindented `/…/client.py in _make_api_call(self, …)` or `<ipython-input-3-…> in <module>`.
const FRAME = /^(?:[ \t]{0,8}File "[^"\n]{1,400}", line \d{1,7}|File [^\n]{1,400}:\d{1,7}, in |Cell In ?\[\d{1,6}\]|[/~][^\n]{1,400}? in [\w<]|<ipython-input-)/;
// Airflow's SageMaker hooks and operators poll the job for the caller in the same way.
const CLIENT_FRAME = /[/\\](?:site|dist)-packages[/\\](?:sagemaker|botocore|boto3|s3transfer|aiobotocore|airflow[/\\](?:providers[/\\]amazon|contrib[/\\](?:hooks|operators|sensors)))[/\\]/;
// The line the traceback ends in: an exception class, module path allowed, at the start of the line.
// A Python exception's name as a traceback prints it: its module path ("requests.exceptions."), then its class
// ("ConnectionError"). The readings that look for an exception's line build on these two.
export const EXCEPTION_MODULE_PATH = String.raw`(?:[a-z_]\w{0,60}\.){0,8}`;
export const EXCEPTION_CLASS_NAME = String.raw`[A-Z]\w{0,100}`;
const EXCEPTION_LINE = new RegExp(`^${EXCEPTION_MODULE_PATH}(${EXCEPTION_CLASS_NAME})(?::|$)`);
// The exceptions that report a process that exited, not why: the training toolkit's, subprocess's, torchrun's,
// multiprocessing's, SystemExit. Each reading that passes over them adds the reports of its own setting.
export const PROCESS_EXIT_CLASSES = ['ExecuteUserScriptError', 'CalledProcessError', 'SystemExit', 'ChildFailedError', 'ProcessExitedException', 'ProcessRaisedException'];
// A frame in the job's own code (the training, serving or processing script SageMaker runs): kept above the exception
// when the rest of its traceback goes, since a client library's check the job's code called is the code's to mend,
// not the request's (a processing script's est.fit() given a source_dir without its entry point, the twenty-seventh
// review). The outermost such frame: where the job's code made the call. Not when the exception relays another
// job's failure (the SDK's UnexpectedStatusException, "Failed. Reason: …", from a wait on a job the script started):
// that reason is the other job's request, not the script's code (the twenty-eighth review).
const RELAYED_JOB_FAILURE = /\bUnexpectedStatusException\b|\bFailed\. Reason:/;
const JOB_FRAME = /^[ \t]{0,8}(?:\d{4}-\d\d-\d\dT[\d:.]{8,15}Z?[ \t]{1,3})?File "\/opt\/ml\/(?:code|program|model\/code|processing\/input\/code)\/[^"\n]{1,200}", line \d{1,7}[^\n]{0,200}$/m;
// The row of dashes Jupyter draws over a traceback, and papermill's line inside it.
const NOTEBOOK_HEADER = /^(?:-{20,200}|Exception encountered at "In \[\d{1,6}\]":)$/;
// The SageMaker SDK's own check of its caller's arguments: the innermost frame the SDK's, the line it raised on a raise of
// one of Python's argument checks (Python's next line, IPython's arrow). Kept with the exception, as the job's frame is,
// for sdk-argument-check.ts to read: the call's arguments are what to change, not code that ran (round 92).
// The SDK's own package in a frame's path (pip's site-packages, Debian's dist-packages), in either slash, and the
// classes of Python's argument checks: written once here for sdk-argument-check.ts too.
export const SDK_PACKAGE_PATH = String.raw`[\\/](?:site|dist)-packages[\\/]sagemaker[\\/]`;
export const ARGUMENT_CHECK_CLASSES = 'ValueError|TypeError|AttributeError';
export const SDK_FRAME = new RegExp(SDK_PACKAGE_PATH);
const ARGUMENT_CHECK_RAISE = new RegExp(String.raw`^(?:-{1,4}>[ \t]{0,8}\d{1,7}[ \t]{1,40}|[ \t]{1,40}(?=raise ))raise (?:${ARGUMENT_CHECK_CLASSES})\([^\n]{0,300}`, 'm');

// So is the SDK's frame alone when its code failed over an object of the pipelines' own variable types (a pipeline
// parameter given where the SDK needs a value, round 102): sdk-argument-check.ts reads that too.
// The type is named quoted ("unsupported operand type(s) for *: 'int' and 'ParameterInteger'") or before "object".
const PIPELINE_VARIABLE_TYPE = String.raw`(?:Parameter(?:String|Integer|Float|Boolean)|PipelineVariable|ExecutionVariable|Properties(?:List|Map)?|JsonGet|Join)`;
export const PIPELINE_VARIABLE_REFUSED = new RegExp(
  String.raw`^[ \t]{0,8}(?:AttributeError|TypeError): [^\n]{0,160}?(?:['"]${PIPELINE_VARIABLE_TYPE}['"]|\b${PIPELINE_VARIABLE_TYPE} object\b)`,
  'm',
);

// So is the SDK's frame alone when Python itself refused the call for the callee's signature: the caller left out an
// argument the SDK's class requires ("TypeError: __init__() missing 2 required positional arguments: 'role' and
// 'train_instance_count'", a v1 estimator built without them, round 133). The innermost frame says whose signature: the
// SDK's refusing its caller's arguments, which are what to change; a script's own function called wrongly is the code's
// (program-detail.ts). Only a constructor's (`__init__`, the SDK's classes calling their bases): a function the SDK's
// frame calls may be the caller's own (a serializer's `serialize()`, a remote function's `train()`, the fifty-second review).
export const SDK_SIGNATURE_REFUSED =
  /^[ \t]{0,8}TypeError: (?:[A-Z]\w{0,80}\.)?__init__\(\) (?:missing \d{1,2} required (?:positional|keyword-only) arguments?\b|takes (?:from \d{1,2} to )?\d{1,2} positional arguments? but \d{1,2} (?:were|was) given\b)/m;

/** The SDK's frame and the raise of its argument check (or its refusal of a pipeline variable or of its signature), when the traceback's innermost frame is that. */
function sdkArgumentCheckFrame(frames: string, innermost: string, exceptionLine: string): string | undefined {
  if (!SDK_FRAME.test(innermost)) return undefined;
  if (PIPELINE_VARIABLE_REFUSED.test(exceptionLine) || SDK_SIGNATURE_REFUSED.test(exceptionLine)) return innermost.trim();
  const raised = ARGUMENT_CHECK_RAISE.exec(frames.slice(frames.lastIndexOf(innermost) + innermost.length));
  return raised ? `${innermost.trim()}\n${raised[0].trim()}` : undefined;
}

/** `text` (whole lines) without the notebook's header lines at its end. */
export function withoutNotebookHeader(text: string): string {
  let end = text.length;
  for (let line = 0; line < 3 && end > 0; line += 1) {
    const start = text.lastIndexOf('\n', end - 2) + 1;
    if (!NOTEBOOK_HEADER.test(text.slice(start, end).trim())) break;
    end = start;
  }
  return text.slice(0, end);
}

/** The end of a Python traceback: the exception line it ends in, where that line starts, and its innermost frame. */
export interface TracebackEnd {
  offset: number;
  exceptionLine: string;
  /** The exception's class without its module path ("requests.exceptions.ConnectionError: …" is ConnectionError). */
  exceptionClass: string;
  innermost: string;
}

/** Where the traceback whose header is at `start` ends, read over at most MAX_LINES lines. */
export function tracebackEnd(text: string, start: number): TracebackEnd | undefined {
  let offset = text.indexOf('\n', start) + 1;
  let innermost: string | undefined;
  for (let n = 0; offset > 0 && offset < text.length && n < MAX_LINES; n += 1) {
    const next = text.indexOf('\n', offset);
    const line = text.slice(offset, next < 0 ? text.length : next);
    if (FRAME.test(line)) innermost = line;
    else if (innermost !== undefined) {
      const exception = EXCEPTION_LINE.exec(line);
      if (exception) return { offset, exceptionLine: line, exceptionClass: exception[1] ?? '', innermost };
    }
    if (next < 0) break;
    offset = next + 1;
  }
  return undefined;
}

/** Where the traceback starting at `start` ends (the offset of its exception line), if its innermost frame is a client library's. */
function clientTracebackEnd(text: string, start: number): TracebackEnd | undefined {
  const end = tracebackEnd(text, start);
  return end && CLIENT_FRAME.test(end.innermost) ? end : undefined;
}

// A line an exception's report heads, named by its class's suffix (a log's "INFO:root:" is not one).
export const RAISED_LINE = new RegExp(`^[ \t]*${EXCEPTION_MODULE_PATH}${EXCEPTION_CLASS_NAME}(?:Error|Exception):`);

/**
 * Where the traceback whose header is at `start` ends inside `text`, if it ends in an exception raised in code that is
 * not a client library's (the job's own, or its container's): the offset just past its exception line. The SDK call's
 * own traceback ends only in the SDK's exception, below `text`: undefined for it.
 */
export function ownTracebackEnd(text: string, start: number): number | undefined {
  const end = tracebackEnd(text, start);
  if (end === undefined || CLIENT_FRAME.test(end.innermost)) return undefined;
  const lineEnd = text.indexOf('\n', end.offset);
  return lineEnd < 0 ? text.length : lineEnd + 1;
}

// What is printed after the job's process ended, whatever ended it: the training toolkit's own lines ("Done waiting
// for a return code", "Reporting training FAILURE"), the SDK's status lines ("Failed - Training job failed",
// "Billable seconds: 60") (the forty-second review), a tracker's shutdown ("wandb: Waiting for W&B process to finish…
// (failed 1)", "wandb: Find logs at: …"), a launcher's report of the failure (torchrun's "[ERROR] failed (exitcode: 1)",
// its rules and "train.py FAILED"), the toolkit's ExitCode/ErrorMessage/Command block, any line that reports a failure,
// an error, an exception's class or an exit (the forty-fifth review). The job did not go on past its traceback with these.
const PLATFORM_AFTERWORD =
  /\bsagemaker-(?:training-toolkit|containers)\b|^(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d )?[A-Z][a-z]{2,20} - |\b(?:Training|Billable) seconds:|^wandb: |^[ \t]*[=-]{10,}[ \t]*$|^[ \t]*(?:ExitCode|ErrorMessage|Command)\b|\w(?:Error|Exception)\b/;
const FAILURE_REPORTED = /\b(?:fail(?:ed|ure|s)?|exit(?:ed)?|exit ?code|abort(?:ed|ing)?|terminat(?:ed|ing)|error)\b/i;

/**
 * Whether `text` goes on after `from` with more than the exception's re-raises ("sagemaker_containers._errors.ClientError:
 * <the same>") and the platform's afterword.
 */
export function goesOnAfter(text: string, from: number): boolean {
  return text
    .slice(from)
    .split('\n', MAX_LINES)
    .some((line) => line.trim() !== '' && !RAISED_LINE.test(line) && !PLATFORM_AFTERWORD.test(line) && !FAILURE_REPORTED.test(line));
}

// A traceback that begins the reason the SDK's exception quotes ("… Failed. Reason: Traceback (most recent call
// last):", or after the job log's prefix "Reason: algo-1-n2lkn | Traceback …", a reason whose first line is a log's
// traceback, round 77): the line's head before it is the SDK's quote, which the unwrapper still has to read.
const REASON_HEAD = /\bReason:/;

// A notebook's traceback of its call into AWS, cut before the exception line it ends in (a post that pasted only its top, the
// hundred-and-thirty-fourth review's "UnexpectedStatusException   Traceback (most recent call last) … ----> 3 estimator.fit(…)"):
// IPython names the class in its header, and when that class is the SDK's or botocore's the cell's call into AWS failed, not
// the training code, for a reason the paste no longer holds. Dropped to its fence's close, or to the end.
const IPYTHON_HEADER_CLASS = /^(\w{1,100})[ \t]{2,}Traceback \(most recent call last\)/;
// Only the classes that say no more than that: NoCredentialsError or ParamValidationError in the header say why (their message
// may follow on an unlabelled line), and a botocore sentence or a job's reason anywhere after the header is the message.
const CLIENT_CLASS = /^(?:UnexpectedStatusException|ClientError|WaiterError)$/;
const MESSAGE_AFTER = /\bAn error occurred \(|\bReason:/;
const FENCE_CLOSE = /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*$/m;

/** Where the notebook's client traceback cut short that starts at `start` ends: its fence's close, or the text's end. */
function cutClientTracebackEnd(text: string, start: number, header: string): number | undefined {
  if (!CLIENT_CLASS.test(IPYTHON_HEADER_CLASS.exec(header.trim())?.[1] ?? '')) return undefined;
  const close = FENCE_CLOSE.exec(text.slice(start));
  const end = close ? start + close.index : text.length;
  return MESSAGE_AFTER.test(text.slice(start, end)) ? undefined : end;
}

/** The text with each client library's traceback reduced to the exception it ends in. */
export function withoutClientTracebacks(text: string): string {
  let result = text;
  let from = result.length;
  for (let n = 0; n < MAX_TRACEBACKS; n += 1) {
    const header = result.lastIndexOf(TRACEBACK_HEADER, from);
    if (header < 0) break;
    const start = result.lastIndexOf('\n', header) + 1;
    const traceback = clientTracebackEnd(result, header);
    const headerEnd = result.indexOf('\n', header);
    const headerLine = result.slice(start, headerEnd < 0 ? result.length : headerEnd);
    const cutShort = traceback === undefined && tracebackEnd(result, header) === undefined ? cutClientTracebackEnd(result, start, headerLine) : undefined;
    if (cutShort !== undefined) result = withoutNotebookHeader(result.slice(0, start)) + result.slice(cutShort);
    else if (traceback !== undefined) {
      const end = traceback.offset;
      const lineEnd = result.indexOf('\n', end);
      const relayed = RELAYED_JOB_FAILURE.test(result.slice(end, lineEnd < 0 ? undefined : lineEnd));
      const frames = result.slice(header, end);
      const jobFrame = relayed ? undefined : (JOB_FRAME.exec(frames)?.[0].trim() ?? sdkArgumentCheckFrame(frames, traceback.innermost, traceback.exceptionLine));
      const head = result.slice(start, header);
      const kept = REASON_HEAD.test(head) ? head : '';
      result = withoutNotebookHeader(result.slice(0, start)) + kept + (jobFrame ? `${jobFrame}\n` : '') + result.slice(end);
    }
    if (start === 0) break;
    from = start - 1;
  }
  return result;
}
