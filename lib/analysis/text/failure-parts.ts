import type { Stage } from '../diagnosis';
import { quotedErrorCode } from './quoted-error-code';
import { normalise, serviceOfError } from './service-of-error';

/**
 * Whose side a FailureReason's class puts the failure on. SageMaker starts every FailureReason with
 * one: `ClientError` (the job's configuration, data or permissions), `AlgorithmError` (the training
 * code or the built-in algorithm), `InternalServerError` (AWS), `CapacityError`, `ResourceLimitExceeded`.
 * A compilation job (Neo) writes the same grammar with `ServerError` for its own side, and its console
 * pages print the customer's class in two words ("Client Error: InputConfiguration: …").
 */
export type FailureSide = 'client' | 'algorithm' | 'aws' | 'capacity' | 'quota';

/** The grammar of a failure text: class, stage phrase, then the underlying error. */
export interface FailureParts {
  side?: FailureSide;
  /** The stage SageMaker's own phrase names ("Data download failed" is input). */
  stage?: Stage;
  /** "Unable to mount file system": the stage is input, but what failed is the network path to it. */
  mount?: boolean;
  /**
   * The AWS error code an SDK quoted: botocore `An error occurred (Code)`, Java `Error Code: Code`,
   * XML `<Code>`, SageMaker's own `(Code: message)` after a stage phrase, or the bare `Code: message`
   * of the Go and JavaScript SDKs when the code belongs to a known family (bare-error-code.ts).
   */
  errorCode?: string;
  /** The operation botocore names: `when calling the GetObject operation`. */
  operation?: string;
  /** The AWS service the SDK says the error came from ("kms", "ecr"): it qualifies the error code. */
  service?: string;
  /** Exception class names in the text, module paths dropped, in order (at most a few dozen). */
  exceptions: string[];
  /** `[Errno 28]`: the OS error behind an OSError/IOError. */
  errno?: number;
  /** The process exit code SageMaker or a launcher reported. */
  exitCode?: number;
  /** Hosts of the URLs the text names, lower-cased (connect timeouts, model hubs). */
  hosts: string[];
  /** `401 Client Error: Unauthorized for url: ...`: the HTTP status of a failed download. */
  httpStatus?: number;
}

