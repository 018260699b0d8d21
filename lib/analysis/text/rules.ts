import type { Cause, Stage } from '../diagnosis';
import { CAPACITY_RULES } from './capacity-rules';
import { CODE_RULES } from './code-rules';
import { RESOURCE_RULES } from './resource-rules';
import { CLI_PARAMETER_PARSE } from './request-arguments';
import { REGION_MISMATCH } from './request-resource-reports';
import { SDK_ARGUMENT_RULES } from './sdk-argument-check';

// S3's own answer as SageMaker relays it after the empty prefix ("Error message from S3: The bucket is in this region:
// …"), or on that sentence's own line: the bucket's region, not a redirect another request met elsewhere in the log.
const S3_REGION_ANSWER = new RegExp(`\\bError message from S3:[ \\t]{0,3}(?:${REGION_MISMATCH.source})|\\bNo S3 objects found under S3 URL\\b[^\\n]{0,600}?(?:${REGION_MISMATCH.source})`, 'i');

// CloudFormation relays S3's answer for the template it was given ("An error occurred (ValidationError) when calling the
// CreateStack operation: S3 error: The specified key does not exist.", the HyperPod CLI's stack, round 122): the
// request's TemplateURL names no object, not a job's input missing; the ValidationError reads it.
const TEMPLATE_FETCH_ANSWER = /\bwhen calling the (?:CreateStack|UpdateStack|CreateChangeSet|ValidateTemplate|CreateStackSet|UpdateStackSet) operation: S3 error:/;
// The AWS CLI's parse of a command's own parameter ("Error parsing parameter '--provisioned-throughput': Invalid JSON: …",
// round 186): the request as typed, which the CLI's argument check reads (request-arguments.ts), not a job's input.
// The job's input as its container sees it: a training channel, or a processing job's input but its code bundle (the
// eightieth to eighty-fourth reviews' readings of a file there the reader could not make out, or found none of).
const JOB_INPUT_MOUNT = String.raw`\/opt\/ml\/(?:input\/data|processing\/input(?!\/code\/))`;
const NOT_THE_INPUT = new RegExp(`${S3_REGION_ANSWER.source}|${TEMPLATE_FETCH_ANSWER.source}|${CLI_PARAMETER_PARSE.source}`, 'im');

