/**
 * A program in the container failing in its runtime's own words, quoted without a traceback's class: Python's
 * runtime messages, a Rust panic, the dynamic loader's. The image's code and its packaging, as weak as the class
 * a traceback ends with (30): any other detail says more.
 */

import { hostsIn } from './failure-parts';
import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { beforeBoundary, lineBefore, linesAroundExcerpt } from './line-window';
import { isWarningLineAt } from './quiet-lines';

// Rust's report of a panic, "thread '<name>' panicked at <file>:<line>:<column>" (older releases put the
// message before the place: "thread 'main' panicked at 'msg', src/main.rs:4:5"): a program in the
// container (a model server's router, a tokenizer) crashed in its own code, as a Python traceback's class
// says of Python's. The image's code, as weak as that class.
const RUST_PANIC = /\bthread '[^'\n]{1,80}' panicked at (?:'[^\n]{0,200}', )?[\w./-]{1,200}\.rs:\d{1,6}(?::\d{1,6})?/;
const RUST_PANIC_WORDS = ["' panicked at"];
const PANIC_MESSAGE = { before: 0, after: 5 };
// Python's own messages for the errors only running code raises, quoted without the class name (a
// serving container's JSON error body, a log line): "module 'tensorflow' has no attribute 'train'",
// "'NoneType' object has no attribute 'x'", "name 'x' is not defined". The code's, like the class.
// Python's import failures in its own words count too ("No module named 'x'", "cannot import name 'y'
// from 'x'"): a log line of the script's ("Failed to import required libraries: No module named …")
// drops ModuleNotFoundError and ImportError, the code and its packaging are still what failed.
// So does the interpreter's own line when the command it was given names no module or file it can find ("/opt/conda/bin/python3.8:
// No module named pipeline/train" for `python -m`, "python3: can't open file '/opt/ml/code/train.py': [Errno 2] …" for a
// script, round 233): the entry point and the code shipped with it do not match, the code's packaging. Only for a file missing,
// unreadable or under a path that is no directory (errno 2, 13, 20): an I/O error or a stale handle is the file system's.
// A call that does not fit the callee's signature, in Python's words after the callable's name and its
// parentheses ("Recommender._score() missing 1 required positional argument: 'b'", "f() takes 2
// positional arguments but 3 were given"): one function of the code called another wrongly. (An
// unexpected keyword argument is not read here: the SDK's own callables report it to the caller.)
// json's refusal of an object it cannot serialize ("Object of type ParameterString is not JSON serializable", a
// pipeline's definition given a parameter where a string goes): the code handed it the wrong type.
// transformers' own word for an import its code needs ("DetrForObjectDetection requires the timm library but it was not
// found in your environment", and its plural "… requires the protobuf and sentencepiece libraries but they were not
// found …", the thirty-fifth review), as "No module named" is: the code's packaging (read-grammar.ts's IMPORT_FAILURE
// says the same of the line, from the same words, so its format words are not the data's). Here, as a message the
// code's runtime wrote, only with transformers' "in your environment".
// An OSError whose errno only a program's own misuse raises: a descriptor it had closed or never opened (EBADF, 9), an
// address outside its memory (EFAULT, 14), a seek on a pipe (ESPIPE, 29) ("OSError: [Errno 9] Bad file descriptor", quoted
// bare, round 236; the inference toolkit's "[Errno 14] Bad address" under a traceback, round 102). Not the errnos the
// machine or the network answers with (a full disk, an I/O error, a refused connection), which stay with their readers.
// Python's TypeError messages for an operation on a value of the wrong type, quoted the same way ("An error accurred
// while checking idle state. Exception: string indices must be integers", a Studio lifecycle script's log, round 120;
// "'NoneType' object is not subscriptable", "unsupported operand type(s) for +: 'int' and 'str'"): the code's own.
const PYTHON_TYPE_MESSAGE = new RegExp(String.raw`\b(?:string|list|tuple|byte) indices must be integers\b|'\w{1,80}' object is not (?:subscriptable|callable|iterable)\b|\bunsupported operand type\(s\) for\b|\bcan only concatenate \w{1,20} \(not "\w{1,20}"\) to \w{1,20}\b|\bunhashable type: '\w{1,80}'`);
// Only as an error's message: after an error's or an exception's name or a failure's label and a colon on its line
// ("Exception: …", "handler error: …", "\"error\":\"…\"", "InternalServerException', 'message': \"…\""), not in a
// guide's prose ("… will fail with 'dict' object is not callable", the fifty-first review).
const REPORTED_AS_ERROR = /(?:Error|Exception|error|exception|failed|failure)\b[^\n]{0,40}?:[^\n]{0,200}$/;
export const LIBRARY_NOT_FOUND = String.raw`\brequires the [\w.-]{1,40}(?: and [\w.-]{1,40})? librar(?:y|ies) but (?:it was|they were) not found\b`;
const PYTHON_RUNTIME_MESSAGE = new RegExp(
  String.raw`\b(?:OSError|IOError): \[Errno (?:9|14|29)\] (?:Bad file descriptor|Bad address|Illegal seek)\b|\b(?:module|object) '[\w.]{1,80}' has no attribute '\w{1,80}'|'[\w.]{1,80}' object has no attribute '\w{1,80}'|\bname '\w{1,80}' is not defined\b|\bNo module named '[\w.]{1,80}'|\bpython[\d.]{0,6}: (?:No module named [\w./-]{1,200}|can't open file '[^'\n]{1,300}': \[Errno (?:2|13|20)\])|\bcannot import name '\w{1,80}' from '[\w.]{1,80}'|\b[A-Za-z_][\w.]{0,120}\(\)\s{1,8}(?:missing\s{1,4}\d{1,2}\s{1,4}required\s{1,4}(?:positional|keyword-only)\s{1,4}arguments?\b|takes\s{1,4}(?:from\s{1,4}\d{1,2}\s{1,4}to\s{1,4})?\d{1,2}\s{1,4}positional\s{1,4}arguments?\s{1,4}but\s{1,4}\d{1,2}\s{1,4}(?:were|was)\s{1,4}given\b)|\bObject of type '?\w{1,80}'? is not JSON serializable\b|` +
    String.raw`${LIBRARY_NOT_FOUND} in your environment\b`,
);
const PYTHON_RUNTIME_WORDS = ['bad file descriptor', 'bad address', 'illegal seek', 'has no attribute', 'is not defined', 'no module named', 'cannot import name', "can't open file", 'required positional', 'required keyword-only', 'positional argument', 'json serializable', 'library but it was not found', 'libraries but they were not found'];
const PYTHON_TYPE_WORDS = ['indices must be integers', 'object is not ', 'unsupported operand', 'can only concatenate', 'unhashable type'];
// The dynamic loader's report that a native library the code loads is missing or built against other
// versions ("libcudart.so.9.0: cannot open shared object file", "libPipeModeOp.so: undefined symbol:
// _ZN10tensorflow…"): the image's packages do not fit together or the code's wheels were built for
// another runtime. The code and its packaging, like Python's own import failures, whatever class carries it.
// A load a library reports as a warning and goes on without ("Could not load dynamic library
// 'libcudart.so.11.0'; dlerror: libcudart.so.11.0: cannot open …", TensorFlow on every CPU instance) did
// not fail anything: the name after "dlerror: " is not read. (NCCL's probe for its optional plugin, "NCCL INFO
// NET/Plugin : Plugin load (libnccl-net.so) returned 2 : … cannot open shared object file", is on an INFO line,
// which the words this reads have blanked: quiet-lines.ts.)
// The loader's own line names the program and the library first ("tensorflow_model_server: error while loading shared
// libraries: libcuda.so.1: cannot open shared object file", a custom TF Serving image on a GPU endpoint, round 114):
// read from its head, as a quote may end after the library's name.
const NATIVE_LIBRARY_LOAD =
  /(?<![\w.+-])(?<!dlerror: )\b[\w.+-]{1,120}\.so(?:\.\d{1,6}){0,4}:\s{0,4}(?:undefined symbol: [\w@.$]{1,300}|cannot open shared object file\b)|\berror while loading shared libraries: [\w.+-]{1,120}\.so\b/;
