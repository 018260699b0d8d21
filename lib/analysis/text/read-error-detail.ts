import { connectVerdict, pullConnectVerdict } from './connect-detail';
import { containerAnswerOf, containerServerErrorVerdict, modelServerBodyOf, modelServerBodyVerdict, readAwsCallInAnswer, readContainerStart } from './container-reports';
import { readContainerRefusal } from './container-refusals';
import { causeOfServiceCode, CODE_OVER_WORDS, familyOfCode, THROTTLED } from './error-families';
import { type FailureParts } from './failure-parts';
import { invalidTokenVerdict, tokenExpiredVerdict } from './credential-detail';
import { readProgramFailure } from './program-detail';
import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt, linesAround } from './line-window';
import { diskFullExcerpt, diskVerdict, readDiskFilledInWords } from './disk-full';
import { readNetworkSentence } from './network-sentences';
import { readNoWayOut } from './no-way-out';
import { readServiceErrorType } from './service-error-types';
import { readAwsSideFault } from './aws-side-reports';
import { readBuildReport } from './library-reports';
import { readLimitReport } from './limit-reports';
import { payloadVerdict } from './payload-size';
import { processSignal, signalVerdict } from './process-signal';
import { readImageDetail, readRegistryServerError } from './read-image-detail';
import { readRetiredProduct } from './retired-product';
import { runtimeStatusVerdict } from './runtime-status';
import { wentOnPastAt } from './quiet-lines';
import { readMissingValue, readValidationReport } from './validation-reports';
import { modelFilesMissing } from './model-files-missing';
import { messageOverrulesFamily } from './offered-denial';

