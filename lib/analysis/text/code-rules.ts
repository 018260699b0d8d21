import { awsAlgorithmCrash } from './aws-algorithm-frames';
import { collectiveReportDecides } from './collective-report';
import { toolkitDeclaredSide } from './failure-parts';
import { matchWhere } from './grammar-verdict';
import { lineBefore } from './line-window';
import { onlyStoppedFromOutside } from './process-signal';
import { everyReportPassedOver, isLoggedBelowErrorAt, lineWentOnPastAt, WENT_PAST_WORDS, wentOnPastAt } from './quiet-lines';
import type { TextRule } from './rules';

// What the code's own failure never is (the user-code rule's comment says why): an interrupt, Local Mode's missing
// tooling, an exit of 130 or 143, the system's failed file I/O, the image puller's own tar process writing a layer
// ("failed to register layer: Error processing tar file(exit status 1)", "ApplyLayer exit status 1", round 137).
const CODE_FAILURE_UNLESS =
  /\bKeyboardInterrupt\b|\bError processing tar file\(exit status\b|\bApplyLayer exit status\b|\bImportError:[ \t]{0,3}['"]?(?:docker-compose|docker compose|nvidia-docker|docker)['"]?[ \t]{1,3}is not installed\b|\bexit(?:ed)? (?:with )?(?:non-zero )?(?:exit )?(?:code|status)[: ]{0,3}(?:130|143)\b|\bErrorCode:?[ \t]{0,3}(?:130|143)\b/i;
// The collective's report (collective-report.ts) when no exception of the code's own is beside it. Nor the built-in
// algorithms' toolkit's `UserError` or `PlatformError` (failure-parts.ts): its wrapper says AlgorithmError, and
// algorithm mode runs no code of the customer's.
// Nor an exception under the service's own label for the customer's side, "Customer Error:" (the Algorithm SDK's
// CustomerError, which Clarify's analyzer and the built-in algorithms print), with no frame of the customer's code beside
// it: the service's own code raised while reading the customer's input, configuration or model's answer, which its
// message may say and the class does not (Clarify's "Customer Error: cannot reshape array of size 1 into shape
// (6,newaxis)" under a ValueError of its analyzer, round 92).
// Nor a traceback whose every frame is AWS's built-in algorithm (aws-algorithm-frames.ts): the grammar reads it as the
// input the algorithm was given.
const SERVICE_BLAMED_CUSTOMER = /\bCustomer Error:/;
const CUSTOMER_CODE_FRAME = /\/opt\/ml\/(?:code|program|model\/code|processing\/input\/code)\/|<ipython-input-|\bCell In ?\[/;
const serviceRaised = (text: string): boolean => SERVICE_BLAMED_CUSTOMER.test(text) && !CUSTOMER_CODE_FRAME.test(text);
// The system's failed file I/O, except on a line logged at WARN or below that says the program went on past it ("WARNING:
// cache write failed (No space left on device); skipping cache" above the KeyError that ended the job, the sixty-seventh
// review). PyTorch's zip writer finding its file shorter than it wrote ("RuntimeError: [enforce fail at inline_container.cc:659]
// . unexpected pos 2387758464 vs 2387758376", a checkpoint's save, the hundred-and-thirty-eighth review) is a write the system
// cut short too: often a full disk, which only the disk's own words say.
const SYSTEM_IO_FAILED = /\binline_container\.cc:\d{1,6}\][^\n]{0,20}?\bunexpected pos \d{1,20} vs \d{1,20}\b|\b(?:file )?(?:write|read) failed\b|\bfailed (?:writing|reading|to write|to read) (?:the |a )?file\b|\bInput\/output error\b|\bI\/O error\b|\[Errno 5\]/gi;
const SYSTEM_IO_WORDS = ['unexpected pos', 'write failed', 'read failed', 'failed writing', 'failed reading', 'failed to write', 'failed to read', 'input/output error', 'i/o error', '[errno 5]'];
const systemIoFailed = (text: string, lower: string): boolean =>
  SYSTEM_IO_WORDS.some((w) => lower.includes(w)) && everyReportPassedOver(text, SYSTEM_IO_FAILED, (m) => lineWentOnPastAt(text, m.index)) === false;
const codeFailureStandsDown = (text: string, lower: string): boolean =>
  collectiveReportDecides(text, lower) ||
  toolkitDeclaredSide(text) !== undefined ||
  (lower.includes('customer error') && serviceRaised(text)) ||
  awsAlgorithmCrash(text) !== undefined ||
  systemIoFailed(text, lower);

// The job's own program failing: SageMaker's class for the code's side, the toolkit's (ExecuteUserScriptError, and its
// InstallModuleError and InstallRequirementsError for the job's own module or requirements.txt, the hundred-and-thirty-seventh
// review; the SDK's remote function's RuntimeEnvironmentError for the dependencies it was given, the hundred-and-fortieth), a
// traceback, one of Python's own exception classes, an exit status (the rule below, 'user-code', says what each is
// and is not).
// The classes for a state a program meets in its own clean-up (a directory that exists, a process already gone, a child
// already reaped, an object already freed): written once, for the pattern below and for their reading on quiet lines.
const CLEANUP_CLASSES = ['FileExistsError', 'ProcessLookupError', 'ChildProcessError', 'ReferenceError'];
const CODE_FAILURE = new RegExp(
  String.raw`\bAlgorithmError\b|\bExecuteUserScriptError\b|\bInstall(?:Module|Requirements)Error\b|\bRuntimeEnvironmentError\b|Traceback \(most recent call last\)|(?<!\(caused by )\b(?:ModuleNotFoundError|ImportError|SyntaxError|IndentationError|TabError|NameError|UnboundLocalError|TypeError|ValueError|KeyError|LookupError|AttributeError|IndexError|AssertionError|RuntimeError|RecursionError|ArithmeticError|ZeroDivisionError|OverflowError|FloatingPointError|NotImplementedError|StopIteration|EOFError|FileNotFoundError|PermissionError|IsADirectoryError|NotADirectoryError|${CLEANUP_CLASSES.join('|')})\b|exit(?:s|ed)? (?:with )?(?:non-zero )?(?:exit |return )?(?:code|status)[: =]*[1-9]\d*|\breturned a non-zero return code\b|ErrorCode:?\s*[1-9]|\bexitcode[ \t]{0,4}:[ \t]{0,4}[1-9]\d{0,2}\b`,
  'i',
);
// A line logged at WARN or below that names the exception it passed over and says so after it ("WARNING … already exists
// (FileExistsError ignored, exist_ok=True); continuing", the sixty-fourth review): the program went on, nothing failed there.
const CODE_FAILURE_ALL = new RegExp(CODE_FAILURE.source, 'gi');
const CODE_WORDS = ['error', 'traceback', 'exit', 'non-zero return code'];
// The clean-up states' classes are as often caught and logged on the way: on a line logged at WARN or below ("INFO … worker
// pid 4242 already exited (ProcessLookupError), nothing to terminate", the sixty-fifth review) they are news, only as the
// failure's own line the program's.
const CLEANUP_WORDS = CLEANUP_CLASSES.map((name) => name.toLowerCase());
const CLEANUP_STATE = new RegExp(`^(?:${CLEANUP_CLASSES.join('|')})$`, 'i');
/** Whether every report of the code's failure is on a line logged at WARN or below that says the program went on past it. */
function onlyWarnedPast(text: string, lower: string): boolean {
  if (!WENT_PAST_WORDS.some((w) => lower.includes(w)) && !CLEANUP_WORDS.some((w) => lower.includes(w))) return false;
  const passedOver = (m: RegExpExecArray) => wentOnPastAt(text, m.index) || (CLEANUP_STATE.test(m[0]) && isLoggedBelowErrorAt(text, m.index));
  return everyReportPassedOver(text, CODE_FAILURE_ALL, passedOver) === true;
}

// A GPU driver older than the image's CUDA build, in CUDA's, NVIDIA's containers' and PyTorch's words (the rule below says
// whose); every report of it is looked at, a few at most, for a warning's or a guide's condition before it on its line.
const DRIVER_MISMATCH = /\bCUDA driver version is insufficient for CUDA runtime version\b|\bThis container was built for NVIDIA Driver Release [\d.]{1,12} or later\b|\bThe NVIDIA driver on your system is too old\b/i;
const DRIVER_WORDS = ['driver version is insufficient', 'built for nvidia driver', 'driver on your system is too old'];
const CONDITION_OR_WARNING = /\b(?:if you (?:see|get|encounter|hit|receive)|UserWarning|WARNING)\b/i;

/** Whether every report of a driver older than the image's CUDA is a warning or a guide's condition (matchWhere finds none that is not). */
function driverMismatchOnlyWarned(text: string, lower: string): boolean {
  const said = (m: RegExpExecArray) => !CONDITION_OR_WARNING.test(lineBefore(text, m.index));
  return matchWhere(lower, DRIVER_WORDS, DRIVER_MISMATCH, text, said) === undefined;
}

/**
 * The job's own program failing, in its own words: a launcher that could not start it, an argument parser's refusal, a
 * Lambda function that raised, a tuning job's missing metric, an exception or an exit status. The weakest phrase rules:
 * any other failure said beside them outranks them.
 */
export const CODE_RULES: readonly TextRule[] = [
  {
    id: 'script-exec-failed',
    words: ['bad interpreter', 'failed to run command', 'env: ', 'nice: ', 'nohup: ', 'stdbuf: ', 'timeout: ', 'sudo: '],
    cause: 'user-code',
    // A launcher inside the container that could not start the script it was given: bash's "bad interpreter"
    // (a shebang saved with Windows line endings, "/bin/bash^M: bad interpreter: No such file or directory", a
    // notebook's lifecycle script in aws-samples/amazon-sagemaker-notebook-instance-lifecycle-config-samples#86),
    // coreutils' "failed to run command ‘…’" (stdbuf, nohup, timeout) and its "<launcher>: ‘<program>’: No such
    // file or directory" (env's "/usr/bin/env: ‘python\r’: …", nice's), BusyBox env's and sudo's "can't execute" and
    // "unable to execute". The runtime's exec error one process further in: the script or its shebang is the
    // image's. A reading of its own, weaker than any failure said beside it (a
    // setup step's launcher can fail above the failure that ended the job: a GPU's fault, a download, an OOM), and
    // silent beside a collective's report of its own failure, as the code's exception rule is.
    strength: 34,
    standsDown: (text, lower) => collectiveReportDecides(text, lower),
    pattern:
      /\bbad interpreter: (?:No such file or directory|Permission denied)\b|\bfailed to run command [‘'"`][^\n’'"`]{1,300}[’'"`]: (?:No such file or directory|Permission denied)\b|(?:^|[\s:])(?:(?:\/usr)?\/bin\/)?(?:env|nice|nohup|stdbuf|timeout|chroot): [‘'"`][^\n’'"`]{1,100}[’'"`]: (?:No such file or directory|Permission denied)\b|\b(?:env|sudo): (?:can't|cannot|unable to) execute [‘'"`]?[^\s’'"`]{1,300}[’'"`]?: (?:No such file or directory|Permission denied)\b/i,
  },
  {
    id: 'cli-usage-error',
    words: ['usage', '.py: error:'],
    cause: 'user-code',
    // A program that refused the command line it was started with, in its argument parser's own report beside its
    // usage: Python's argparse ("usage: train.py [-h] …⏎train.py: error: unrecognized arguments: --lr 0.1", a
    // hyperparameter the script does not declare), Rust's clap ("error: unexpected argument 'serve' found⏎⏎Usage:
    // text-embeddings-router [OPTIONS]", a serving image SageMaker starts with `serve` that does not take it).
    // The script's or the image's program is what to change (or the arguments passed it): weaker than any failure
    // said beside it. Not the AWS CLI's own parser ("usage: aws [options] …⏎aws: error: the following arguments are
    // required: --role-arn"): that is a request missing a parameter (the thirty-first review). argparse heads its report
    // with the script's own name ("model_service_worker.py: error: unrecognized arguments: --sock-type unix", TorchServe's
    // worker relayed without its usage line, round 138): a Python script's name before "error:" says whose it is.
    strength: 32,
    standsDown: (text, lower) => collectiveReportDecides(text, lower),
    pattern:
      /(?:^|\n)[ \t]{0,8}[\w.-]{1,100}\.py: error:[ \t]{0,2}(?:unrecognized arguments|the following arguments are required|argument [^\n]{1,100}?: (?:invalid|expected|not allowed|ambiguous))|\busage:(?![ \t]{1,3}aws\b)[^\n]{0,300}\n(?:[^\n]{0,300}\n){0,12}?[^\n]{0,100}\berror:[ \t]{0,2}(?:unrecognized arguments|the following arguments are required|argument [^\n]{1,100}?: (?:invalid|expected|not allowed|ambiguous))|\berror:[ \t]{0,2}(?:unexpected argument|unrecognized subcommand|the following required arguments were not provided|invalid value '[^'\n]{0,100}' for)[^\n]{0,300}\n(?:[^\n]{0,300}\n){0,4}?[ \t]{0,8}Usage:/i,
  },
  {
    id: 'lambda-function-error',
    words: ['lambdaerrorcode', 'functionerror'],
    cause: 'user-code',
    // A Lambda function a job invoked (Ground Truth's pre- and post-annotation functions) that ran and raised: Lambda's
    // own code for it, "LambdaErrorCode: Unhandled" (X-Amz-Function-Error), is the function's code, whatever remedies
    // the message lists after it ("Ensure the Lambda function exists, that the role … has permissions to invoke it").
    strength: 40,
    pattern: /\bLambdaErrorCode:[ \t]{0,3}Unhandled\b|\bFunctionError"?:[ \t]{0,3}"?Unhandled\b/,
  },
  {
    id: 'lambda-import-module',
    words: ['unable to import module'],
    cause: 'user-code',
    // Lambda's runtime could not import the handler's module (Runtime.ImportModuleError: "Unable to import module
    // 'handler': No module named tensorflow", "… version `GLIBC_2.18' not found", numpy's multiarray, round 159): the
    // function's package as built, the code's side.
    strength: 45,
    pattern: /\bUnable to import module '[^'\n]{1,120}'/,
  },
  {
    id: 'tuning-no-objective-metric',
    words: ['objective metric'],
    // A tuning job whose training jobs ran but printed no line its objective's regular expression matched
    // ("No objective metrics found after running 4 training jobs. Please ensure that the custom algorithm is
    // emitting the objective metric as defined by the regular expression provided."): the training code's
    // output is what to change (print the metric, or print it as the regex expects).
    cause: 'user-code',
    strength: 45,
    pattern: /\bNo objective metrics? (?:was |were )?found\b|\bis emitting the objective metric\b/i,
  },
  {
    id: 'debugger-rule-condition-met',
    words: ['ruleevaluationconditionmet'],
    // SageMaker Debugger's rule job ends so when its rule's condition held on the training job's tensors
    // ("Customer Error: RuleEvaluationConditionMet: Evaluation of the rule CustomGradientRule at step 0 resulted in the
    // condition being met", round 94): by design, what the rule found (vanishing gradients, an overfit, a loss that does
    // not decrease) is the training's own, its code or its hyperparameters, not the rule job's failure.
    cause: 'user-code',
    strength: 45,
    pattern: /\bRuleEvaluationConditionMet\b/,
  },
  {
    id: 'gpu-driver-older-than-image',
    words: DRIVER_WORDS,
    // The image's CUDA build needs a newer GPU driver than the instance has: CUDA's own cudaErrorInsufficientDriver ("CUDA
    // driver version is insufficient for CUDA runtime version", a Triton image's TensorFlow backend, round 102), NVIDIA's
    // containers' start-up banner ("This container was built for NVIDIA Driver Release 575.51 or later, but version
    // 470.256.02 was detected and compatibility mode is UNAVAILABLE", a DLC's Triton image) and PyTorch's "The NVIDIA
    // driver on your system is too old". No request was refused and no resource ran short: the container chosen (its
    // version, or the instance's platform it asks for) is what to change, the container's own failure.
    // Not a guide's condition ("If you see "CUDA driver version is insufficient …", upgrade the driver") nor PyTorch's
    // UserWarning at import, which a job goes on past on the CPU (the forty-sixth review).
    cause: 'user-code',
    strength: 40,
    standsDown: driverMismatchOnlyWarned,
    pattern: DRIVER_MISMATCH,
  },
  {
    id: 'container-cannot-start',
    words: ['cannotstartcontainer'],
    // ECS's report that the runtime could not start the task's container ("CannotStartContainerError: … mount callback
    // failed on …/etc/passwd: no such file or directory", an image without the user it names, round 137): the image's
    // command and configuration, as SageMaker's "make sure the container starts correctly" is. Weak: what the runtime
    // says after it (an exec error, memory, a full disk) outranks it.
    cause: 'user-code',
    strength: 34,
    pattern: /\bCannotStartContainerError\b/,
  },
  {
    id: 'server-config-refused',
    words: ['[emerg]'],
    // A serving container's own nginx refusing the configuration the image ships ("nginx: [emerg] \"proxy_pass\" cannot have
    // URI part in location given by regular expression … in /bento/nginx.conf:37", a BentoML image behind an endpoint, the
    // eighty-fifth review): the image's file, as the command it runs is. Not a host its upstream names that did not resolve,
    // which is the network's, nor a port already bound.
    cause: 'user-code',
    strength: 34,
    pattern: /\bnginx: \[emerg\] (?!host not found\b|bind\(\))[^\n]{1,400} in \/[^\s:]{1,200}\.conf:\d{1,5}\b/,
  },
  {
    id: 'cpp-uncaught-exception',
    words: ['terminate called after throwing'],
    // A native program ended by an exception nothing caught, libstdc++'s "terminate called after throwing an instance of
    // 'dmlc::Error' what(): … Check failed: tree[nid].IsLeaf()" (XGBoost inside a training script, round 112): the
    // native code's own failure, as a Python traceback's last line is the script's. Only a library's own exception type:
    // the standard library's (std::bad_alloc, memory, its own reading; std::runtime_error's "random_device could not be
    // read", round 45's `unknown`) is as often the environment refusing the runtime. Silent beside a collective's report,
    // which a rank's abort prints the same way.
    cause: 'user-code',
    strength: 30,
    unless: CODE_FAILURE_UNLESS,
    standsDown: codeFailureStandsDown,
    pattern: /\bterminate called after throwing an instance of '(?!std::)[^'\n]{1,120}'/,
  },
  {
    id: 'user-code',
    words: CODE_WORDS,
    cause: 'user-code',
    strength: 30,
    // An exception is the code's own failure only when its message is: a file write or read the
    // system failed with no reason given ("PytorchStreamWriter failed writing file data/17: file write
    // failed", EIO's "Input/output error") reports the machine's disk or file system, whoever called
    // it. A full disk is read by its own words (errno 28); without them the text does not say.
    // A collective library's report of its own failure ("NCCL error in: …", ncclSystemError, the process
    // group's "Watchdog caught collective operation timeout", collective-report.ts) does not say whether a
    // rank, the network, the driver or the code is behind it: the grammar reads it the same way.
    // A process that exited with 128 plus SIGINT (130) or SIGTERM (143) was interrupted or stopped from
    // outside (Ctrl-C, a stop request, a spot interruption): its exit says who stopped it, not a fault. So
    // does a notebook's KeyboardInterrupt (a user who stopped waiting on fit()).
    // The SDK's ImportError that the caller's host lacks the container tooling Local Mode drives
    // ("ImportError: 'docker-compose' is not installed", docker, nvidia-docker) names a program, not a
    // Python module, and is raised before any container ran: no code of the job failed, and no cause
    // id names the host's setup. The built-in algorithms report the customer's data or settings as
    // "ClientError: <message> (caused by ValueError)" (the Algorithm SDK's CustomerError): the class in
    // parentheses is the algorithm's own check that raised, not the customer's code. DeepSpeed's launcher words a rank's
    // exit as "… exits with return code = 1" (round 138), EMR a bootstrap action's as "returned a non-zero return code"
    // (round 142), torch.distributed.elastic a rank's as "failed (exitcode: 1) local_rank: 1" or its root cause's
    // "exitcode  : 1 (pid: 66040)" (round 178; a signal's negative code is read by process-signal.ts).
    // Python's own classes for a call the program made wrongly: a directory it made twice without exist_ok
    // (FileExistsError, round 205), a process it waited on or signalled that was gone, a weak reference it kept past its
    // object. Not the OS's other errors (a broken pipe, an interrupted or blocking call): they report what the program met.
    unless: CODE_FAILURE_UNLESS,
    standsDown: (text, lower) => codeFailureStandsDown(text, lower) || onlyWarnedPast(text, lower) || onlyStoppedFromOutside(text),
    pattern: CODE_FAILURE,
  },
  {
    id: 'bare-exception-under-frame',
    words: ['exception: '],
    cause: 'user-code',
    strength: 30,
    // Python's bare `Exception`, which the rule above does not name, as a traceback's last line right under a frame
    // (a traceback cut above its header, wandb's `raise_from(Exception("problem"), …)`): elsewhere "Exception:" is
    // any log's label. A rule of its own, gated on its word: as an alternative of the rule above it was tried at
    // every frame of every traceback (written as a lookbehind, at every position: that halved the throughput).
    unless: CODE_FAILURE_UNLESS,
    standsDown: codeFailureStandsDown,
    pattern: /\bFile "[^"\n]{1,300}", line \d{1,7}, in [^\n]{1,100}\n(?:[ \t]{1,40}[^\n]{0,300}\n){0,2}[ \t]{0,8}Exception(?=: \S)/,
  },
];