const NATIVE_LIBRARY_WORDS = ['undefined symbol', 'shared object file', 'error while loading shared libraries'];
// So is a system library older than the one the program was built against ("/lib64/libm.so.6: version `GLIBC_2.23' not found
// (required by …/tensorflow_model_server)", round 179), unless what printed it went on: a build that falls back, a package
// manager that carried on and a job that completed (apt's "Setting up …" and "Processing triggers for …", pip's "Successfully
// installed", SageMaker's "Completed - ", the sixty-second review).
const LIBRARY_VERSION_MISSING = /(?<![\w.+-])\b[\w.+-]{1,120}\.so(?:\.\d{1,6}){0,4}:\s{0,4}version [`'‘][\w.]{1,40}['’] not found \(required by\b[^\n]*/;
const WENT_ON_AFTER = /\bfall(?:ing|s)? back\b|\bSuccessfully installed\b|^[ \t]*Completed - |\bSetting up \S|\bProcessing triggers for\b/im;

/** The code's own runtime message, a panic whose message names no host, or a native library that would not load. */
export function readProgramFailure(text: string, lower: string): GrammarVerdict | undefined {
  // Not on a warning's line: a library that could not import an optional module says so and goes on ("LiteLLM:WARNING: … could
  // not pre-load bedrock-runtime response stream shape … Error: No module named 'botocore'", round 189).
  const runtime =
    findIfWhere(lower, PYTHON_RUNTIME_WORDS, PYTHON_RUNTIME_MESSAGE, text, (at) => !isWarningLineAt(text, at)) ??
    findIfWhere(lower, PYTHON_TYPE_WORDS, PYTHON_TYPE_MESSAGE, text, (at) => REPORTED_AS_ERROR.test(lineBefore(text, at)));
  if (runtime) return { rule: 'python-runtime-message', cause: 'user-code', strength: 30, excerpt: runtime };
  // A panic whose message names a host (a download or a connection that failed) is that request's
  // answer, which the panic only carried: not read as the code's. Its message is on the lines after
  // "panicked at"; a host elsewhere in a pasted log (pip's index) is not its.
  const panicAt = findIf(lower, RUST_PANIC_WORDS, RUST_PANIC, text);
  const panic = panicAt && hostsIn(linesAroundExcerpt(text, panicAt, PANIC_MESSAGE)).length === 0 ? panicAt : undefined;
  if (panic) return { rule: 'rust-panic', cause: 'user-code', strength: 30, excerpt: panic };
  const native = findIf(lower, NATIVE_LIBRARY_WORDS, NATIVE_LIBRARY_LOAD, text) ?? libraryVersionMissing(text, lower);
  if (native) return { rule: 'native-library-load', cause: 'user-code', strength: 30, excerpt: native };
  return undefined;
}

/** The loader's line for a system library older than the program needs, when nothing after it went on: the excerpt, or undefined. */
function libraryVersionMissing(text: string, lower: string): string | undefined {
  const found = lower.includes('not found (required by') ? LIBRARY_VERSION_MISSING.exec(text) : null;
  // Up to the log the unwrapper set after the reason (the lines pasted above it), as the shell's line is read.
  return found && !WENT_ON_AFTER.test(beforeBoundary(text.slice(found.index))) ? found[0] : undefined;
}
