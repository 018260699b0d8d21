import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt, linesAroundExcerpt } from './line-window';
import { isWarningLineAt } from './quiet-lines';
import { LAYER_WRITE } from './read-image-detail';
import { holdsAny } from './word-gate';

// What the libraries a training job runs say about what they were given, in their own words, whatever
// exception class carries it (XGBoostError, LightGBMError, ValueError, a CUDA assertion). The class is
// the code's; the sentence names the input, so the input is what to change.

// The labels' values refused: "label must be in [0,1] for logistic regression", "labels must be in
// sorted order", "labels are not correctly provided", "Label should be the first column in a LibSVM
// file", "Label contains NaN". The label column is part of the training data.
// What is required of them is a value, a range or an order, not a label's own form ("labels must be
// unique across nodes" is a cluster's labels, "Label must be 128 characters or less" a tag's). XGBoost's multiclass metric
// names its check of the labels' range by its variable ("Check failed: label_error", the hundred-and-twenty-eighth review).
const LABEL_DEFECT =
  /\bCheck failed: label_error\b|\blabels?\b[^\n]{0,30}?\b(?:(?:must|should) be (?:in|within|between|an? |integers?|ints?|floats?|numeric|non-?negative|positive|sorted|binary|0 or 1|the first column)|(?:are|is) not correctly provided|(?:are|is) (?:out of range|invalid|not in)|out of (?:range|bounds)|contains? (?:NaN|nan|inf(?:inity)?|negative|invalid|missing))\b/i;
