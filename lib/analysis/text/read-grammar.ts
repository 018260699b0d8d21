import { awsAlgorithmCrash } from './aws-algorithm-frames';
import { collectiveReportDecides } from './collective-report';
import { dataFormatLine } from './data-format-line';
import { readCustomerSideReport } from './customer-side-reports';
import { joinBrokenMountHelperLines, readFailureParts, toolkitReportLine, type FailureParts } from './failure-parts';
import { findIf, type GrammarVerdict } from './grammar-verdict';
import { isBareNativeCheck, readInputValuesReport } from './library-reports';
import { linesNaming } from './line-window';
import { isCollectiveAbort, onlyStoppedFromOutside } from './process-signal';
import { readErrorDetail } from './read-error-detail';
import { LAYER_WRITE } from './read-image-detail';
import { shellScriptLine } from './shell-script-line';
import { lackedSettingVerdict } from './toolkit-lacked-setting';

export type { GrammarVerdict } from './grammar-verdict';

// SageMaker's VPC-mode configuration: DHCP option sets, subnets, security groups, network interfaces.
const NETWORK_CONFIG = /\bDHCP options?\b|\bdopt-[0-9a-f]{4,}|\bsubnet-[0-9a-f]{4,}|\bsubnets?\b|\bsecurity groups?\b|\bsg-[0-9a-f]{4,}|\bnetwork interfaces?\b|\bENIs?\b|\bVpcConfig\b/i;
// Under SageMaker's ClientError, the instruction to run on another kind of instance ("ClientError: Please use a GPU
// instance for training", a built-in algorithm's check of the job's ResourceConfig): the request's instance type. Not
// "a larger instance", the remedy for memory a text names as what ran out (the thirty-fourth review).
const INSTANCE_CHOICE = /\bPlease (?:use|choose|select|specify) (?:a |an )?(?:GPU|CPU|different|supported)\b[^\n]{0,40}?\binstance\b/i;
// What a format line is about when it is not the input, besides a configuration (data-format-line.ts): the output the
// job asked for in a format the algorithm does not produce ("Failed to parse output from the algorithm as CSV": the requested
// Accept type). Words, not paths: "/opt/ml/output/data" or "output_path" name a place, not what failed.
// The Accept a caller asked for ("Requested unsupported ContentType in Accept: application/jsonlines") is the
// output's format too.
const OUTPUT_SUBJECT = /(?<![/\w.-])output(?![/\w.-])/i;
const ACCEPT_SUBJECT = /(?<![\w-])Accept(?![\w-])/;
// A mount the server refused is a permission (the file system's policy, IAM authorization), not the network.
const MOUNT_DENIED = /\b(?:access|permission) denied\b|\bnot (?:authorized|permitted)\b/i;
// A mount whose directory is not on the file system (SageMaker's "Unable to mount file system: fs-…,
// directory path: /efs/x. No such file or directory: /efs/x.", the NFS server's "reason given by server:
// No such file or directory").
const MOUNT_PATH_ABSENT = /\bNo such file or directory\b|\bdoes not exist\b/i;
// The last line of a Python traceback: a module-qualified exception ("tensorflow...InvalidArgumentError: ..."), after the
// rank tag PyTorch puts before each line of a rank's error ("[rank3]: ") and srun's task label (" 0: ", round 178), or the
// JVM's report of a thread's uncaught throwable ("Exception in thread \"main\" org.apache.spark.SparkException: …", round 191).
const QUALIFIED_EXCEPTION = /(?:^|\n)[ \t]*(?:\d{1,5}:[ \t]{1,4})?(?:\[rank\d{1,6}\]:[ \t]{0,4})?(?:Exception in thread "[^"\n]{1,80}" )?(?:[a-z_][a-z0-9_]{0,40}\.){1,8}[A-Z][A-Za-z0-9]{0,60}(?:Error|Exception):/;
// A class whose name does not end in Error or Exception is one all the same when its module is a package's errors or
// exceptions module ("gunicorn.errors.HaltServer: <HaltServer 'Worker failed to boot.' 3>", an MLflow endpoint's model
// server, round 113; "jinja2.exceptions.TemplateNotFound"). Not when its message is a server's answer (werkzeug's
// "BadRequest: 400 Bad Request: …") or names a host (the hub's "OfflineModeIsEnabled: Cannot reach https://…"): that
// class names what a request met, not the code's own failure (the fiftieth review).
const ERRORS_MODULE_CLASS = /(?:^|\n)[ \t]*(?:[a-z_][a-z0-9_]{0,40}\.){1,7}(?:errors|exceptions)\.[A-Z][A-Za-z0-9]{0,60}:([^\n]{0,300})/;
const ANSWER_OR_HOST = /^[ \t]*[45]\d\d\b|\bhttps?:\/\/|\bhost=/;
/** The exception the code raised, as its line names it: module-qualified, raised in a frame the text shows, or of an errors module. */
function raisedException(parts: FailureParts, text: string, lower: string): string | undefined {
  const named = parts.exceptions.length > 0 ? (QUALIFIED_EXCEPTION.exec(text)?.[0] ?? raisedInFrame(text, parts.exceptions)) : undefined;
  return named ?? (lower.includes('errors.') || lower.includes('exceptions.') ? errorsModuleClass(text) : undefined);
}
/** A class of an errors or exceptions module whose message is no server's answer and names no host: the excerpt, or undefined. */
function errorsModuleClass(text: string): string | undefined {
  const found = ERRORS_MODULE_CLASS.exec(text);
  return found && !ANSWER_OR_HOST.test(found[1] ?? '') ? found[0].slice(0, found[0].length - (found[1]?.length ?? 0)) : undefined;
}
// An exception a frame the text shows raised ("---> 69 raise AnalysisException(s.split(': ', 1)[1], stackTrace)" above
// "AnalysisException: 'path s3a://… already exists.;'", a notebook's PySpark, round 90): Python raised it, so its
// unqualified name is the code's as a module-qualified one is, whatever an AWS exception's name would look like.
function raisedInFrame(text: string, names: readonly string[]): string | undefined {
  return names.find((name) => /^\w{1,100}$/.test(name) && text.includes(`raise ${name}(`) && new RegExp(`(?:^|\\n)[ \\t]*${name}:`).test(text));
}
// A call of the code's that raised, in a wrapper's words ("XGB train call failed with exception: …"): the
// exception is the code's, like a traceback's last line.
const CALL_RAISED = /\b(?:call|train(?:ing)?|fit|function|method)\b[^\n]{0,20}?\bfailed with (?:an? )?exception:/i;
// The built-in algorithms name a hyperparameter a parameter when they refuse its value ("ClientError: Invalid parameter value
// 'label_width'. Please ensure that the value of parameter 'label_width' is greater than …", Object Detection, the hundred-and-first
// review): the job's configuration, like "hyperparameter".
const HYPERPARAMETER = /\bhyper-?parameters?\b|\binvalid (?:parameter value|value (?:for|of) (?:the )?parameter)\b/i;
// The line SageMaker's ClientError class is on, up to its end.
// (When nothing follows its colon, the detail is on the next line.)
const CLIENT_CLASS_LINE = /\bClient ?Error\b(?::[ \t]{0,8}\r?\n)?[^\n]{0,4000}/i;
// Under SageMaker's ClientError, the detail's subject a field of the request that is a configuration
// ("ClientError: InputConfiguration: Framework cannot load PyTorch model …", "Client Error:
// InputConfiguration: Check 1. Input names and shapes matches with trained model"): the service names the
// part of the request it could not use, so the request's value is what to change, as a hyperparameter
// named under the class is. Weak (40): a reading of what is wrong (the model file a data, a bucket's
// region) says more.
const REQUEST_CONFIG_FIELD = /\bClient ?Error:[ \t]{0,4}[A-Z][A-Za-z]{1,40}Config(?:uration)?:/;
// Under SageMaker's ClientError, the input's size outside what the service accepts: a count of its
// samples, records, rows or examples said to be out of bounds, too few or too many ("Number of samples
// 5 out of bounds between 32 and inf", "The number of records 10 is less than the minimum 100"). The
// dataset the job was given is what to change (`data`), not a parameter of the request.
// Images count as the dataset's items too, and "bigger or equal to" as a bound (Image Classification's "The number of
// input images must be bigger or equal to the mini_batch_size.", round 83). Not a count per GPU, batch or instance:
// that is a setting (the fortieth review).
const DATASET_SIZE =
  /\b(?:number|count) of (?:training |input |valid |validation )?(?:samples|records|rows|examples|data ?points|sequences|images)\b(?![ \t]{1,3}per\b)[^\n]{0,80}?(?:\bout of (?:bounds|range)\b|\b(?:less|fewer|more|greater|lower|higher|bigger|larger|smaller) than\b|\b(?:bigger|larger|greater|smaller|less) or equal\b|\bbelow\b|\babove\b|\bexceeds?\b|\bat (?:least|most)\b|\bminimum\b|\bmaximum\b)|\btoo (?:few|many) (?:training |input )?(?:samples|records|rows|examples|data ?points|sequences|images)\b/i;