// The words of a process out of memory (the out-of-memory rule below says whose), and the killers that name memory as why
// (the kernel's OOM killer, Ray's memory monitor and object store, Arrow's allocator, DMLC's YARN task; round 183): two
// parts so that no line is too long for the layering check to read. "Out of memory" may name whose memory ("LightGBMError: Out
// of Host Memory", the seventy-fifth review), not a count of none ("out of host memory events: 0", the seventy-sixth).
// A writer's denial of it is no report ("it is not out of memory (nvidia-smi shows plenty free)", the hundred-and-ninth review).
// A writer's hyphens are the same words said of what failed ("the training job failed with an out-of-memory error", the
// hundred-and-forty-first review), not a modifier ("out-of-memory protection enabled", "to avoid out-of-memory errors").
// The Neuron runtime's allocation failure is its device's memory, also as the model's load reports it ("RuntimeError: Could not
// load the model status=4 message=Allocation Failure", round 231). cuBLAS's, cuDNN's and cuSPARSE's allocation status is a
// cudaMalloc that failed ("CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`", the
// hundred-and-thirty-sixth review); not beside a device-side assert, whose kernel (an embedding's index out of range, "Assertion `srcIndex < srcSelectDimSize` failed")
// failed first and left cuBLAS to report the broken context. An allocator's refusal of a size is the same ("Failed to allocate
// 4.000GB (alignment: none, usage: tensors) on ND 0:NC 4", the Neuron runtime's, the hundred-and-fifty-first review).
const OUT_OF_MEMORY_WORDS = new RegExp(
  [
    /CUDA out of memory|CUDA error: out of memory|\bThe node was low on resource: memory\b|\bOutOfMemory(?:Error)?\b|\b(?:GPU |device )?memory \(\d{1,15} bytes\) could not be allocated\b|(?<!\b(?:not|never|isn't|wasn't|aren't)[ \t]{1,3}(?:an? |running |going |getting )?)\bout of (?:(?:host|device|GPU|CPU|shared) )?memory\b(?![ \t]{1,3}(?:events?|errors?|kills?)[ \t]{0,3}[:=][ \t]{0,3}0\b)(?![^\n]{0,200}?\bThe caller indicates that this is not a failure)/.source,
    /Cannot allocate memory|\b(?:fail(?:s|ed)?|crash(?:es|ed)?|died|killed|terminated|aborted|exited)\b[^\n.]{0,40}?\bout-of-(?:(?:host|device|GPU|CPU)-)?memory\b(?!-)|\bCU(?:BLAS|DNN|SPARSE|SOLVER)_STATUS_ALLOC_FAILED\b(?<!(?:device-side assert|\bAssertion \x60)[\s\S]{0,3000})(?![\s\S]{0,2000}?device-side assert)|\berrno=12\]|\bposix_memalign\([^\n]{0,80}?\) == 0\. 12 vs 0\b|\bnrt_tensor_allocate[ \t]{1,40}status=\d{1,3} message="Allocation Failure"|\bCould not load the model status=\d{1,3} message="?Allocation Failure\b|\bExit status: 52\. Diagnostics:|\bnon-zero exit code 52\b|\bis running (?:\d{1,15}B )?beyond (?:the '(?:PHYSICAL|VIRTUAL)' memory limit|(?:physical|virtual) memory limits)\b|\bxmalloc: cannot allocate \d{1,15} bytes|\bno (?:available|free) (?:GPU |device )?memory\b|\bnot enough (?:free |available )?(?:GPU |CPU |device )?(?:memory|RAM)\b|\benough (?:GPU |CPU |device )?(?:memory|RAM) to fit\b|(?<!(?:\bFailedScheduling\b|\bnodes are available:)[^\n]{0,120})\binsufficient memory\b|\bmemory allocation\b[^\n]{0,40}?\bfailed\b|\bMemory allocation error\b|\bmaximum number of tokens that can be stored in KV cache\b|\bfailed to allocate\b[^\n]{0,40}?\b(?:memory|bytes)\b|\b(?:failed|Tried) to allocate \d{1,6}(?:\.\d{1,3})? ?[KMGT]i?B\b|(?:\b|_Array)MemoryError\b|(?<![-/])(?<!\b(?:not an?|no|isn't an?|wasn't an?) )\bOOM(?:Kill(?:ed|er)?)?\b(?![-/](?!kill))|std::bad_alloc(?![^\n]{0,300}?\bgenerated by older XGBoost\b)|instance type with more (?:CPU(?: capacity)? or )?memory|exit(?:ed)?(?: with)?(?: exit)?(?: status)?(?: code)?:? ?\(?137\b|\bexit ?code:? ?137\b|(?<!(?:SQL|ODBC|JDBC|native|client error)[^\n]{0,120})\berror ?code:? ?137\b(?![^\n]{0,80}\b(?:scalar variable|SQL))|killed by (?:the )?OOM|\bsignal 9\b|(?<!exiting via Signals\.)\bSIGKILL\b|^[ \t]*Killed[ \t]*$|\bline \d{1,7}:[ \t]{1,4}\d{1,7}[ \t]{1,4}Killed[ \t]|\bmake(?:\[\d{1,3}\])?: \*\*\* [^\n]{0,200}? Error 137\b/.source,
  ].join('|'),
  'im',
);
// OpenSearch's and Elasticsearch's memory circuit breakers refusing a request ("circuit_breaking_exception … [parent] Data too
// large", round 190) are a heap too small for the work, as the JVM's OutOfMemoryError is; not its script breaker ("[script] Too
// many dynamic script compilations", a rate: the sixty-third review). XLA's allocator refusing a device buffer ("XlaRuntimeError:
// RESOURCE_EXHAUSTED: Failed to allocate request for 2.99GiB … on device ordinal 0") and Dask's nanny restarting a worker over
// its memory ("Worker exceeded 95% memory budget. Restarting") say memory too (the ninety-sixth review). So does the Neuron
// compiler's refusal of a graph whose tensors do not fit the device ("NCC_EOOM001 … The combined memory needed for the model
// tensors exceeds the high-bandwidth memory limit.", the hundred-and-fifty-sixth review), as CUDA's out of memory is.
const MEMORY_KILLERS =
  /\bexceeds? the (?:high-bandwidth|HBM|device|GPU|accelerator) memory (?:limit|capacity)\b|\bContainer killed by YARN for exceeding (?:physical |virtual )?memory limits\b|\bcircuit_breaking_exception\b[^\n]{0,200}?\bData too large\b|\bKilled process \d{1,9} \([^)\n]{1,64}\) total-vm:|\bexceeds the memory usage threshold of 0?\.\d{1,4}\b|\bkilled due to the node running low on memory\b|\b(?:ArrowMemoryError|ObjectStoreFullError)\b|\bkilled because of exceeding (?:the )?allocated (?:physical|virtual) memory\b|\bRESOURCE[_ ]EXHAUSTED: Failed to allocate request for \d|\bWorker\b[^\n]{0,120}? exceeded \d{1,3}% memory budget\b/im;