// A KMS key named with its state (KMS's NotFound/Disabled/KMSInvalidState messages, whatever SDK
// wrapped them): "Key 'arn:aws:kms:…:key/…' does not exist", "arn:aws:kms:…:key/… is disabled.".
// A tool may name the key in words, its ARN masked ("KMS Key arn:aws:kms:us-east-1:******* non
// existent, in the wrong region, or not enabled"): the subject "KMS key" then carries it.
// KMS's "Invalid keyId" (its NotFoundException's message), a key "could not be found" or "is not accessible" to the service
// that would use it, EBS's "encrypted with an inaccessible AWS KMS key", the Encryption SDK's "Unable to decrypt any data
// key" (round 141): the key, whatever validation code carries it. So is a KMS key "not in a valid state (Disabled)".
const KMS_KEY_STATE =
  /\bInvalid keyId\b|\bKMS Key(?: Id)?\b[^\n]{0,40}?\b(?:could not be found|is not accessible)\b|\binaccessible (?:AWS )?KMS key\b|\bUnable to decrypt any data keys?\b|\barn:aws[a-z-]{0,12}:kms:[^\s'"]{0,80}:(?:key|alias)\/[\w/-]{1,100}['"]?[ \t]{0,3}(?:does not exist|is disabled|is pending (?:deletion|import)|is not found|is unavailable)|\bKMS key\b[^\n]{0,120}?\b(?:does not exist|non[- ]?existent|not enabled|is disabled|is pending (?:deletion|import)|is not found|is unavailable|is not in a valid state)\b/i;
// A key's state named as not usable ("request was rejected because the key state is PendingDeletion", KMSInvalidStateException's
// message) and that exception's own description ("the state of the specified resource is not valid for this request"): the key's,
// only where its line names KMS (a keyboard's "key state: Disabled" and EC2's IncorrectState in the same words are not).
const KEY_STATE_SAID = /\bkey ?state(?: is|:|=)[ \t]{0,3}['"]?(?:Disabled|PendingDeletion|PendingImport|PendingReplicaDeletion|Unavailable)\b|\bstate of the specified resource is not valid for this request\b/i;
const NAMES_KMS = /\bKMS|:kms:/i;
// A library that reads the job's input in one input mode refusing the mode the job was given
// ("PipeModeDatasetException: PipeModeDataset must be used with SageMaker Pipe Mode, not File Mode",
// "FastFile mode is not supported by this reader", XGBoost's "Pipe mode for CSV is no longer supported"):
// the channel's input mode (TrainingInputMode) is the configuration to change, whoever raised it.
const INPUT_MODE_MISMATCH =
  /\b(?:must (?:only )?be used (?:with|in)|(?:can )?only be used (?:with|in)|requires?|is only supported (?:with|in)|is not supported (?:with|in))\b[^\n]{0,40}?\b(?:Pipe|File|FastFile) (?:input )?mode\b|\b(?:Pipe|File|FastFile) (?:input )?mode (?:is )?(?:not supported|required|must be (?:used|enabled))\b|\b(?:Pipe|FastFile) (?:input )?mode for [\w -]{1,30}? is (?:no longer|not) supported\b/i;
// A model server's launcher reporting that its weights-download step failed: Text Generation
// Inference's launcher ends with "Error: DownloadError" (its error's name on a line of its own) or logs
// "text_generation_launcher: Download encountered an error". The step fetches the model (from the hub,
// or finds it in the model directory): what it was given to fetch is what failed, not the serving code. Text Embeddings
// Inference's launcher names the same step in its words: "Error: Could not download model artifacts" (round 89; the
// unwrapper takes its label off, as a page's).
const MODEL_SERVER_DOWNLOAD_STEP = /^Error: DownloadError[ \t]*$|^(?:Error: )?Could not download model artifacts\b|\btext_generation_launcher: Download encountered an error\b/m;
const MODEL_SERVER_DOWNLOAD_WORDS = ['error: downloaderror', 'download encountered an error', 'could not download model artifacts'];

// The scripts a customer gives SageMaker to set up its instances (HyperPod's lifecycle scripts, Studio's
// lifecycle configurations, on-create and on-start scripts, Studio's "start-up script") said to have failed
// ("… script failure" too) or not to have run successfully: the customer's own code, like a training
// script that exited non-zero.
// A script given a time to finish that did not finish in it ("Notebook Instance Lifecycle Config 'arn:…'
// for Notebook Instance 'arn:…' took longer than 5 minutes") failed the same way: the script is slow or
// waits on something it cannot reach, and the customer changes it. The subject may be followed by the
// ARNs of the configuration and the instance, so the gap is wider than a phrase's.
const SETUP_SCRIPT_FAILED =
  /\b(?:lifecycle[ -]?(?:scripts?|config(?:uration)?s?)|on-?(?:create|start) scripts?|start-?up scripts?)\b[^\n]{0,240}?\b(?:did not (?:run|complete|succeed|finish)|(?:execution )?fail(?:ed|ure)|exited with|non[- ]zero exit|took longer than|timed out|did not finish)\b/i;

// A compiler's report that the model it was given does not compile (SageMaker Neo's "ClientError:
// CompilationError: Unable to compile model for ml_inf1: … Please implement aten::alias", a compile
// step's "failed to compile the model"): the model is the customer's code, like a script that does not
// run. Weak (38): a reading that names a configuration (InputConfig) or the archive's format outranks it.
// The compiler's names for it as Neo's removed error catalogue printed them: the class in two words as a
// label ("Compilation Error: …"; not a compile error in prose), and the operator its frontend lacks (TVM's
// OpNotImplemented: "Compilation Error: OperatorNotImplemented: The following operators are not implemented:
// {'RNN'}", Panorama's "ClientError: OperatorNotImplemented:('Operator Model is not supported for frontend
// Keras.", round 93): the model's graph uses what the compiler cannot build.
const MODEL_COMPILE_FAILED = /\b[A-Z]?\w{0,30}Compil(?:ation|e)Error\b|\bCompil(?:ation|e) Error:|\b(?:unable|failed) to compile (?:the |a |your )?model\b|\bOp(?:erator)?NotImplemented\b/i;
const COMPILE_WORDS = ['compilationerror', 'compileerror', 'compilation error', 'compile error', 'to compile', 'opnotimplemented', 'operatornotimplemented'];

// Frameworks reuse the words: TensorFlow's InvalidArgumentError and InternalError are the training
// code's, not an AWS API's. Only AWS-style names (…Exception, botocore's ParamValidationError and
// NoRegionError) count there.
const AWS_STYLE_ONLY = new Set(['validation', 'internal']);
function isAwsException(name: string, family: string): boolean {
  return !AWS_STYLE_ONLY.has(family) || name.endsWith('Exception') || name === 'ParamValidationError' || name === 'NoRegionError';
}

/** An error code read with the service the SDK says returned it (a KMS NotFound is the key's). */
function serviceCodeVerdict(parts: FailureParts): GrammarVerdict | undefined {
  const { service } = parts;
  if (!service) return undefined;
  for (const code of [parts.errorCode, ...parts.exceptions]) {
    const cause = code ? causeOfServiceCode(service, code) : undefined;
    if (code && cause) return { rule: `service-code-${service}`, cause, strength: 75, excerpt: code };
  }
  return undefined;
}

/**
 * What an exit code says on its own: 126/127 the container's command could not be run (not
 * executable, not found: a CRLF shebang is the classic). Past 128, or negative as Python and
 * torchrun report it, the code is the signal that killed the process: SIGKILL (137, -9) is the OOM
 * killer's, SIGSEGV (139, -11) a crash of the code, SIGILL and SIGFPE the code's, weakly.
 */
function exitCodeVerdict(exitCode: number | undefined): GrammarVerdict | undefined {
  if (exitCode === undefined) return undefined;
  if (exitCode === 126 || exitCode === 127) return { rule: `exit-code-${exitCode}`, cause: 'user-code', strength: 60, excerpt: `exit code ${exitCode}` };
  const signal = exitCode < 0 ? -exitCode : exitCode > 128 && exitCode < 160 ? exitCode - 128 : undefined;
  if (signal === 9) return { rule: 'killed-by-sigkill', cause: 'out-of-memory', strength: 60, excerpt: `exit code ${exitCode}` };
  if (signal === 11) return { rule: exitCode === 139 ? 'exit-code-139' : 'killed-by-sigsegv', cause: 'user-code', strength: 60, excerpt: `exit code ${exitCode}` };
  // SIGILL (132, an instruction the CPU lacks: a binary built for another) and SIGFPE (136) are the code's too, weakly (the
  // hundred-and-thirty-fifth review's "Training failed error, exit code '132'"). Not SIGABRT (134, -6): a rank aborts when a
  // collective timed out or another rank failed, held `unknown` as the watchdog's timeout is.
  if (signal === 4 || signal === 8) return { rule: `killed-by-signal-${signal}`, cause: 'user-code', strength: 32, excerpt: `exit code ${exitCode}` };
  return undefined;
}

/**
 * The underlying error, the third level of a failure text: the stage sentences SageMaker writes when
 * the network is at fault, an AWS error code by its family, then the exceptions, OS errors and exit
 * codes behind it; last, a writer's own account that the job had no internet access (no-way-out.ts). Undefined when the
 * detail names nothing this layer knows.
 */
export function readErrorDetail(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  const network = readNetworkSentence(text, lower);
  if (network) return network;
  const tokenExpired = tokenExpiredVerdict(text, lower);
  // A registry's refusal ("pull access denied … denied: Your authorization token has expired") is
  // the image stage failing; the expired token is why.
  const registryFailed = readRegistryServerError(text, lower);
  if (registryFailed) return registryFailed;
  const image = readImageDetail(text, lower);
  if (image) {
    const disk = diskFullExcerpt(parts, text, lower);
    // A pull whose connection failed is the network's (connect-detail.ts); one whose credentials could not be had is
    // theirs ("failed to refresh cached credentials, no EC2 IMDS role found" before the registry's 401, round 137); one
    // whose layers filled the disk is the disk's.
    return tokenExpired ?? invalidTokenVerdict(text, lower) ?? pullConnectVerdict(parts, text, lower) ?? (disk ? diskVerdict(disk, text) : undefined) ?? image;
  }
  const kmsKey = findIf(lower, [':kms:', 'kms key', 'invalid keyid', 'decrypt any data key'], KMS_KEY_STATE, text) ?? (lower.includes('kms') ? findIfWhere(lower, ['key state', 'keystate', 'state of the specified resource'], KEY_STATE_SAID, text, (at) => NAMES_KMS.test(lineAt(text, at, 0))) : undefined);
  if (kmsKey) return { rule: 'kms-key-state', cause: 'kms', strength: 75, excerpt: kmsKey.slice(0, 200) };
  // A product AWS retires is refused with a validation code; the code is not the request's fault. Only
  // on the refusal's own line: a retirement banner elsewhere in a paste says nothing of what failed.
  const retired = parts.errorCode ? readRetiredProduct(text, lower, parts.errorCode) : undefined;
  if (retired) return retired;
  const service = serviceCodeVerdict(parts);
  if (service) return service;
  const code = parts.errorCode ? familyOfCode(parts.errorCode, { quoted: true }) : undefined;
  // The code is the service's own word for what happened: it breaks a tie with a phrase of the same
  // weight, which may be a tool's guess ("VcpuLimitExceeded … This probably means there was no more
  // capacity") rather than what AWS said.
  if (code) {
    // A generic validation code says only that the request was refused; a body over its size limit on a
    // call that carries a record (InvokeEndpoint's "ValidationError … has oversize body") says why, and
    // that body is the input's, as HTTP 413's is. A control plane's own body stays the request's.
    const sized = code.cause === 'validation' ? payloadVerdict(parts, text, lower) : undefined;
    if (sized?.cause === 'data') return sized;
    // A refusal whose own message offers a denial as the other cause ("The specified Workteam '…' does not exist or you do
    // not have access to it", round 86) does not say which, and a denial's code whose message says the API is not in the
    // region (round 95) refused nothing: the code is not read (offered-denial.ts).
    // A limit code whose message is a rate ("LimitExceededException: Rate exceeded", CloudWatch Logs' live tail, round 141)
    // names the API's rate limit: throttling, as its words say; so does a validation code's ("ClientException … Too many
    // concurrent attempts to create a new revision of the specified family", ECS's RegisterTaskDefinition, round 150).
    const codeAt = text.indexOf(parts.errorCode ?? '');
    // A refusal's code whose text says the caller's credentials were refused ("UnauthorizedException: Session token not
    // found or invalid", IAM Identity Center's GetRoleCredentials, round 157) is the credentials'.
    const refusedCredentials = code.cause === 'other-permission' ? invalidTokenVerdict(text, lower) : undefined;
    if (refusedCredentials) return refusedCredentials;
    if ((code.cause === 'quota' || code.cause === 'validation') && codeAt >= 0 && THROTTLED.test(linesAround(text, codeAt, 0, { before: 0, after: 1 }))) return { rule: 'error-code-rate', cause: 'throttling', strength: code.strength + CODE_OVER_WORDS + 1, excerpt: parts.errorCode ?? '' };
    if (!messageOverrulesFamily(code.cause, text, lower, parts.errorCode)) return { rule: `error-code-${code.id}`, cause: code.cause, strength: code.strength + CODE_OVER_WORDS, excerpt: parts.errorCode ?? '' };
  }
  const inner = readAwsCallInAnswer(text, lower);
  if (inner) return inner;
  const tooLarge = payloadVerdict(parts, text, lower);
  if (tooLarge) return tooLarge;
  const runtimeStatus = runtimeStatusVerdict(parts, text, lower);
  if (runtimeStatus) return runtimeStatus;
  const refusal = readContainerRefusal(text, lower);
  if (refusal) return refusal;
  const token = invalidTokenVerdict(text, lower);
  if (token) return token;
  const disk = diskFullExcerpt(parts, text, lower);
  if (disk) return diskVerdict(disk, text);
  // A connection that failed for want of a required value ("JDBC connection is missing required
  // connection key(s): PWD") is the configuration's, not the network's.
  const missing = readMissingValue(text, lower);
  if (missing) return missing;
  const localModel = modelFilesMissing(parts, text, lower);
  // Just above the word "InternalServerException" (65) a model server may wrap it in ("{'code': 400,
  // 'type': 'InternalServerException', 'message': \"Can't load tokenizer for '/…'"): the server's label
  // for a request it refused, not AWS's fault.
  if (localModel) return { rule: 'model-files-missing', cause: 'data', stage: 'input', strength: 66, excerpt: localModel };
  const connect = connectVerdict(parts, text, lower);
  if (connect) return connect;
  // After the model hub: a hub's 429 is a download the hub refused, not an AWS API's rate.
  const throttled = findIf(lower, ['rate exceeded', 'many requests', 'manyrequests', 'reduce', 'exceeded the rate', 'rate limit', 'request limit exceeded', 'slow down', 'many concurrent', '429 error responses'], THROTTLED, text);
  if (throttled) return { rule: 'throttled-words', cause: 'throttling', strength: 70, excerpt: throttled };
  const limit = readLimitReport(text, lower);
  if (limit) return limit;
  // An AWS exception's name inside the model container's answer ("Received server error (503) from <model>
  // with message \"{ \"code\": 503, \"type\": \"InternalServerException\", … }\"") is the model server's label
  // for its own failure, not the service's: only a name before the answer is read as AWS's.
  const answer = containerAnswerOf(text, lower);
  // The same label in the model server's body printed without that answer around it (a batch transform's
  // log, the body quoted alone).
  const body = modelServerBodyOf(text, lower);
  for (const name of parts.exceptions) {
    const family = familyOfCode(name);
    if ((answer.at >= 0 && text.indexOf(name) > answer.at) || name === body?.type) continue;
    // Named on a line logged below ERROR that says the program went on past it (a retry that then succeeded): not why the job ended.
    if (wentOnPastAt(text, text.indexOf(name))) continue;
    if (family && isAwsException(name, family.id) && !messageOverrulesFamily(family.cause, text, lower, name)) return { rule: `exception-${family.id}`, cause: family.cause, strength: family.strength, excerpt: name };
  }
  if (tokenExpired) return tokenExpired;
  const report = readValidationReport(parts, text, lower);
  if (report) return report;
  const exit = exitCodeVerdict(parts.exitCode);
  if (exit) return exit;
  const signal = signalVerdict(processSignal(text, lower), text);
  if (signal) return signal;
  const container = readContainerStart(text, lower);
  if (container) return container;
  const awsSide = readAwsSideFault(text, lower);
  if (awsSide) return awsSide;
  const mode = findIf(lower, ['mode'], INPUT_MODE_MISMATCH, text);
  // Above a data format's defect (56): the mode is what the sentence refuses, the format only its subject
  // ("Pipe mode not supported for LibSVM.").
  if (mode) return { rule: 'input-mode-mismatch', cause: 'validation', strength: 57, excerpt: mode };
  // As weak as the class names the phrase rules read (30): any other detail says more.
  const setup = findIf(lower, ['lifecycle', 'on-create', 'oncreate', 'on-start', 'onstart', 'start-up', 'startup'], SETUP_SCRIPT_FAILED, text);
  if (setup) return { rule: 'setup-script-failed', cause: 'user-code', strength: 35, excerpt: setup };
  const compile = findIf(lower, COMPILE_WORDS, MODEL_COMPILE_FAILED, text);
  if (compile) return { rule: 'model-compile-failed', cause: 'user-code', strength: 38, excerpt: compile };
  const build = readBuildReport(text, lower);
  if (build) return build;
  // Above a traceback's class (30) and the container's own answer (40), the launcher having named the step;
  // weak (45) all the same: it says the download step failed, not why, and a line that says why (killed, a
  // bus error without shared memory, an S3 denial) outranks it.
  const download = findIf(lower, MODEL_SERVER_DOWNLOAD_WORDS, MODEL_SERVER_DOWNLOAD_STEP, text);
  if (download) return { rule: 'model-server-download-step', cause: 'model-download', strength: 45, excerpt: download };
  const serverError = containerServerErrorVerdict(answer.serverError) ?? modelServerBodyVerdict(body);
  if (serverError) return serverError;
  // A service's error type says its side only when no detail of the message said more (service-error-types.ts).
  return readServiceErrorType(text, lower) ?? readProgramFailure(text, lower) ?? readNoWayOut(text, lower) ?? readDiskFilledInWords(text, lower);
}