const DATASET_SIZE_WORDS = ['samples', 'records', 'rows', 'examples', 'data point', 'datapoint', 'sequences', 'images'];
// A tabular reader's own report that the input does not split into what it expected, its class name
// dropped (pandas' "Error tokenizing data. C error: …", "Expected 5 fields in line 12, saw 7", "No
// columns to parse from file"; a CSV reader's "expected 4 columns but found 6"): the file's shape is
// what failed, whoever called the reader, so the input (`data`), as ParserError is by name.
// numpy's genfromtxt reports each row so ("Line #3 (got 5 columns instead of 7)", the inference toolkit's CSV decoder, the
// eighty-third review), and polars' CSV reader a value it could not read as its column's type ("could not parse `N/A` as dtype
// `i64` at column 'age'", the ninety-sixth). Python's csv module says it of a file with a NUL byte, a bare newline inside a field or
// a field over its limit ("_csv.Error: line contains NUL", the hundred-and-forty-third review), TensorFlow's parse of a record
// that is not a tf.train.Example ("Invalid argument: Could not parse example input, value: '…'", the hundred-and-forty-eighth).
const PARSER_REPORT =
  /\bLine #\d{1,9} \(got \d{1,9} columns instead of \d{1,9}\)|\b(?:error|unable to|failed to|could not|cannot) tokeni[sz](?:e|ing) (?:the )?(?:data|input|line|file|row|record)s?\b|\bexpected\s\d{1,9}\s(?:fields|columns)\b[^\n]{0,40}?\b(?:saw|got|found)\s\d{1,9}\b|\bno columns to parse from (?:the )?file\b|\bcould not parse `[^`\n]{0,100}` as dtype `[\w\[\]]{1,30}` at column\b|\b_?csv\.Error: (?:line contains NUL|new-line character seen in unquoted field|field larger than field limit)\b|\bCould not parse example input, value: /i;