/** A phrase-level rule: the words alone point at a cause (and sometimes a stage). */
export interface TextRule {
  id: string;
  cause: Cause;
  stage?: Stage;
  /** Higher wins (see Observation.strength); a quoted denial is 100, a bare "AccessDenied" 50. */
  strength: number;
  pattern: RegExp;
  /**
   * Lower-case words of which every alternative of `pattern` contains at least one: the pattern runs
   * only when the text holds one of them (a case-insensitive alternation costs far more than
   * `includes`, and the CLI reads tens of thousands of texts a second).
   */
  words: readonly string[];
  /** The rule does not apply to a text that also says this (tried only after `pattern` matched). */
  unless?: RegExp;
  /** Nor where this says so of the text (a reading that needs more than one pattern; tried last). */
  standsDown?: (text: string, lower: string) => boolean;
}

/**
 * Failures that are not about permissions. OOM outranks user code because a killed process also
 * surfaces as an AlgorithmError; capacity and quota outrank both because SageMaker states them.
 */
export const FAILURE_RULES: readonly TextRule[] = [
  ...CAPACITY_RULES,
  {
    id: 'quota',
    words: ['limit', 'quota'],
    cause: 'quota',
    strength: 70,
    // A quota said with a count of none exceeded ("quota check: no limit exceeded", "no service quota reached") is a
    // check that passed (the twenty-fifth review).
    // A client's retry quota (the AWS SDK for Go v2's "failed to get rate limit token, retry quota exceeded, 0
    // available, 5 requested") is its own budget for retrying failed calls, spent by whatever failed: not the account's.
    // Nor a LimitExceededException whose message is a rate (Kinesis' "Rate exceeded for stream s", round 174): the rate's.
    // Nor the datapoints one request asked for ("You have requested up to 86400 datapoints, which exceeds the limit of 1440",
    // CloudWatch's InvalidParameterCombination, round 197): the request's size. The code without its "Exception" is the same
    // ("LimitExceeded for instance type", the hundred-and-twenty-seventh review), unless its line says a rate ("… too many concurrent
    // requests, slow down"); inside another code's name (RequestLimitExceeded, VcpuLimitExceeded) it is that code's.
    pattern:
      /\bResourceLimitExceeded\b|account-level service limit|(?<!\bdata ?points?,? which |\bdepth )exceed(?:s|ed)? (?:your|the) (?:account-level )?(?:service )?(?:limit|quota)(?! of [\d.,]{1,20} ?(?:bytes?|[KMGT]i?B|tokens?|characters?|chars?)\b| ?\(\d)|\bLimitExceededException\b(?!:?[ \t]{0,4}Rate exceeded\b)|\bLimitExceeded\b(?!Exception)(?![^\n]{0,80}?\b(?:Rate exceeded|too many (?:concurrent )?requests|slow down)\b)|(?<!\bdisk |\bretry |\b(?:0|no|zero|none)[ \t]{1,3}(?:service[ \t]{1,3})?)(?:service )?quota (?![^\n]{0,60}?\b(?:0|no|zero|none)\b[^\n]{0,30}?\b(?:exceeded|reached)\b).{0,60}?(?:exceeded|reached)|request a (?:quota|limit) increase/i,
  },
  {
    id: 'internal',
    words: ['internal', 'serviceunavailable', 'platform error'],
    cause: 'internal',
    strength: 65,
    // SageMaker names its own platform's fault "Platform Error: …" (a pipe channel that timed out).
    // The name qualified by another library's module (openai.InternalServerError, werkzeug's, httpx's) is
    // that service's or that web framework's 500, which the job's code called or served: only AWS's own
    // modules (botocore, boto3, sagemaker) and the bare name are SageMaker's.
    pattern: /(?<!\w\.|::)\bInternalServerError\b|\b(?:botocore|boto3|sagemaker)[\w.]{0,60}\.InternalServerError\b|We encountered an internal error|\bPlatform Error:|\bInternalFailure\b|\bInternalServerException\b|\bServiceUnavailable(?:Exception)?\b/i,
    // A model server's error body types its own failures with the name (MMS and TorchServe answer
    // `{ "code": 503, "type": "InternalServerException", "message": "Prediction failed" }`; TorchServe's "type":
    // "ServiceUnavailableException" when a model has no worker, the twenty-seventh review): the
    // container's label, read by the grammar as the model's answer, not AWS's fault.
    // The quotes may come escaped, as a log or an SDK prints the body inside a message.
    unless: /\\?["']type\\?["'][ \t]{0,4}:[ \t]{0,4}\\?["'](?:InternalServerException|ServiceUnavailableException)\\?["']/,
  },
  {
    id: 'out-of-memory',
    words: ['memory', 'oom', 'bad_alloc', '137', 'signal 9', 'sigkill', 'killed', 'allocat', '_alloc_failed', ' ram', 'kv cache', 'errno=12', 'posix_memalign', 'status: 52', 'exit code 52', 'objectstorefull', 'circuit_breaking'],
    // Not the kubelet's rejection of a pod no node had the memory for ("Warning  OutOfmemory  …  Node didn't have enough
    // resource: memory", the forty-eighth review): a placement, as the scheduler's "Insufficient memory" is.
    unless: /\bdidn't have enough resource: memory\b/,
    cause: 'out-of-memory',
    strength: 60,
    // "Killed" alone on a line is the shell reporting the kernel OOM killer. Its padding is [ \t],
    // not \s: \s spans newlines, so a run of blank lines would be rescanned from every line start. So is
    // bash's report of a script's command killed ("run.sh: line 45:  2817 Killed   python train.py"), and
    // make's of a recipe that exited 137 ("make: *** [Makefile:14: train] Error 137"), the twenty-fifth review.
    // An allocation that failed is the same condition in the allocator's words: the JVM's
    // "insufficient memory … Native memory allocation (mmap) failed", PyTorch's report body
    // "Tried to allocate 20.00 MiB (GPU 0; …)" even when the headline was cut off.
    // "OOM" (and Kubernetes' "OOMKilled") is the initials only where it stands alone: inside a
    // hyphenated or slashed name ("configs/oom-test.yaml", "s3://…/oom/") it is a file's or a run's
    // name, which says nothing of what killed the job; "OOM-killer" is still the kernel's.
    // A SIGKILL the launcher says it sent ("Unable to shutdown process 213 via Signals.SIGTERM, forcefully
    // exiting via Signals.SIGKILL": torch elastic stopping the other ranks after one failed) is the
    // consequence of another failure, not the kernel's kill. TensorFlow's allocator warning that it "ran
    // out of memory … The caller indicates that this is not a failure" is a retry with less memory, not
    // the failure. YARN's "Container killed by YARN for exceeding memory limits" (Spark on Processing)
    // is the memory limit's kill, its physical or virtual limit named too (the eighty-fourth review). numpy names its own
    // MemoryError `_ArrayMemoryError` ("Unable to allocate 298. GiB for an array with shape …"). Memory said missing or short in words is the same condition: vLLM's "No
    // available memory for the cache blocks", TGI's "Not enough memory to handle 4096 prefill tokens",
    // accelerate's "Make sure you have enough GPU RAM to fit the quantized model", XGBoost's GPU "Memory
    // allocation error on worker 0", vLLM's context "larger than the maximum number of tokens that can be
    // stored in KV cache". A cause named only to be ruled out ("not an OOM", "no capacity issue", a writer's
    // lead) is not read. Kubernetes' scheduler's "Insufficient memory" is a node's free memory for
    // a pod it could not place (the scheduler's reading above), not a process out of memory. XGBoost's hint after a
    // std::bad_alloc that the model was serialized by an older XGBoost ("If you are loading a serialized model … generated
    // by older XGBoost, please export the model by calling `Booster.save_model`", Neo's Treelite in round 55) says the
    // allocation failed on a size read from a model file it misread: the model's format, not memory. TensorRT names its
    // error code ("Error Code 2: OutOfMemory (no further information)", "Requested amount of GPU memory (34359738368
    // bytes) could not be allocated", round 112).
    // The kubelet's eviction for a node low on memory ("The node was low on resource: memory.", the fifty-third review).
    // Flyte's "terminated with exit code (137)" (round 150); "[… errno=12] Not enough space", ENOMEM in Windows' words (round
    // 147), and PyTorch's CPU allocator's check that posix_memalign returned 0 ("posix_memalign(&data, gAlignment, nbytes) == 0.
    // 12 vs 0": it returned 12, ENOMEM; round 233); the Neuron runtime's "nrt_tensor_allocate status=4 message=\"Allocation Failure\"", the device's (round 154);
    // YARN's "Exit status: 52. Diagnostics:" or "non-zero exit code 52", Spark's executor OutOfMemoryError (round 153), and
    // its "is running beyond physical memory limits … Killing container." (round 156). The kernel OOM killer's own line
    // ("kernel: Killed process 27918 (python) total-vm:…, anon-rss:…"), Ray's memory monitor ("… which exceeds the memory
    // usage threshold of 0.95. Ray killed this worker", "Task was killed due to the node running low on memory") and its
    // in-memory object store ("ObjectStoreFullError"), Arrow's allocator ("ArrowMemoryError: realloc of size … failed") and
    // DMLC's YARN task "killed because of exceeding allocated physical memory" (round 183).
    pattern:
      new RegExp(`${OUT_OF_MEMORY_WORDS.source}|${MEMORY_KILLERS.source}`, 'im'),
  },
  {
    id: 'data',
    words: ['found', 'find', '404', 'illegal', 'nosuch', 'does not exist', 'manifest', 'data', 'file', 'parsererror', 'decodeerror', 'invalid', 'empty', 'corrupted record', 'stl_load_errors', 'sys_load_error', '/opt/ml/processing/input/', 'folder depth'],
    cause: 'data',
    stage: 'input',
    strength: 55,
    // A missing file (ENOENT, or pandas' "File b'…' does not exist") is the input only under the
    // job's input mounts, /opt/ml/input (training) and /opt/ml/processing/input (Processing; TensorFlow
    // writes the path first, "NotFoundError: /opt/ml/input/data/train/x.tfrecord; No such file or
    // directory"; a shell's "cd: /opt/ml/input/data/training: No such file or directory", cat's, ls's, bash's
    // "line 3: /opt/ml/input/data/train/manifest.txt: No such file or directory" for a redirect or a command; a script's own "Ratings
    // file not found: …", read-error-detail.ts), or an S3 location (Hadoop's "No such file or directory: s3a://…", not its output committer's
    // "_temporary" directory; SageMaker's "S3 key: s3://… matched no files"): elsewhere
    // it is the code's own path, the container's command or a library's scratch file. Under
    // /opt/ml/input, config/ is not the job's data: SageMaker writes hyperparameters.json,
    // resourceconfig.json and inputdataconfig.json there itself, so a file missing there is the
    // platform's (or Local Mode's) setup, which the words do not name. An S3 location
    // named and not found ("Could not find model data at s3://…", also hard-wrapped before its URI as Terraform prints the
    // Go SDK's error, round 223, or cut after "at s3" as an issue's title quotes it, round 229) is the object missing, whatever
    // code the service wrapped it in, also when it names the object before its key ("ClientError: Cannot
    // find S3 object: <key> in bucket <bucket>", a Pipelines RegisterModel step given a wrong key, round
    // 35's gonsoomoon-ml/SageMaker-Pipelines-Step-By-Step): the service's form, an S3 object or key named
    // after a colon or as an s3:// URI (not a bucket: "cannot find S3 bucket policy" is not the data; not a script's "could not
    // find S3 path for requirements file", a lookup of its own configuration). An error said to be in processing the
    // input data, the sentence ending there ("There was an error processing the input data. Expecting value: line 1
    // column 1 (char 0)", an inference handler's own report, avr2002/sagemaker), names the input as what could not be
    // read, as "Unable to parse the input data" does; what it goes on to ("…: No module named 'pyarrow'", "… data
    // configuration") says more. Spark's "AnalysisException: Path does not exist: s3://…" is the S3 location
    // missing, as Hadoop's "No such file or directory: s3a://…" is. A file said missing from an S3 location ("No provisioning_parameters.json found in
    // LifeCycleScript S3 Path for controller group …", a HyperPod cluster's event) is the object missing, as above.
    // Neo's "No valid Mxnet model file -symbol.json found" (after "InputConfiguration:") is the model archive it was
    // given lacking its file: the compilation's input, as is "No valid TensorFlow model found in input files" (round 93).
    // S3's redirect, as SageMaker relays it after "No S3 objects found" ("Error message from S3: The bucket is in this
    // region: ap-southeast-1. Please use this region to retry the request", round 69), says why nothing was found: the
    // bucket is in another region than the job, a request to correct (validation-reports.ts), not missing data. Any
    // token after the colon: a region a reader redacted ("<region>") is still S3's sentence. S3's other words for it
    // (PermanentRedirect's endpoint, a request signed for the wrong region) likewise; a redirect another request met, on
    // a warning line of its own, is not this (the thirty-fifth review).
    // The input at a location said to need another format than it has ("Input data at train/train.jsonl must follow
    // '{"prompt": …, "completion": …}' format", Bedrock's customization job, round 104; its "Data files must conform to
    // JSONL format") is the data as given. The location is what makes it the service's report: a guide's "Your training
    // data must be in JSON Lines format", a script's own "Training data must be in CSV format" and a hyperparameter's
    // "(training data start date) must be in YYYY-MM-DD format" are not (the forty-sixth review).
    // The PyTorch S3 connector's 404s in its words ("S3Exception: Service error: The object was not found", "… The bucket
    // does not exist", round 146 and the fifty-fifth review; Mountpoint's chain of causes, "1: Service error⏎2: The bucket does
    // not exist", round 181); a channel's directory said not to exist in a reader's words
    // ("mlio.DataReaderError: The data store '/opt/ml/input/data/train' does not exist", Pipe mode's, round 181), as pandas'
    // "File b'…' does not exist" is; the Java SDK's HEAD of an S3 object that is not there ("Not Found (Service: Amazon S3;
    // Status Code: 404; Error Code: 404 Not Found; …)", CodeCommit's seed code in a CloudFormation stack, round 184), as
    // botocore's "(404) when calling the HeadObject operation" is; Redshift's COPY "Load into table 'x' failed.  Check
    // 'stl_load_errors' system table for details." (its rows refused, round 156). An S3 bucket's configuration not found ("S3
    // bucket configuration not found.", Unity Catalog's, round 196) is a setting's, not the data's. A channel's directory said not
    // to be what its reader loads ("FileNotFoundError: Directory /opt/ml/input/data/train is neither a dataset directory nor a
    // dataset dict directory.", datasets' load_from_disk, the hundred-and-twenty-ninth review) is the input as given.
    unless: NOT_THE_INPUT,
    pattern:
      new RegExp(
        String.raw`No S3 objects found under S3 URL|no files? found in path|\(404\) when calling the (?:HeadObject|GetObject) operation|operation: Not Found\b|\(Service: Amazon S3; Status Code: 404; Error Code: 404 Not Found;|has an illegal char sub-sequence|\bNoSuchKey(?:Exception)?\b|\bNoSuchBucket(?:Exception)?\b|The specified (?:key|bucket) does not exist|\b(?:S3Exception: )?Service error(?::[ \t]{1,3}|[ \t]*\n[ \t]{0,8}\d{1,2}: )The (?:object was not found|(?:bucket|key) does not exist)\b|\bLoad into table '[^'\n]{1,128}' failed\.[ \t]{1,3}Check '(?:stl_load_errors|sys_load_error_detail)'|\bS3 (?:object|key|bucket|URI|prefix|path)s?\b(?! (?:configuration|config|policy|settings|credentials?)\b)[^\n]{0,60}?\b(?:does not exist|do not exist|not found)|\bNo [\w.-]{1,100}\.[a-z]{2,8} (?:file )?(?:was )?found (?:in|at|under) (?:the )?(?:[\w-]{1,40} ){0,3}S3 (?:path|URI|location|prefix|bucket)\b|\bNo valid (?:[\w ]{1,40} )?model (?:file\b[^\n]{0,80}?\bfound\b|found in (?:the )?(?:input|model) (?:files?|archive)\b)|\bManifestFile\b|manifest file .{0,80}?(?:invalid|not|error|fail)|No such file or directory: ['"]?\/opt\/ml\/(?:processing\/input\/|input\/(?!config\/))|\/opt\/ml\/(?:processing\/input\/|input\/(?!config\/))[^\s;'"]{1,300}; No such file or directory|\b(?:(?:cd|cat|head|tail): |ls: cannot access |line \d{1,7}: )['"]?\/opt\/ml\/(?:processing\/input\/(?!code\/)|input\/data\/)[^\s:'"]{0,300}['"]?: No such file or directory` +
          '|' +
          String.raw`No such file or directory: s3a?:\/\/(?![^\s'"]{0,300}\/_temporary\/)|\bPath does not exist: ['"]?s3[an]?:\/\/(?![^\s'"]{0,300}\/_temporary\/)|\bcorrupted record at \d|\bS3 (?:key|prefix|URI|path):?[ \t]{0,4}s3:\/\/[^\s]{1,300} matched no files\b|\bno data in (?:the )?(?:[\w-]{1,20} )?channel\b|\b(?:File|data store|directory|folder) b?['"]\/opt\/ml\/(?:processing\/input\/|input\/(?!config\/))[^\n'"]{0,300}['"] does not exist|\b(?:Directory|Path|Folder) ['"]?\/opt\/ml\/(?:processing\/input\/|input\/(?!config\/))[^\s'"]{0,300}['"]? is neither an? [\w \x60]{1,40} nor\b|\b(?:could not|cannot|unable to) find\b[^\n]{0,60}? at[ \t]{0,4}\n?[ \t]{0,4}s3(?::\/\/|[ \t]*(?:\n|$))|\b(?:could not|cannot|unable to) find (?:the )?S3 (?:object|key)(?::[ \t]{0,4}\S|[ \t]{1,4}s3:\/\/)|invalid (?:input |training )?data|(?:empty|no) (?:input |training )?(?:data|dataset|files?) (?:found|provided|was found)|Unable to (?:read|parse|load) (?:the )?(?:input |training )?data|\berror (?:while )?(?:processing|parsing|reading|decoding) (?:the )?input data(?=[ \t]{0,2}(?:[.!]|$))|could not (?:find|read) any (?:data|files)|Invalid (?:CSV|JSON|RecordIO)|empty (?:dataset|input)|contains? no data|Data format .{0,40}? (?:invalid|not supported)` +
          String.raw`|\b(?:[Ii]nput|[Tt]raining|[Vv]alidation) data (?:at|in|from) \S{1,300} (?:must|should) (?:follow|be in|conform to|match) [^\n]{1,200}? format\b|\bData files must conform to (?:the )?[\w -]{1,30} format\b` +
          // A file in the job's input the reader could not make out ("PIL.UnidentifiedImageError: cannot identify image file
          // <_io.BufferedReader name='/opt/ml/input/data/train/…'>", the eightieth review): the input as given, not the code.
          String.raw`|\b(?:cannot|could not|unable to|failed to) (?:identify|decode|parse)\b[^\n]{0,120}?${JOB_INPUT_MOUNT}\/` +
          // Or the input named first, a value in it said not to parse (Pipe mode's "mlio.InvalidInstanceError: The column
          // 'duration' of the row #9,710,124 in the data store '/opt/ml/input/data/train' cannot be parsed as float64", a header
          // row mid-stream, the hundred-and-fifty-fifth review).
          String.raw`|${JOB_INPUT_MOUNT}\b[^\n]{0,200}?\b(?:cannot|could not) be (?:parsed|decoded)\b` +
          // Or the file named first, its format said unknown to the reader (libsndfile's "Error opening '/opt/ml/input/data/…':
          // Format not recognised.", the eighty-first review).
          String.raw`|${JOB_INPUT_MOUNT}\/[^\n]{0,200}?\b(?:format not recogni[sz]ed|unrecogni[sz]ed (?:file )?format|unknown (?:file )?format)\b` +
          // The job's input found empty by what reads it ("error preparing for spark submit: Found zero files in
          // /opt/ml/processing/input/data", the Spark container's, the eighty-fourth review).
          String.raw`|\bfound (?:no|zero|0) (?:input )?files? in ${JOB_INPUT_MOUNT}\b` +
          // An input prefix holding a key that is also another key's folder ("Data download failed:Failed to download data. Please
          // check your s3 objects and ensure that there is no object that is both a folder as well as a file.", the
          // hundred-and-sixteenth review): the objects as laid out cannot be a file system's tree.
          String.raw`|\bno object that is both a folder (?:as well as|and) a file\b` +
          // So is a channel whose folders nest deeper than the algorithm reads (XGBoost's "Customer Error: Folder depth exceed the
          // limit: 3.", data_utils in its container; the hundred-and-twenty-fourth and hundred-and-twenty-fifth reviews).
          String.raw`|\bFolder depth exceed(?:s|ed)? the limit\b`,
        'i',
      ),
  },
  {
    id: 'decode-or-parse-error',
    words: ['parsererror', 'unicodedecodeerror'],
    cause: 'data',
    stage: 'input',
    strength: 55,
    // A parser or a decoder failing is the input's only when the input is what it was reading: not the
    // image's build (pip reading a requirements file saved as UTF-16, setup.py reading its README under
    // an ASCII locale) nor the code's own YAML configuration ("yaml.parser.ParserError: while parsing a
    // block mapping in \"config.yaml\""), which are the code's and its packaging's.
    // Only what names the failing step itself: the toolkit's class for a failed requirements install, a
    // traceback frame in setup.py, YAML's module or its parse report. The toolkit's "pip install -r
    // requirements.txt" line, printed before every script that has one, says nothing of a later error.
    unless: /\bInstallRequirementsError\b|\bFile "[^"\n]{0,200}\bsetup\.py"|\byaml\.(?:parser|scanner|reader)\.|\bwhile (?:parsing|scanning) a (?:block|flow) (?:mapping|sequence|collection)\b/,
    // Nor a handler's `except` clause that names the class in the code a traceback shows ("54 │ except (UnicodeDecodeError,
    // AttributeError):", accelerate's source in a rich traceback above its ValueError, round 220): code, not the error.
    pattern: /(?<!\bexcept\b[^\n]{0,60})(?:ParserError|UnicodeDecodeError)/,
  },
  // The code's own failures and the job's resources, in the order they were read before these moved to files of
  // their own (the first observation wins a tie of strengths).
  ...CODE_RULES,
  ...SDK_ARGUMENT_RULES,
  ...RESOURCE_RULES,
];