// Values that are not finite: scikit-learn's "Input contains NaN, infinity or a value too large for
// dtype('float64')", "Input X contains NaN", XGBoost's "Label contains NaN, infinity or a value too
// large" and, the value quoted, "Input data contains `inf` or a value too large" (the forty-eighth review). What contains
// them is named first; a loss that became NaN is the training's, not the input's.
const NON_FINITE =
  /\b(?:input|inputs|labels?|features?|data(?:set)?|X|y|array|matrix|columns?|values?)\b[^\n]{0,12}?\bcontains? [`'"]?(?:NaN|NaNs|nan|inf(?:inity)?|non-finite|missing values)\b/i;
const VALUE_WORDS = ['label', 'contain'];
// torchvision's datasets not finding their files under the root they were given ("RuntimeError: Dataset not found. You can use
// download=True to download it", MNIST from a channel's directory, the hundred-and-twenty-eighth review): the input is not there
// in the layout the dataset class reads.
const DATASET_FILES_MISSING = /\bDataset not found(?: or corrupted)?\.? You can use download=True to download it\b/i;
// The datasets library building a split from the job's files and finding them not one table: files whose columns differ
// ("CastError: Couldn't cast … because column names don't match", the two schemas printed between on lines of their own, its
// DatasetGenerationCastError's "All the data files must have the same columns"), or files that held no example at all
// ("SchemaInferenceError: Please pass `features` or at least one example when writing data" after "Generating train split: 0 examples"; the hundred-and-thirty-eighth review).
// The cast's end is found first and its head looked for behind it: the schemas between may run to many lines.
const CAST_END = "because column names don't match";
const CAST_HEAD = "couldn't cast";
const CAST_REACH = 20_000;
const DATASET_FILES_DISAGREE =
  /\bAll the data files must have the same columns\b|\bSchemaInferenceError: Please pass \x60features\x60 or at least one example when writing data\b/;
const DATASET_FILES_WORDS = ['must have the same columns', 'at least one example when writing'];

/** datasets' CastError: its end, with "Couldn't cast" within reach before it, not on a warning's line. */
function castErrorAt(text: string, lower: string): string | undefined {
  const end = lower.indexOf(CAST_END);
  if (end < 0) return undefined;
  const head = lower.lastIndexOf(CAST_HEAD, end);
  return head >= 0 && end - head <= CAST_REACH && !isWarningLineAt(text, head) ? lineAt(text, head).trim() : undefined;
}
// The target column's values said wanting in a dataset check's words, as Canvas's pre-build checks print them ("Missing
// values in your target column", "Too many unique labels for the number of rows in your data", round 96): the dataset.
// Not a count of none ("0 missing values in the target column", a script's report), nor a warning the job went on past
// ("UserWarning: too many categories for the number of rows …, skipping chi2 test", the forty-third review).
const TARGET_COLUMN_DEFECT =
  /(?<!\b(?:0|no|zero)[ \t])\bmissing values in (?:the |your )?(?:target|label|class) column\b|\btoo many (?:unique )?(?:labels|classes|categories) for the number of (?:rows|samples|records|examples)\b/i;
const TARGET_WORDS = ['missing values in', 'too many unique', 'too many labels', 'too many classes', 'too many categories'];
// A count of none anywhere on the line ("0 rows with missing values in the target column", "Number of missing values in
// the target column: 0", the forty-fourth review).
const COUNT_OF_NONE = /(?:^|[\s:=(])0(?:\.0+)?(?=[\s,.;)]|$)|\b(?:no|zero|none)\b/i;
// A kernel's assertion that a target index lies inside the class count (PyTorch's nll_loss: "Assertion
// `t >= 0 && t < n_classes` failed", newer "`cur_target >= 0 && cur_target < n_classes`"): a label
// outside the classes the model has.
const CLASS_RANGE_ASSERT = /\bAssertion `[^`\n]{0,80}\b(?:n_classes|num_classes|nclasses|n_class|num_class)\b[^`\n]{0,40}` failed/i;
const CLASS_WORDS = ['nclasses', 'n_class', 'num_class'];
// An archive the job was given whose structure is not there: PyTorch's "PytorchStreamReader failed
// reading zip archive: failed finding central directory" (a checkpoint cut short), zipfile's "File is not
// a zip file", gzip's "Not a gzipped file". The file is truncated or not what it claims to be.
// Its reader's own name says the same of an entry the archive lacks ("PytorchStreamReader failed locating file constants.pkl":
// a model saved with torch.save where torch.jit.load reads a TorchScript archive, round 225).
const ARCHIVE_SUBJECT = /\b(?:zip|gzip(?:ped)?|tar|bz2|xz|7z)\s(?:archive|file)\b|\bcentral directory\b|\bPytorchStreamReader\b/i;
const ARCHIVE_DEFECT = /\b(?:not a|failed (?:reading|finding|locating|to read|to open|to find)|truncated|corrupt\w*|unexpected end|invalid|bad|missing)\b/i;
const ARCHIVE_WORDS = ['zip', 'tar ', 'bz2', 'xz ', '7z', 'central directory', 'pytorchstreamreader'];
// A record whose integrity check failed as it was read: TFRecord's and the Pipe-mode reader's "CRC check on
// data failed", "CRC check on header failed", a record's "checksum mismatch". The file read is damaged or
// not in the record format, whatever code reads it (as "corrupted record at N" is, rules.ts).
const RECORD_INTEGRITY = /\b(?:CRC|checksum)(?: check)? (?:on|of|for) (?:the )?(?:data|header|record|length|block|chunk)\b[^\n]{0,20}?\b(?:failed|mismatch\w{0,3})\b|\brecord\b[^\n]{0,30}?\b(?:CRC|checksum) (?:check )?(?:failed|mismatch\w{0,3})\b/i;
const INTEGRITY_WORDS = ['crc', 'checksum'];

// A value of the records that had to be a number and is not: pandas' "Unable to parse string \"n/a\" at
// position 1041" (a column parsed), and Python's "could not convert string to float" where the text shows
// the data being read (a reader or a record named: loadtxt, read_csv, a column, a row) or is a component's
// bare report without an exception ("Could not convert string to float.", Clarify's analyzer). The same
// words under a traceback of the code's own int()/float() calls are as often a version string, an
// environment variable or a command-line value as a record, so they are left to the exception's reading.
// scikit-learn's check of an array of strings where a model takes numbers says the same ("dtype='numeric' is
// not compatible with arrays of bytes/strings").
const NOT_A_NUMBER =
  /\bcould not convert (?:the )?string to (?:float|int(?:eger)?|numeric|number)\b|\binvalid literal for (?:int|float)\(\)|\bunable to parse string "[^"\n]{0,80}" at position\b|\bdtype='numeric' is not compatible with arrays of bytes\/strings\b/i;
const NUMBER_WORDS = ['convert string', 'convert the string', 'invalid literal', 'parse string', "dtype='numeric'"];
// Reports that say themselves that the records were being read (a column parsed, an array of features checked).
const COLUMN_PARSED = /\bunable to parse string "|\bdtype='numeric' is not compatible with arrays\b/i;
// A model's prediction called over the records is a read of them too (an inference handler's
// `model.predict(input_data)`): the record held a string where a feature is a number. The call, not the
// word: a predict_fn's own float() of a setting is the code's, and a notebook's float() around a predictor's
// call parses the endpoint's answer, not records. So is a model's fit over the records (FIT_OVER_RECORDS).
const DATA_READ = /\b(?:loadtxt|genfromtxt|read_csv|read_table|to_numeric|astype|pandas|columns?|rows?|records?|dataset|csv)\b|^(?![^\n]*\b(?:float|int)\([^\n]*\.predict)[^\n]*\.predict(?:_proba)?\(/im;
const RAISED = /(?:Error|Exception)\b/;
// A model's fit over the records, named as its first argument (`pca.fit_transform(train_data)`, `model.fit(X_train, y)`,
// round 72: an HTML page saved as train.csv), with the library's conversion of them in a frame below it (scikit-learn's
// check_array, numpy's asarray): the records held a value that is not a number. Not a fit line that converts a setting
// itself (`fit(X, epochs=int(args.epochs))`), not the label column's check (`_check_y`), and not a value that is a
// plain word ("'Private'", "'yes'": a category the code never encoded), the thirty-seventh review.
const FIT_OVER_RECORDS =
  /^(?![^\n]*\b(?:int|float)\()[^\n]*\.fit(?:_transform)?\([ \t]{0,3}(?:X|x|X_\w{1,20}|\w{0,20}data\w{0,20}|features?|df(?:_(?:train|test|val|valid|eval))?)\b/m;
const LIBRARY_CONVERSION_FRAME = /\b(?:check_array|_asarray\w{0,20}|asarray|_assert_all_finite)\b/;
const LABEL_CHECK_FRAME = /\b_check_y\b/;
const WORD_VALUE = /\bto (?:float|int(?:eger)?)[^:\n]{0,20}:[ \t]{0,2}'(?!(?:n\/?a|nan|null|none|missing)')[A-Za-z][A-Za-z _-]{0,40}'/i;
function fitOverRecords(around: string, number: string): boolean {
  return FIT_OVER_RECORDS.test(around) && LIBRARY_CONVERSION_FRAME.test(around) && !LABEL_CHECK_FRAME.test(around) && !WORD_VALUE.test(number);
}
// Up to six frames (each a `File` line and its source line) above the report.
const NUMBER_REPORT = { before: 12, after: 2, traceback: true, framesOnly: true };
// A value the job's own settings hold is not the records'.
const ARGUMENT_SUBJECT = /\b(?:hyper-?parameters?|arguments?|argparse|environment variable|SM_HP_)/i;
// A built-in algorithm's own error line ("[10/17/2017 18:01:04 ERROR 140234860816192 train.py:48]": the
// algorithm is AWS's, so no code of the customer's is behind it) reporting records of the wrong size
// ("cannot copy sequence with size 785 to array axis with dimension 784", "expected 784 features, got 785"):
// the records do not have the shape the algorithm was configured for.
// So does a model answering an invocation (a batch transform's record, an endpoint's body) whose library counts the
// record's features against the model's: scikit-learn's "Incorrect number of features. Got 220 features, expected
// 216", "X has 220 features, but KMeans is expecting 216 features as input" and its trees' older "Model n_features is 4
// and input n_features is 5" (round 133), XGBoost's "Feature shape mismatch,
// expected: 216, got 220", "feature_names mismatch", LightGBM's "The number of features in data (20) is not the same
// as it was in training data (19)", round 92 and the forty-second review). The record sent is what does not fit, as
// for the built-in algorithm. A training or processing script's own count is the code's and is not read: its frame
// under /opt/ml/code or /opt/ml/processing, and a function of its own named predict_fn, say so (the forty-second
// review); the serving containers' default handler (`default_predict_fn`) is the container's.
// The algorithms' native code names itself by the path it was built under ("/opt/brazil-pkg-cache/packages/
// AIAlgorithmsMXNet/…/concat.cc:66: Check failed: … Incompatible input shape: expected [1,0,64,80], got [1,256,30,30]",
// semantic segmentation's, round 102), whatever is left of its error line's head.
const BUILTIN_ERROR_LINE = /^\[\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d ERROR \d{1,24} [\w.-]{1,60}\.py:\d{1,6}\]/m;
const BUILTIN_NATIVE_PATH = /\/opt\/brazil-pkg-cache\/packages\/AI(?:Algorithms|Applications)\w{0,40}\//;
const SERVING_INVOCATION = /\/invocations\b|\[sagemaker logs\]|\bInvokeEndpoint\b|\bdefault_predict_fn\b/;
const SCRIPT_FRAME = /\/opt\/ml\/(?:code|processing)\//;
const RECORD_SHAPE =
  /\bsize \d{1,9}\s{1,40}to (?:an? )?array axis with dimension \d{1,9}\b|\bexpected \d{1,9} (?:features?|columns?|dimensions?)\b[^\n]{0,40}?\b(?:got|found|but|saw) \d{1,9}\b|\bIncorrect number of features\. Got \d{1,9} features?, expected \d{1,9}\b|\bhas \d{1,9} features?, but [\w.]{1,60} is expecting \d{1,9} features?\b|\bModel n_features is \d{1,9} and input n_features is \d{1,9}\b|\bFeature shape mismatch, expected: \d{1,9}, got \d{1,9}\b|\bfeature_names mismatch\b|\bnumber of features in data \(\d{1,9}\) is not the same as it was in training data\b|\bIncompatible input shape: expected \[[\d, ]{1,60}\], got \[[\d, ]{1,60}\]/i;

/** A library's report that the values, the records or the archive it was given are not what it needs: `data`. */
export function readInputValuesReport(text: string, lower: string): GrammarVerdict | undefined {
  const values =
    findIf(lower, VALUE_WORDS, LABEL_DEFECT, text) ??
    findIf(lower, VALUE_WORDS, NON_FINITE, text) ??
    findIf(lower, CLASS_WORDS, CLASS_RANGE_ASSERT, text) ??
    findIfWhere(lower, TARGET_WORDS, TARGET_COLUMN_DEFECT, text, (at) => !isWarningLineAt(text, at) && !COUNT_OF_NONE.test(lineAt(text, at)));
  if (values) return { rule: 'input-values-refused', cause: 'data', stage: 'input', strength: 56, excerpt: values };
  const missing = lower.includes('download=true') ? DATASET_FILES_MISSING.exec(text)?.[0] : undefined;
  if (missing) return { rule: 'dataset-files-missing', cause: 'data', stage: 'input', strength: 56, excerpt: missing };
  const disagree = castErrorAt(text, lower) ?? findIfWhere(lower, DATASET_FILES_WORDS, DATASET_FILES_DISAGREE, text, (at) => !isWarningLineAt(text, at));
  if (disagree) return { rule: 'dataset-files-disagree', cause: 'data', stage: 'input', strength: 56, excerpt: disagree };
  const number = findIf(lower, NUMBER_WORDS, NOT_A_NUMBER, text);
  // What the value was is said by the report's own traceback and lines, not by a pasted log's other lines
  // (the toolkit's environment dump names the hyperparameters at every start).
  const around = number ? linesAroundExcerpt(text, number, NUMBER_REPORT) : '';
  if (number && !ARGUMENT_SUBJECT.test(around) && (COLUMN_PARSED.test(number) || DATA_READ.test(around) || fitOverRecords(around, lineAt(text, text.indexOf(number))) || !RAISED.test(around))) return { rule: 'value-not-a-number', cause: 'data', stage: 'input', strength: 50, excerpt: number };
  const builtIn = (lower.includes(' error ') && lower.includes('.py:') && BUILTIN_ERROR_LINE.test(text)) || (lower.includes('brazil-pkg-cache') && BUILTIN_NATIVE_PATH.test(text));
  const served = lower.includes('feature') && SERVING_INVOCATION.test(text) && !SCRIPT_FRAME.test(text);
  const shape = builtIn || served ? RECORD_SHAPE.exec(text)?.[0] : undefined;
  if (shape) return { rule: 'builtin-record-shape', cause: 'data', stage: 'input', strength: 56, excerpt: shape.replace(/\s+/g, ' ') };
  const integrity = findIf(lower, INTEGRITY_WORDS, RECORD_INTEGRITY, text);
  if (integrity) return { rule: 'record-integrity-failed', cause: 'data', stage: 'input', strength: 56, excerpt: integrity };
  if (!holdsAny(lower, ARCHIVE_WORDS) || LAYER_WRITE.test(text)) return undefined;
  const archive = text.split('\n', 50).find((line) => line.length < 4096 && ARCHIVE_SUBJECT.test(line) && ARCHIVE_DEFECT.test(line));
  return archive ? { rule: 'archive-unreadable', cause: 'data', stage: 'input', strength: 56, excerpt: archive.trim().slice(0, 200) } : undefined;
}

// A native build of the code's own extensions that failed: a compiler's "fatal error: cuda_runtime.h: No
// such file or directory" then "compilation terminated.", PyTorch's "Error building extension
// 'fused_adam'", setuptools' "error: command 'gcc' failed with exit status 1". The code and the image it
// is built in are the customer's (weak, 38, as a model that does not compile).
const BUILD_FAILED =
  /\bcompilation terminated\b|\bError building extension '[\w.-]{1,80}'|\berror: command '[^'\n]{1,120}' failed with exit (?:status|code) [1-9]\d{0,2}\b/i;
const BUILD_WORDS = ['compilation terminated', 'building extension', "error: command '"];
// A package manager that could not resolve a requirement it was given: pip's "No matching distribution
// found for x" / "Could not find a version that satisfies the requirement x", conda's
// PackagesNotFoundError, npm's "No matching version found". The requirements list is the customer's;
// weak (35), below a connection failure the same log shows (an index that cannot be reached is the network).
const REQUIREMENT_UNRESOLVED =
  /\bno matching (?:distributions?|versions?|packages?) (?:found|for)\b|\bcould not find (?:a|any) (?:versions?|packages?|distributions?) (?:that|which) (?:satisf|match)\w{0,4}\b|\b(?:unable|could not|cannot|failed) to resolve (?:the )?(?:dependencies|requirements?|packages?)\b|\bPackagesNotFoundError\b|\bUnsatisfiableError\b|\bResolutionImpossible\b/i;
const REQUIREMENT_WORDS = ['no matching', 'could not find a', 'to resolve', 'packagesnotfound', 'unsatisfiable', 'resolutionimpossible'];

// The packaging of the code's own module that failed, in setuptools' and pip's report formats: setuptools
// logs each command it runs ("running egg_info", "running bdist_wheel") and ends a failed one with a
// lower-case "error: <why>" line a few lines below it ("error: Invalid distribution name or version syntax:
// .-train-1.0.0", a module named after an entry point "./train.py"); pip reports the step it ran for a package
// as "Command errored out with exit status 1" or, newer, "error: subprocess-exited-with-error" and "python
// setup.py egg_info did not run successfully". The package and its setup are the customer's (weak, 38, as a
// native build; a full disk or an unreachable index the same log shows says more).
const SETUPTOOLS_COMMAND_ERROR =
  /^[ \t]{0,12}running (?:egg_info|dist_info|build|build_py|build_ext|bdist_wheel|bdist_egg|sdist|install|develop)\b[^\n]{0,200}\n(?:[^\n]{0,300}\n){0,20}?[ \t]{0,12}error: [^\n]{1,200}/m;
const SETUPTOOLS_WORDS = ['running egg_info', 'running dist_info', 'running build', 'running bdist', 'running sdist', 'running install', 'running develop'];
const PIP_STEP_FAILED =
  /\bCommand errored out with exit status [1-9]\d{0,2}\b|\berror: subprocess-exited-with-error\b|\bsetup\.py (?:egg_info|bdist_wheel|develop|install) did not run successfully\b/;
const PIP_STEP_WORDS = ['command errored out', 'subprocess-exited-with-error', 'did not run successfully'];

/** The code's build or its requirements failing before it ran: `user-code`, weakly. */
export function readBuildReport(text: string, lower: string): GrammarVerdict | undefined {
  const build = findIf(lower, BUILD_WORDS, BUILD_FAILED, text);
  if (build) return { rule: 'native-build-failed', cause: 'user-code', strength: 38, excerpt: build };
  const packaging = (lower.includes('error: ') ? findIf(lower, SETUPTOOLS_WORDS, SETUPTOOLS_COMMAND_ERROR, text) : undefined) ?? findIf(lower, PIP_STEP_WORDS, PIP_STEP_FAILED, text);
  if (packaging) return { rule: 'package-build-failed', cause: 'user-code', strength: 38, excerpt: packaging.trim().slice(0, 300) };
  const requirement = findIf(lower, REQUIREMENT_WORDS, REQUIREMENT_UNRESOLVED, text);
  return requirement ? { rule: 'requirement-unresolved', cause: 'user-code', strength: 35, excerpt: requirement } : undefined;
}

// A native library's internal check that failed with nothing but its expression (glog's CHECK_GT: "Check
// failed: (best_split_info.left_count) > (0)", optionally "at <file>, line N ."): the library's own
// invariant broke, and the words do not say whether its input, its configuration or itself was wrong. A
// check with a message after it ("Check failed: valid: Label contains NaN") says more and is read by it.
const BARE_NATIVE_CHECK =
  /\bCheck failed: [^\n:]{1,160}?(?:[<>]=?|[!=]=)[^\n:]{1,160}?(?: at [^\n]{1,300}?, line \d{1,7}\s?\.?)?[ \t]*(?:\n|$)/;

/** Whether the text's failure is a native library's bare internal check (not the code's own crash). */
export function isBareNativeCheck(text: string, lower: string): boolean {
  return lower.includes('check failed') && BARE_NATIVE_CHECK.test(text);
}