const PARSER_WORDS = ['tokeniz', 'tokenis', 'fields', 'columns', 'at column', 'csv.error', 'parse example input'];
// The job's input said to hold nothing, subject then predicate: the input named as the job's
// ("Job inputs had no data", "the input dataset was empty", "Input channel contains no records"),
// then "had/has/contained no <data|records|rows|files|objects>" or "is/was empty". Whoever reports
// it (Model Monitor's analyzer, a container, the service), what to change is the input (`data`).
const EMPTY_INPUT =
  /\b(?:job |the |training |processing |monitoring )?inputs?(?: (?:data(?:set)?|channels?|files?|location|prefix))?\b (?:had|has|have|contained|contains|contain|returned|held|holds) no (?:data|records|rows|files|objects|samples|examples)\b|\b(?:job |the |training |processing |monitoring )?inputs?(?: (?:data(?:set)?|channels?|files?|location|prefix))?\b (?:is|was|are|were) empty\b/i;
const EMPTY_INPUT_WORDS = [' no data', ' no records', ' no rows', ' no files', ' no objects', ' no samples', ' no examples', ' empty'];

// SageMaker Runtime's ModelError only says the model container answered the invocation with an error;
// what the container said follows in its message ("Received client error (400) from <model> with
// message \"unable to evaluate payload provided\""). The code is a wrapper, not the service's finding:
// the message is read as the detail, as it would be without the code.
const CONTAINER_ANSWER_CODE = /^ModelError(?:Exception)?$/;

