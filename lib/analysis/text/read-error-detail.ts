import { connectVerdict, pullConnectVerdict, PULL_WORDS } from './connect-detail';
import { containerAnswerOf, containerServerErrorVerdict, modelServerBodyOf, modelServerBodyVerdict, readAwsCallInAnswer, readContainerStart } from './container-reports';
import { readContainerRefusal } from './container-refusals';
import { causeOfServiceCode, CODE_OVER_WORDS, familyOfCode, THROTTLED } from './error-families';
import { type FailureParts } from './failure-parts';
import { invalidTokenVerdict, tokenExpiredVerdict } from './credential-detail';
import { readProgramFailure } from './program-detail';
import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt, linesAround } from './line-window';
import { readServiceErrorType } from './service-error-types';
import { readAwsSideFault } from './aws-side-reports';
import { readBuildReport } from './library-reports';
import { readLimitReport } from './limit-reports';
import { payloadVerdict } from './payload-size';
import { processSignal, signalVerdict } from './process-signal';
import { LAYER_WRITE, readImageDetail, readRegistryServerError } from './read-image-detail';
import { readRetiredProduct } from './retired-product';
import { runtimeStatusVerdict } from './runtime-status';
import { isWarningLineAt, lineWentOnPastAt, pythonWarningPassedOverAt, wentOnPastAt } from './quiet-lines';
import { readMissingValue, readValidationReport } from './validation-reports';
import { modelFilesMissing } from './model-files-missing';
import { messageOverrulesFamily } from './offered-denial';

// SageMaker's route-table sentence and its relatives: the job's subnets cannot reach S3. ECS says the same of a task
// that could not reach a service before it started ("There is a connection issue between the task and Amazon ECR. Check
// your task network configuration.", "… retrieve secret from asm: … context deadline exceeded. Please check your task
// network configuration.", round 137): whatever else the line says (its logger's "signal: killed"), the network is why.
// Glue's "Could not find S3 endpoint or NAT gateway for subnetId: …" (round 144) is the same sentence in its words.
const ROUTE_SENTENCE = /\broute table\b[^\n]{0,120}?\b(?:VPC endpoint|NAT)|\bS3 VPC endpoint\b|\bS3 endpoint or NAT gateway\b|reachable from within the subnets?\b|\bThere is a connection issue between the task and\b|\bPlease check your task network configuration\b/i;
// The OS and SageMaker wordings of one condition, ENOSPC (errno 28): the disk filled up. Users name it
// too: "raise Out Of Disk error" (awslabs/graphstorm#354), "worker algo-2 is out of disk", "ran out of disk" — named
// as an error or said of what ran out, not what is read or used "out of disk" (a cache, a range, an EBS volume's
// I/O credits, "45G out of disk, 55G free").
// Docker's devicemapper thin pool below its free-block minimum ("… free data blocks which is less than minimum required
// 20253 free data blocks. Create more free space in thin pool", ECS, round 137) and the kubelet's eviction of a pod when
// its node was low on ephemeral storage are the same condition in the storage driver's and Kubernetes' words.
// The kubelet's eviction for a node whose disk ran short ("The node had condition: [DiskPressure].", round 183), as its
// "low on resource: ephemeral-storage" is; OpenSearch's and Elasticsearch's flood-stage watermark, which makes an index
// read-only ("disk usage exceeded flood-stage watermark", "flood stage disk watermark [95%] exceeded", round 190).
// Not on a line logged at WARN or below that says the program went on ("WARNING: cache write failed (No space left on device);
// skipping cache", above the KeyError that ended the job, the sixty-seventh review), nor on Python's warnings module's line
// above the job's own failure (huggingface_hub's "UserWarning: Not enough free disk space to download the file", a download
// that then finished, above a TypeError, the seventy-fourth review).
const DISK_FULL =
  /No space left on device|\bThe node had condition: \[DiskPressure\]|\bdisk usage exceeded flood-stage watermark\b|\bflood stage disk watermark \[[\d.]{1,5}%?\] exceeded\b|\bCreate more free space in thin pool\b|\bfree data blocks which is less than minimum required\b|\bThe node was low on resource: ephemeral-storage\b|\bephemeral local storage usage exceeds the total limit\b|(?:Insufficient|not enough) (?:free )?(?:disk|storage) space|\bENOSPC\b|Disk quota exceeded|disk (?:is )?full|\b(?:ran|run|runs|running) out of (?:disk |storage )?space\b|\bout of disk (?:space|quota)\b|\bout of disk(?=[ \t]{0,3}(?:error|exception|condition)\b)|\b(?:is|was|are|were|ran|runs?|running|went) out of disk\b(?![ \t]{0,3}(?:cache|i\/o|io\b|reads?\b|bandwidth|throughput|burst|credits?|iops|image|range|sectors?))/i;