// SageMaker's class comes first, followed by a colon: at the start of a line, after a quote or a
// parenthesis (JSON, a status in brackets), or after the SDK's "Reason" and any other label a tool
// puts before the value, which ends in a colon or an equals sign ("additional: …", "Error message:
// ClientError: …", the Java SDK v2's "FailureReason=AlgorithmError: …").
// A Jupyter traceback header "ClientError   Traceback" has no colon. A
// botocore `exceptions.ClientError` is the SDK's class, not SageMaker's: it is followed by
// "An error occurred (Code)", which is read as the underlying error instead.
const CLASS = /(?:^|Reason[ \t]*|[:=][ \t]{0,4}|["'(\n])[ \t]*(ClientError|Client Error|AlgorithmError|Algorithm Error|InternalServerError|ServerError|CapacityError|(?:EC2)?InsufficientCapacityError|ResourceLimitExceeded)[ \t]*:(?![ \t]*An error occurred)/;
const SIDE_OF_CLASS: Readonly<Record<string, FailureSide>> = {
  ClientError: 'client',
  'Client Error': 'client',
  AlgorithmError: 'algorithm',
  'Algorithm Error': 'algorithm',
  InternalServerError: 'aws',
  ServerError: 'aws',
  CapacityError: 'capacity',
  ResourceLimitExceeded: 'quota',
};

// SageMaker's stage phrases, as it writes them after the class ("ClientError: Data download failed:...").
const STAGE_PHRASES: readonly [RegExp, Stage][] = [
  [/\bcheckpoints? (?:upload|download|sync)(?:ing)? failed|failed to (?:upload|sync|download) checkpoints?/i, 'checkpoints'],
  [/\b(?:Data|Input data|Channel data) download failed|\bFailed to download (?:input )?data\b|\bUnable to download (?:object|data|input)/i, 'input'],
  [/\b(?:Artifact|Model artifact|Output data|Output) upload failed|\bFailed to upload (?:model|artifacts?|output)|\bUnable to upload (?:model|artifacts?|output)/i, 'output'],
];
// A file system that could not be mounted, in SageMaker's words, the mount helpers' ("mount.nfs:
// Connection timed out", efs-utils' "Mount attempt 1/3 failed") or an exception (EFSMountFailureException).
// A helper's line may run long and be broken before its verdict ("mount.lustre: mount fs-….fsx.us-east-1.aws@tcp:/fsx
// at /lustre" then "failed: No such file or directory", the FSx guide's page, round 68): one line break may come first.
// The helper's name, how far its line runs and the words its verdict starts with are written once, here, for
// this reading and for the grammar's joining of a broken helper line (`joinBrokenMountHelperLines`).
// A container runtime mounting its own layer store ("failed to mount /var/lib/containerd/tmpmounts/…: input/output
// error", containerd extracting an image's layer, round 137) is the host's disk, not a file system the job mounts; the Secrets
// Store CSI driver's "failed to mount secrets store objects" is a secret fetched, not a file system (round 173).
const MOUNT_HELPER = String.raw`\bmount\.(?:nfs4?|lustre|efs):[^\n]{0,300}`;
const MOUNT_HELPER_VERDICT = '(?:timed out|failed|refused|denied|not known|error)';
const MOUNT_HELPER_BREAK = String.raw`\n[ \t]{0,8}`;
// mount(8) run on a network file system, its type given as -t, that ended with its own status for a failed mount, 32, with
// no words of why ("Ran ["mount", "-t", "nfs4", …, "fs-….efs.us-west-2.amazonaws.com:/", "/shared"] returned 32",
// ParallelCluster's Chef run, round 211): the mount failed, whatever the helper would have said. Not a path naming efs, nor
// a status the line says is retried (the sixty-fifth review).
const NETWORK_MOUNT_EXIT = String.raw`\bmount\b[^\n]{0,300}?(?:-t[ \t]{1,4}|["']-t["'],[ \t]{0,4}["'])(?:nfs4?|lustre|efs)\b[^\n]{0,400}?\b(?:returned|exit(?:ed)? (?:with )?(?:status|code)?:?) ?32\b(?![^\n]{0,60}\bretry)`;
const MOUNT = new RegExp(
  String.raw`\b(?:Unable|Failed|could ?n[o']t|cannot|can't) (?:to )?mount\b(?! \/var\/lib\/(?:containerd|docker|rancher)\/| secrets store objects\b)|\bmount(?:ing)? (?:the )?(?:file ?system|EFS|FSx)\b[^\n]{0,80}?\b(?:failed|timed out|error)|\bmount attempt\b[^\n]{0,40}?\bfailed\b|` +
    String.raw`${MOUNT_HELPER}?(?:${MOUNT_HELPER_BREAK})?\b${MOUNT_HELPER_VERDICT}|\b\w{0,20}Mount(?:Failure|Connectivity|Timeout)\w{0,20}Exception\b|` +
    String.raw`${NETWORK_MOUNT_EXIT}`,
  'i',
);
const BROKEN_MOUNT_HELPER_LINE = new RegExp(`(${MOUNT_HELPER})${MOUNT_HELPER_BREAK}(?=${MOUNT_HELPER_VERDICT}\\b)`, 'gi');

/** A mount helper's line broken before its verdict made one line again, so the verdict is among the mount's own lines. */
export function joinBrokenMountHelperLines(text: string): string {
  return text.replace(BROKEN_MOUNT_HELPER_LINE, '$1 ');
}

// Exception names end in Error/Exception; "foo.bar.BazError" keeps "BazError". The suffix is found
// first and the name read backwards from it: a pattern starting at every capital letter costs more.
const EXCEPTION_SUFFIX = /(?:Error|Exception)\b/g;
const MAX_NAME = 90;
const ERRNO = /\[Errno (-?\d{1,4})\]/;
// A negative code is a process killed by that signal (Python's and torchrun's "exitcode: -9").
// Docker's container status writes the code in parentheses ("Exited (137) 5 minutes ago"), and Docker's
// build a RUN step's exit code as "The command '/bin/sh -c …' returned a non-zero code: 137".
// DeepSpeed's launcher reports its rank's process as "[…] exits with return code = -9" (round 138); Flyte's pod report
// writes the code in brackets too ("terminated with exit code (1)", the fifty-sixth review). A negative "error code" is a signal
// too ("Training exits with error code -9", the hundred-and-thirty-third review); a positive one is any program's own.
const EXIT_CODE =
  /\bexit(?:ed)?(?: with)?(?: exit)?(?: status)?(?: code)?:? ?\(?(\d{1,3})\b|\bExitCode[ \t]{0,4}:?[ \t]{0,4}(-?\d{1,3})\b|\bexit code:? ?['\"]?(-?\d{1,3})\b|\bExited \((-?\d{1,3})\)|\breturned (?:a )?non-zero code:? ?(\d{1,3})\b|\bexit(?:s|ed)? with return code(?: =)? (-?\d{1,3})\b|\bwith error code (-\d{1,3})\b/i;
// URLs, urllib3's `HTTPSConnectionPool(host='huggingface.co', ...)`, and AWS host names written bare
// ("Failed to resolve \"fs-1.efs.us-west-1.amazonaws.com\"").
const URL_HOST = /\bhttps?:\/\/([a-z0-9.-]{1,253})|\bhost='([a-z0-9.-]{1,253})'|\bconnect to \(([a-z0-9.-]{1,253}), ?\d{1,5}\)|(?<![\w./-])((?:[a-z0-9-]{1,63}\.){1,8}amazonaws\.com(?:\.cn)?)\b/gi;
// requests' "401 Client Error", Rust reqwest's "HTTP status client error (429 Too Many Requests)",
// urllib's HTTPError ("HTTP Error 403: Forbidden"), httpx's raise_for_status ("Client error '400 Bad Request' for
// url '…'"), aiohttp's ClientResponseError ("400, message='Bad Request', url=URL('…')"), a status with its reason phrase ("401 Unauthorized", "404 Not Found"),
// and urllib3's retries that ran out on the server's answers ("Max retries exceeded with url: … (Caused by
// ResponseError('too many 429 error responses'))"): the server answered, with that status, every time.
const HTTP_STATUS =
  /\b([45]\d\d) (?:Client|Server) Error\b|\bHTTP status (?:client|server) error \(([45]\d\d)\b|\b([45]\d\d) (?:Unauthorized|Forbidden|Not Found|Too Many Requests|Bad Gateway|Service Unavailable|Gateway Time-?out)\b|\bHTTP Error ([45]\d\d):|\b(?:Client|Server) error '([45]\d\d) |\bClientResponseError: ([45]\d\d), message=|\btoo many ([45]\d\d) error responses\b/i;
const MAX_NAMES = 40;

/** Whether the text names an HTTP error status in one of the forms HTTP_STATUS reads. */
export function namesHttpStatus(text: string): boolean {
  return HTTP_STATUS.test(text);
}

// The training toolkit inside the framework containers reports the code's failures in its own words
// ("sagemaker-training-toolkit ERROR    InstallModuleError:", "framework error:"): the algorithm's side.
// Its bare "Reporting training FAILURE" only announces a failure read elsewhere, and says nothing. The framework containers'
// older toolkit logged the same report as "ERROR - container_support.training - uncaught exception during training: …" (the
// eighty-fifth review: "None values not supported", the script's own TypeError).
const TOOLKIT = /\bsagemaker-(?:containers|training-toolkit) +ERROR +\w{0,60}(?:Error|Exception):|\bframework error:|\bcontainer_support\.training - uncaught exception during training:/;

// The built-in algorithms' toolkit (sagemaker_algorithm_toolkit, in the XGBoost container's algorithm mode)
// raises its own classes for whose side a failure is on: `UserError`, "a failure which can be
// prevented/avoided by the user" (a channel, the data, a hyperparameter), and `PlatformError`, "an
// environmental requirement not being met". The container's wrapper reports either as "framework error:"
// and SageMaker as `AlgorithmError`, though algorithm mode runs no customer code: the class the toolkit
// raised, by its qualified name or its raise line (a FailureReason cut at 1,024 characters keeps the frame
// that raised and loses the message), says the side. Its own `AlgorithmError` stays the algorithm's.
// The Spark processing container (smspark) writes every failure as "Algorithm Error: (caused by X): <message>:
// …"; its `InputError` ("the customer's input caused spark-submit to fail", message "error preparing for spark
// submit") and its failure to parse the job's configuration ("Couldn't parse input.") are the customer's.
const TOOLKIT_DECLARED_SIDE =
  /\bsagemaker_algorithm_toolkit\.exceptions\.(UserError|PlatformError)\b|\braise exc\.(UserError|PlatformError)\(|\bAlgorithm Error: \(caused by \w{1,60}\): (?:error preparing for spark submit|Couldn't parse input\.):/;
// A raise line alone is the toolkit's only where the toolkit is named: torch's compiler raises its own
// `exc.UserError(` too.
const TOOLKIT_MODULE = /\bsagemaker_algorithm_toolkit\b|\bsagemaker_xgboost_container\/algorithm_mode\//;
// Where the customer's own code ran, the toolkit's classes report on that code (the XGBoost container's script
// mode: its serving checks the customer's inference script; a training script's own traceback).
const CUSTOMER_CODE_RAN = /\/opt\/ml\/code\/|\bExecuteUserScriptError\b|\bsagemaker_xgboost_container\/serving\.py\b|\bhandler_service\b/;

/** The line on which the training toolkit reports the code's failure in its own words, when it does. */
export function toolkitReportLine(text: string): string | undefined {
  const report = TOOLKIT.exec(text);
  if (!report) return undefined;
  const start = text.lastIndexOf('\n', report.index) + 1;
  const end = text.indexOf('\n', report.index);
  return text.slice(start, end < 0 ? undefined : end).trim();
}

/** The side the toolkit that raised says the failure is on, if it says. */
export function toolkitDeclaredSide(text: string): FailureSide | undefined {
  if (!text.includes('UserError') && !text.includes('PlatformError') && !text.includes('Algorithm Error: (')) return undefined;
  const declared = TOOLKIT_DECLARED_SIDE.exec(text);
  if (!declared || (declared[2] && !TOOLKIT_MODULE.test(text)) || CUSTOMER_CODE_RAN.test(text)) return undefined;
  return (declared[1] ?? declared[2]) === 'PlatformError' ? 'aws' : 'client';
}

function classOf(text: string): FailureSide | undefined {
  if (!/Error|Exceeded|ERROR|error:/.test(text)) return undefined;
  const declared = toolkitDeclaredSide(text);
  if (declared) return declared;
  const name = CLASS.exec(text)?.[1];
  if (!name) return TOOLKIT.test(text) ? 'algorithm' : undefined;
  if (/InsufficientCapacityError$/.test(name)) return 'capacity';
  return SIDE_OF_CLASS[name];
}

// Pages a message links to for the reader (the SDK's troubleshooting guide, the console's log view, re:Post):
// never a host the job sent a request to.
const LINK_HOST = /(?:^|\.)(?:docs\.aws\.amazon\.com|console\.aws\.amazon\.com|repost\.aws)$/;

/** An AWS service's host name (amazonaws.com, or .cn in China's partition). */
export const AWS_HOST_NAME = /(?:^|\.)amazonaws\.com(?:\.cn)?$/;

/**
 * The hosts a text names that a request went to (URLs, urllib3's pool, bare AWS host names), lower-cased;
 * not the pages it links to for reading.
 */
export function hostsIn(text: string): string[] {
  const lower = text.toLowerCase();
  const hasHost = lower.includes('http') || lower.includes("host='") || lower.includes('amazonaws.com') || lower.includes('connect to (');
  return hasHost ? allMatches(URL_HOST, text, 1).map((h) => h.toLowerCase()).filter((h) => !LINK_HOST.test(h)) : [];
}

function allMatches(pattern: RegExp, text: string, group: number): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const value = m.slice(group).find((g) => g !== undefined);
    if (value) found.push(value);
    if (found.length >= MAX_NAMES) break;
  }
  return found;
}

const isNameChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The exception class names in the text, in order, module paths dropped. */
function exceptionNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(EXCEPTION_SUFFIX)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && end - start < MAX_NAME && isNameChar(text.charCodeAt(start - 1))) start -= 1;
    const first = text.charCodeAt(start);
    if (start < m.index && first >= 65 && first <= 90 && !(start > 0 && isNameChar(text.charCodeAt(start - 1)))) names.push(text.slice(start, end));
    if (names.length >= MAX_NAMES) break;
  }
  return names;
}

function numberOf(...values: (string | undefined)[]): number | undefined {
  const value = values.find((v) => v !== undefined);
  return value === undefined ? undefined : Number(value);
}

/**
 * Reads a failure text's structure; every part is optional, and nothing here decides a cause. Each
 * pattern runs only when a word it needs is in the text: the CLI reads tens of thousands of texts
 * a second, and most texts hold none of these parts.
 */
export function readFailureParts(text: string, lower = text.toLowerCase()): FailureParts {
  const exit = lower.includes('exit') || lower.includes('non-zero code') || lower.includes('error code -') ? EXIT_CODE.exec(text) : null;
  const side = classOf(text);
  const stage = lower.includes('fail') || lower.includes('unable') ? STAGE_PHRASES.find(([pattern]) => pattern.test(text))?.[1] : undefined;
  const { errorCode, operation, framedService } = quotedErrorCode(text, lower, stage !== undefined);
  const errno = text.includes('[Errno') ? numberOf(ERRNO.exec(text)?.[1]) : undefined;
  const exitCode = exit ? numberOf(exit[1], exit[2], exit[3], exit[4], exit[5], exit[6], exit[7]) : undefined;
  const status = /error|unauthorized|forbidden|not found|too many|unavailable|gateway/.test(lower) ? HTTP_STATUS.exec(text) : null;
  const httpStatus = status ? numberOf(status[1], status[2], status[3], status[4], status[5], status[6], status[7]) : undefined;
  // The service a frame names beside its code is the one that answered with that code; any other is read
  // from the text (a glued second error's service never qualifies the first's code).
  const service = framedService ? normalise(framedService) : serviceOfError(text);
  const hasException = text.includes('Error') || text.includes('Exception');
  // torch.distributed names the peer it could not reach as a tuple: "trying to connect to (10.0.1.5, 29500)".
  const hasHost = lower.includes('http') || lower.includes("host='") || lower.includes('amazonaws.com') || lower.includes('connect to (');
  return {
    ...(side ? { side } : {}),
    ...(stage ? { stage } : {}),
    ...(lower.includes('mount') && MOUNT.test(text) ? { mount: true } : {}),
    ...(errorCode ? { errorCode } : {}),
    ...(operation ? { operation } : {}),
    ...(service ? { service } : {}),
    exceptions: hasException ? exceptionNames(text) : [],
    ...(errno !== undefined ? { errno } : {}),
    ...(exitCode !== undefined ? { exitCode } : {}),
    hosts: hasHost ? allMatches(URL_HOST, text, 1).map((h) => h.toLowerCase()) : [],
    ...(httpStatus !== undefined ? { httpStatus } : {}),
  };
}