/** An AWS error code that is the service's own finding (a wrapper of the container's answer is not). */
function hasServiceCode(parts: FailureParts): boolean {
  return parts.errorCode !== undefined && !CONTAINER_ANSWER_CODE.test(parts.errorCode);
}
// A client library reporting a remote API's answer ("API request to endpoint … failed with error
// code 404", "status code: 403") carries the server's refusal, not a crash of the code that called it.
// An API client's own exception with the status it got ("openai.InternalServerError: Error code: 500 - {…}")
// is the same answer.
const REMOTE_STATUS = /\b(?:failed|returned|responded) with (?:error |status |http )?(?:code|status) [45]\d\d\b|\bstatus code:? [45]\d\d\b|\bError code: [45]\d\d\b/i;


/**
 * Whether the text reports what a remote API answered rather than a crash of the code: an AWS error
 * the SDK raised (an error code no family knows), or any client's report of an HTTP error status;
 * likewise a collective library's report of its own failure. Those stay unknown rather than user-code.
 */
function isRemoteAnswer(parts: FailureParts, text: string, lower: string): boolean {
  if (parts.errorCode || parts.httpStatus !== undefined || /\b(?:botocore|boto3|s3transfer)\./.test(text)) return true;
  // A client that stopped waiting, as botocore's WaiterError does: sagemaker-core's "TimeoutExceededError: Timeout exceeded
  // while waiting for Endpoint. Final Resource State: Creating." (the eighty-third review) says nothing failed yet.
  if (lower.includes('timeout exceeded while waiting')) return true;
  // The collective's own report, or its abort of several ranks (collective-report.ts, process-signal.ts).
  if (isCollectiveAbort(text, lower)) return true;
  return (lower.includes('code') || lower.includes('status')) && REMOTE_STATUS.test(text);
}

/**
 * A crash of the code the job ran: the training code's, unless every frame of its traceback is AWS's built-in
 * algorithm (aws-algorithm-frames.ts), whose crash is the input or hyperparameters it was given. Same strength
 * either way: whose code it was changes what to do, not how sure the reading is.
 */
function codeCrash(rule: string, strength: number, excerpt: string, text: string): GrammarVerdict {
  const aws = awsAlgorithmCrash(text);
  return aws ? { rule: 'aws-algorithm-crash', cause: 'data', strength, excerpt: aws } : { rule, cause: 'user-code', strength, excerpt };
}