// A file system said in words not to have the room (HealthOmics' "The file system doesn't have enough space", round 176); not
// on a warning's line, which went on without it ("The disk does not have enough free space for the dataset cache; streaming
// instead", the sixtieth review).
const DISK_SAID_FULL = /\b(?:file ?system|volume|disk) (?:doesn't|does not|didn't|did not) have enough (?:free )?(?:disk |storage )?space\b/i;
// A subnet that cannot give the instance or interface what it needs: free addresses ("There aren't sufficient free Ipv4
// addresses or prefixes" under InvalidParameterValue, "The specified subnet does not have enough free cidr blocks",
// InsufficientFreeAddressesInSubnet's "Insufficient Free IP Addresses in subnet"), or public addresses a node group
// expects (EKS's "does not automatically assign public IP addresses", eksctl's "MapPublicIpOnLaunch"), round 143: the
// job's network, whatever code carries it.
// SageMaker's own sentence for subnets that do not span the zones an endpoint needs ("Unable to locate at least 2 availability
// zone(s) with the requested instance type ml.m5.large that overlap with SageMaker subnets.", round 187) says the same of the
// VpcConfig's subnets.
const SUBNET_SHORT =
  /\bavailability zone\(?s?\)? with the requested instance type [\w.]{1,40} that overlap with (?:the )?(?:SageMaker |specified |provided )?subnets\b|\b(?:aren't|are not|not)(?: have)? (?:sufficient|enough) free (?:IPv[46] |IP )?(?:addresses|cidr blocks)\b|\bInsufficient Free IP Addresses in subnet\b|\bdoes not automatically assign public IP addresses\b|\bproperty "MapPublicIpOnLaunch" enabled\b/i;
// No subnet to use at all (SkyPilot's "No usable subnets found", "The default VPC … has no subnets", "All candidate subnets are
// private", round 163): the job's network. Not on a warning's line, which goes on without a zone's subnets ("vpc-… has no
// subnets in us-east-1e; that zone will be skipped"), nor a script's note that some subnets are private (the fifty-ninth review).
const NO_SUBNET_TO_USE = /\bno (?:usable|available|eligible|valid|suitable|matching|candidate) subnets\b|\bhas no subnets\b|\bAll (?:candidate |the )?subnets (?:in [\w-]{1,60} )?(?:are|were) private\b/i;
// A TLS name check that failed because a VPC endpoint answered for a service's name its certificate does not hold ("hostname
// 'sts.amazonaws.com' doesn't match either of 'sts.eu-west-1.amazonaws.com', '*.sts.eu-west-1.vpce.amazonaws.com'", the
// endpoint's private DNS taking the global name, round 143): the VPC's endpoint and DNS.
const VPC_ENDPOINT_NAME_MISMATCH = /\bhostname '[^'\n]{1,200}' doesn't match (?:either of )?[^\n]{0,300}?\.vpce\.amazonaws\.com\b/i;
// A KMS key named with its state (KMS's NotFound/Disabled/KMSInvalidState messages, whatever SDK
// wrapped them): "Key 'arn:aws:kms:…:key/…' does not exist", "arn:aws:kms:…:key/… is disabled.".
// A tool may name the key in words, its ARN masked ("KMS Key arn:aws:kms:us-east-1:******* non
// existent, in the wrong region, or not enabled"): the subject "KMS key" then carries it.
// KMS's "Invalid keyId" (its NotFoundException's message), a key "could not be found" or "is not accessible" to the service
// that would use it, EBS's "encrypted with an inaccessible AWS KMS key", the Encryption SDK's "Unable to decrypt any data
// key" (round 141): the key, whatever validation code carries it.
const KMS_KEY_STATE =
  /\bInvalid keyId\b|\bKMS Key(?: Id)?\b[^\n]{0,40}?\b(?:could not be found|is not accessible)\b|\binaccessible (?:AWS )?KMS key\b|\bUnable to decrypt any data keys?\b|\barn:aws[a-z-]{0,12}:kms:[^\s'"]{0,80}:(?:key|alias)\/[\w/-]{1,100}['"]?[ \t]{0,3}(?:does not exist|is disabled|is pending (?:deletion|import)|is not found|is unavailable)|\bKMS key\b[^\n]{0,120}?\b(?:does not exist|non[- ]?existent|not enabled|is disabled|is pending (?:deletion|import)|is not found|is unavailable)\b/i;
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
 * killer's, SIGSEGV (139, -11) a crash of the code.
 */
function exitCodeVerdict(exitCode: number | undefined): GrammarVerdict | undefined {
  if (exitCode === undefined) return undefined;
  if (exitCode === 126 || exitCode === 127) return { rule: `exit-code-${exitCode}`, cause: 'user-code', strength: 60, excerpt: `exit code ${exitCode}` };
  const signal = exitCode < 0 ? -exitCode : exitCode > 128 && exitCode < 160 ? exitCode - 128 : undefined;
  if (signal === 9) return { rule: 'killed-by-sigkill', cause: 'out-of-memory', strength: 60, excerpt: `exit code ${exitCode}` };
  if (signal === 11) return { rule: exitCode === 139 ? 'exit-code-139' : 'killed-by-sigsegv', cause: 'user-code', strength: 60, excerpt: `exit code ${exitCode}` };
  return undefined;
}

// An image pull that failed as its layers were written (read-image-detail.ts's LAYER_WRITE) and filled the disk failed for
// the disk, which the pull's own words do not say: the disk's reading outranks them by one, as a pull's connection does.
// SageMaker's own stage says which image it pulled ("Failed to pull training image …: write /var/lib/docker/tmp/…: no space
// left on device", the seventy-ninth review): the stage says where, the disk on its line says why (not a note beside a
// pull the registry refused that a volume may fill later, the eighty-first review).
const IMAGE_PULLED = /\bpull(?:ing)? (?:the |your )?(?:training |algorithm |inference |container |docker |application )?image\b/i;
const diskVerdict = (excerpt: string, text: string): GrammarVerdict => ({
  rule: 'disk-full',
  cause: 'disk-space',
  strength: PULL_WORDS.test(text) || LAYER_WRITE.test(text) || IMAGE_PULLED.test(lineAt(text, Math.max(0, text.indexOf(excerpt)))) ? 76 : 74,
  excerpt,
});

/**
 * The underlying error, the third level of a failure text: the stage sentences SageMaker writes when
 * the network is at fault, an AWS error code by its family, then the exceptions, OS errors and exit
 * codes behind it. Undefined when the detail names nothing this layer knows.
 */
export function readErrorDetail(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  const route = findIf(lower, ['route table', 'vpc endpoint', 's3 endpoint or nat', 'reachable from within', 'connection issue between the task', 'task network configuration'], ROUTE_SENTENCE, text);
  if (route) return { rule: 'route-sentence', cause: 'vpc', stage: 'network', strength: 78, excerpt: route };
  const endpointName = findIf(lower, ['.vpce.amazonaws.com'], VPC_ENDPOINT_NAME_MISMATCH, text);
  if (endpointName) return { rule: 'vpc-endpoint-name-mismatch', cause: 'vpc', stage: 'network', strength: 78, excerpt: endpointName };
  const subnet = findIf(lower, ['free ip', 'free addresses', 'free cidr', 'public ip', 'mappubliciponlaunch', 'overlap with'], SUBNET_SHORT, text);
  if (subnet) return { rule: 'subnet-short', cause: 'vpc', stage: 'network', strength: 78, excerpt: subnet };
  const noSubnet = findIfWhere(lower, ['subnets'], NO_SUBNET_TO_USE, text, (at) => !isWarningLineAt(text, at));
  if (noSubnet) return { rule: 'no-subnet-to-use', cause: 'vpc', stage: 'network', strength: 78, excerpt: noSubnet };
  const tokenExpired = tokenExpiredVerdict(text, lower);
  // A registry's refusal ("pull access denied … denied: Your authorization token has expired") is
  // the image stage failing; the expired token is why.
  const registryFailed = readRegistryServerError(text, lower);
  if (registryFailed) return registryFailed;
  const image = readImageDetail(text, lower);
  // A full disk said on a line the program went past is news; errno 28 too, where its "[Errno 28]" is on such a line (a
  // UserWarning's "could not cache … ([Errno 28] No space left on device); recomputing", the seventy-sixth review).
  const passedOver = (at: number) => lineWentOnPastAt(text, at) || pythonWarningPassedOverAt(text, at);
  const errnoAt = parts.errno === 28 ? text.indexOf('[Errno 28]') : -1;
  const diskFull = () =>
    parts.errno === 28 && (errnoAt < 0 || !passedOver(errnoAt))
      ? '[Errno 28]'
      : (findIfWhere(lower, ['space', 'disk', 'enospc', 'ephemeral-storage', 'ephemeral local storage', 'diskpressure', 'watermark'], DISK_FULL, text, (at) => !passedOver(at)) ?? findIfWhere(lower, ['enough'], DISK_SAID_FULL, text, (at) => !isWarningLineAt(text, at)));
  if (image) {
    const disk = diskFull();
    // A pull whose connection failed is the network's (connect-detail.ts); one whose credentials could not be had is
    // theirs ("failed to refresh cached credentials, no EC2 IMDS role found" before the registry's 401, round 137); one
    // whose layers filled the disk is the disk's.
    return tokenExpired ?? invalidTokenVerdict(text, lower) ?? pullConnectVerdict(parts, text, lower) ?? (disk ? diskVerdict(disk, text) : undefined) ?? image;
  }
  const kmsKey = findIf(lower, [':kms:', 'kms key', 'invalid keyid', 'decrypt any data key'], KMS_KEY_STATE, text);
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
  const disk = diskFull();
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
  return readServiceErrorType(text, lower) ?? readProgramFailure(text, lower);
}