/** The class and stage alone, when the detail named nothing more specific. */
function readSideAndStage(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  // SageMaker mounts the job's file systems before the code runs: a mount the code itself attempts
  // (under an AlgorithmError) is the code's business.
  if (parts.mount && parts.side !== 'algorithm') {
    // What the mount's own lines say: a log's other lines carry other requests' refusals and missing files.
    const mountLines = linesNaming(joinBrokenMountHelperLines(text), 'mount');
    const denied = MOUNT_DENIED.exec(mountLines)?.[0];
    if (denied) return { rule: 'mount-denied', cause: 'other-permission', strength: 72, excerpt: denied };
    // The file system answered and the directory the channel names is not on it: the input's location, as
    // "No S3 objects found under S3 URL" is, not the network (FileSystemDataSource's DirectoryPath).
    // A mount target said missing is the subnet's, not the directory's: the network, read below.
    const absent = MOUNT_PATH_ABSENT.exec(mountLines.replace(/^[^\n]*\bmount target\b[^\n]*$/gim, ''))?.[0];
    if (absent) return { rule: 'mount-path-absent', cause: 'data', stage: 'input', strength: 72, excerpt: absent };
    return { rule: 'mount-failed', cause: 'vpc', stage: 'network', strength: 72, excerpt: 'mount' };
  }
  // The service's own class (`InternalServerError`, Neo's `ServerError`) with no detail that names
  // something else is AWS's side, as an unexplained AlgorithmError is the code's.
  if (parts.side === 'aws') return { rule: 'aws-side', cause: 'internal', strength: 30, excerpt: 'ServerError' };
  if (parts.side !== 'client' && parts.side !== 'algorithm' && parts.side !== undefined) return undefined;
  // An image layer's tar the puller could not write ("failed to register layer: … invalid tar header") is no input data.
  const format = hasServiceCode(parts) || (lower.includes('layer') && LAYER_WRITE.test(text)) ? undefined : dataFormatLine(text, lower, parts.side === 'client');
  const accept = format !== undefined && ACCEPT_SUBJECT.test(format);
  if (format && (OUTPUT_SUBJECT.test(format) || accept) && parts.side !== 'algorithm') return { rule: 'output-format', cause: 'validation', strength: 56, excerpt: format.trim().slice(0, 200) };
  // The Accept asked for is never the input's format, whoever reports it.
  if (format && !accept) return { rule: 'data-format', cause: 'data', stage: 'input', strength: 56, excerpt: format.trim().slice(0, 200) };
  const size = parts.side === 'client' && !parts.errorCode ? findIf(lower, DATASET_SIZE_WORDS, DATASET_SIZE, text) : undefined;
  if (size) return { rule: 'dataset-size', cause: 'data', stage: 'input', strength: 56, excerpt: size };
  const parser = hasServiceCode(parts) ? undefined : findIf(lower, PARSER_WORDS, PARSER_REPORT, text);
  if (parser) return { rule: 'parser-report', cause: 'data', stage: 'input', strength: 56, excerpt: parser };
  const empty = parts.side === 'algorithm' || !lower.includes('input') ? undefined : findIf(lower, EMPTY_INPUT_WORDS, EMPTY_INPUT, text);
  if (empty) return { rule: 'empty-input', cause: 'data', stage: 'input', strength: 50, excerpt: empty };
  // A library's report that the labels, the values or the archive it was given are not what it needs.
  const values = hasServiceCode(parts) ? undefined : readInputValuesReport(text, lower);
  if (values) return values;
  if (parts.side === undefined) {
    // The toolkit's own traceback that lacked a setting says so without the class too (read below for it).
    const lacked = lackedSettingVerdict(text);
    if (lacked) return lacked;
    // Without SageMaker's class, a module-qualified Python exception is still the code's own failure.
    // A native library's bare internal check is its own invariant, not the calling code's crash.
    const remote = isRemoteAnswer(parts, text, lower) || isBareNativeCheck(text, lower);
    // AWS's built-in algorithm's traceback is its crash whatever its last line names (an unqualified ValueError too);
    // past this, the exception raised is the code's own.
    const aws = remote || onlyStoppedFromOutside(text) ? undefined : awsAlgorithmCrash(text);
    if (aws) return { rule: 'aws-algorithm-crash', cause: 'data', strength: 28, excerpt: aws };
    const raised = remote ? undefined : (raisedException(parts, text, lower) ?? findIf(lower, ['failed with exception', 'failed with an exception'], CALL_RAISED, text));
    if (raised && !onlyStoppedFromOutside(text)) return { rule: 'qualified-exception', cause: 'user-code', strength: 28, excerpt: raised.trim() };
    const shell = remote ? undefined : shellScriptLine(text, lower);
    return shell ? { rule: 'shell-script-line', cause: 'user-code', strength: 28, excerpt: shell } : undefined;
  }
  // An AlgorithmError no detail explained is still the training code's (or the built-in algorithm's). A
  // collective's report of its own failure with no exception of the code's beside it is a detail that says
  // no side (a rank, the network, the driver): as without the class, it stays unread.
  if (parts.side === 'algorithm') {
    const lacked = lackedSettingVerdict(text);
    if (lacked) return lacked;
    if (collectiveReportDecides(text, lower)) return undefined;
    // Quoted as the text says it: SageMaker's class, or the toolkit's report where the class is not in the text.
    const said = text.includes('AlgorithmError') ? undefined : toolkitReportLine(text);
    return codeCrash('algorithm-side', 30, said?.slice(0, 200) ?? 'AlgorithmError', text);
  }
  if (parts.errorCode || lower.includes('failed to invoke')) return undefined;
  // Under the customer's class too, the toolkit's or Clarify's own traceback ending in a setting never given.
  const clientLacked = lackedSettingVerdict(text);
  if (clientLacked) return clientLacked;
  // Only the class's own line says what the service refused: a pasted log after it prints the job's
  // hyperparameters and network settings at every start (the toolkit's "Training Env:" dump).
  const classLine = CLIENT_CLASS_LINE.exec(text)?.[0] ?? text;
  const network = NETWORK_CONFIG.exec(classLine)?.[0];
  if (network) return { rule: 'vpc-config', cause: 'vpc', stage: 'network', strength: 70, excerpt: network };
  const instanceChoice = INSTANCE_CHOICE.exec(classLine)?.[0];
  if (instanceChoice) return { rule: 'client-instance-choice', cause: 'validation', strength: 52, excerpt: instanceChoice };
  if (HYPERPARAMETER.test(classLine)) return { rule: 'client-hyperparameter', cause: 'validation', strength: 52, excerpt: 'hyperparameter' };
  const report = readCustomerSideReport(classLine, classLine.toLowerCase());
  if (report) return report;
  const field = REQUEST_CONFIG_FIELD.exec(text)?.[0];
  if (field) return { rule: 'client-config-field', cause: 'validation', strength: 40, excerpt: field };
  // A ClientError no detail explains is on the job's side (configuration, input, permissions), but
  // which of them the words do not say: guessing one was wrong more often than right on held-out
  // texts, so the side is kept (the summary says it) and the cause stays unknown.
  return { rule: 'client-side', cause: 'unknown', strength: 5, ...(parts.stage ? { stage: parts.stage } : {}), excerpt: 'ClientError' };
}

/**
 * Reads a failure text by its grammar — class (whose side), stage phrase, underlying error — and
 * returns what each level says. The specific detail outranks the class, which only catches what no
 * detail explained: an unseen AlgorithmError is still the training code, an unseen mount failure
 * still the network, an unseen ClientError outside SageMaker's stages the input the algorithm got.
 * `parts` are the text's parts when the caller has read them already.
 */
export function readGrammar(text: string, lower = text.toLowerCase(), parts: FailureParts = readFailureParts(text, lower)): GrammarVerdict[] {
  const verdicts: GrammarVerdict[] = [];
  const detail = readErrorDetail(parts, text, lower);
  if (detail) verdicts.push(parts.stage && !detail.stage ? { ...detail, stage: parts.stage } : detail);
  const side = readSideAndStage(parts, text, lower);
  if (side) verdicts.push(side);
  return verdicts;
}
