import { findIf } from './grammar-verdict';
import { FRAME_HEAD } from './line-window';
import { LIBRARY_NOT_FOUND } from './program-detail';
import { lineWentOnPast } from './quiet-lines';

// The built-in algorithms' reports of their input, read line by line: a data format, an input channel, a dataset's column
// or the training data named with what is wrong with it. (Split from read-grammar.ts, which reads the rest of the class and stage.)

// A built-in algorithm complaining about its input: a data format (or the archive it came in) named on
// the same line as what is wrong with it. A format word, not a file name: "train.csv" names a file.
// A model file's format counts when the input is a model (Neo compiles the model archive it is given).
// A count of files is a defect too: "Exactly one .pb file is allowed", "Multiple h5 files provided,
// … when only one is allowed", "No h5 file provided in <model path>".
// A header is the data's (a CSV's first line), not a request's HTTP header: S3's "The authorization header
// is malformed; the region 'us-east-1' is wrong" is a request signed for another region, not a data format.
// The content type is the payload's format, also hyphenated after "unsupported" ("Unsupported content-type
// application/x-image", a TensorFlow endpoint's, round 203); a hyphenated "Content-type test/csv not supported" is held the
// request's parameter (a batch transform's ContentType, round 55), like "Content-type must be application/json". One said not
// accepted is the same refusal ("text/csv;label_size=0 is not an accepted csv ContentType", XGBoost's, the hundred-and-fifty-fifth
// review).
// SageMaker hosting's name for the model's tar.gz is a format too, its stage's sentence cut before the URL and the format
// ("Failed to extract model data archive for container", round 212; whole, it names tar.gz).
// A data format named as such is the subject itself ("ERROR in serving: Unsupported request data format: {u'item': 10, …}", the
// TensorFlow Serving container's refusal of a payload, round 215).
// Not a compiled module's C header ("Expected 96 from C header, got 88": numpy's ABI check, a package
// built against another numpy) nor tar's "(child)" program line ("tar (child): lbzip2: Cannot exec").
const DATA_FORMAT = /(?<![\w./-])(?:libsvm|csv|record ?io|protobuf|parquet|jsonlines|json|tfrecords?|content ?type|(?<=unsupported )content-type|(?<!(?:authori[sz]ation|request|response|HTTP|C) )header(?! field)|delimiter|magic number|label format|tar(?![ \t]{0,4}\(child\))(?:\.gz)?|model data archive|data format|tgz|gzip|\.pb(?:txt)?|h5|\.pth|\.onnx)\b/i;
// A module the code could not import names a format only as its package ("h5 format requires h5py. Could not
// import h5py."): the image's packages, not the data. So does transformers' line for a library it needs, which
// comes on the line after its "ImportError:" ("LlamaTokenizer requires the protobuf library but it was not found in
// your environment"; "… requires the protobuf and sentencepiece libraries but they were not found"): protobuf there is
// a package, not the records' encoding. Only with "not found": a defect that names a library it needs ("invalid magic
// number (reading parquet requires the pyarrow library >= 8.0)") is still the data's (the thirty-fifth review).
const IMPORT_FAILURE = new RegExp(String.raw`\b(?:ImportError|ModuleNotFoundError)\b|\bcould not import\b|\bNo module named\b|${LIBRARY_NOT_FOUND}`, 'i');
const DATA_DEFECT = /\bconsists? (?:entirely )?of only\b|\bonly (?:zeros|nulls|NaNs?)\b|\b(?:pars(?:e|ing)|unable to|cannot|could not|failed to (?:load|read)|failed to extract (?:the )?model data archive|not found|invalid|incorrect|malformed|corrupt\w*|non-numeric|(?:does|did|do) not (?:have|follow|start|match|contain|accept)|is not an? (?:accepted|supported|valid)|only contains?|contains? only|expected|mismatch|no iterator|not supported|unsupported (?:content[ -]?type|(?:(?:request |input )?data |file )?format)|ensure|empty|exactly one|only one|multiple)\b|^[^\n]{0,40}?\bno\b[^\n]{0,40}?\bprovided\b/i;
// Under SageMaker's ClientError only (a built-in algorithm's report of the customer's data), a shortfall of the
// records' own contents ("Not enough annotation packed in the list file or the RecordIO file. Each object requires at
// least five numbers …"): elsewhere "not enough" and "requires at least" are as often a machine's resources, a version
// or the code's own check (the thirty-fourth review). So is none of them at all ("ClientError: No records found in
// RecordIO-Protobuf data", "No hosts received training data", the XGBoost container's checks, the hundred-and-fortieth review).
const CLIENT_DATA_SHORTFALL =
  /\bno (?:records?|rows|samples|examples|data points) (?:were |was )?found\b|\bno (?:hosts?|nodes?|workers?) received\b|\bdata(?:set)? must contain\b|\bnot enough (?:[\w-]{1,20} )?(?:annotations?|labels?|records?|rows|samples|examples|values|columns|fields|numbers|data points|features?)\b|\brequires at least (?:\w+ ){0,2}(?:numbers?|values?|columns?|fields?|labels?|records?|rows?|samples?|examples?|features?)\b/i;
const FORMAT_WORDS = ['libsvm', 'csv', 'record', 'protobuf', 'parquet', 'json', 'content', 'header', 'delimiter', 'magic number', 'label format', 'tar', 'model data archive', 'data format', 'tgz', 'gzip', '.pb', 'h5', '.pth', '.onnx'];
// The input named by its channel, as the built-in algorithms name it: what is "in the train channel"
// or in "data channel 'train'" is the job's input. ("Unknown input channel: x" is the request's
// channel list, a validation report, and is not this.)
// An inference job's input is its payload ("unable to evaluate payload provided"): the same subject.
// An error's or a response's payload is what a server answered, not the input (Livy's "Invalid status code '404' from
// http://localhost:8998/sessions/13 with error payload: …", round 96). Nor is a file named so in a path ("s3://…/arguments/payload.pkl",
// the remote function's serialized arguments, round 187's property check).
const INPUT_CHANNEL = /\b(?:in|from|of) (?:the )?['"]?[\w-]{1,40}['"]? channel\b|\bdata channel\b|\bchannel ['"][\w-]{1,40}['"]|(?<!\b(?:error|response|reply) )(?<![/\w.-])payload\b(?!\.\w)/i;
// Under SageMaker's ClientError only, the training data named as such ("ClientError: training time
// series consist of only zeros") is the same subject: the built-in algorithms report their input so.
// In the code's own words (an AlgorithmError, a log line) "training set" is as often a metric's.
// So is the data a Clarify job was given, by what it must hold ("ClientError: Dataset must contain features", round 218; the
// sentence alone, without the class, stays unread as held since round 8).
const TRAINING_DATA = /\btraining (?:data(?:set)?|time series|set|samples|records)\b|\bthe dataset\b|\bdata(?:set)?(?= must contain\b)/i;
// A column of the dataset the job was given, named by its role (SageMaker Clarify's "predicted Label
// Column", "Label Column series", a target or feature column) with what is wrong with its values ("No
// Label values are present in the predicted Label Column", "Predicted Label Column series datatype is
// not the same as Label Column series"): the input's content, like a format line. Same limits as the
// training data: under SageMaker's ClientError or the built-in containers' own tag for the customer's
// side ("Customer Error:"), where the container is reporting on the data it was given.
// The built-in algorithms name the data's parts so too: its labels by their size or number ("ClientError: Given label size mismatched
// with prediction size. Please ensure the first column is label", XGBoost; "Mismatch between number of labels in the multi-label data
// (5) and the num_classes parameter", Image Classification), its features by name ("feature_names mismatch: […] expected f13 in input
// data"), its tokens by vocabulary id ("Inconsistent vocab for in1 found. Vocab id \"2\" is not less than vocab_size=2", Object2Vec):
// the hundred-and-first review.
const DATASET_COLUMN =
  /\b(?:label|target|feature|predicted(?: label)?|facet|score|probability|group) columns?\b|\bcolumn series\b|\b(?:first|last) column is (?:the )?label\b|\blabel (?:size|count|width)\b|\bnumber of labels\b|\bfeature_names\b|\bvocab(?:ulary)? ids?\b/i;
const DATASET_COLUMN_WORDS = ['column', 'label', 'feature_names', 'vocab'];
const COLUMN_DEFECT =
  /\b(?:is|are) not the same\b|\bno [\w ]{1,30}? (?:is|are) present\b|\bcontains? (?:all|only)\b|\b(?:not found|missing|mismatch\w{0,3}|invalid|inconsistent|empty|does not (?:exist|match|contain))\b/i;
const CUSTOMER_ERROR = /\bCustomer ?Error\b/;
// What a format line is about when it is not the input: a configuration the job was given (read as
// validation by validation-reports.ts), or the output (read-grammar.ts). Words, not paths: "config.json" or
// "/opt/ml/config" name a place, not what failed.
// The AWS CLI's parse of a parameter's value ("Error parsing parameter '--provisioned-throughput': Invalid JSON: …", round 186)
// is the command as typed, a configuration too, and so is a policy document ("Policy json is invalid, error: […]", an OpenSearch
// Serverless access policy, round 190).
// So is a line that names a parameter by its name ("Please ensure that the value of parameter 'label_width' is greater than the
// maximum number of labels packed for an image in the dataset": the hyperparameter is to change, the hundred-and-first review).
const CONFIG_SUBJECT = /(?<![/\w.-])(?:config(?:uration)?s?|polic(?:y|ies))(?![/\w.-])|^Error parsing parameter '--|\b(?:invalid|value of) (?:hyper)?parameter (?:value )?'[\w.-]{1,60}'/i;

// The lines read: a pasted log before the failure (a toolkit's environment dump, some forty lines) must not push the failure's
// own lines out of reach.
const MAX_LINES = 120;

/** A line naming a data format, or an input channel, and what is wrong with it (the built-in algorithms' input errors). */
export function dataFormatLine(text: string, lower: string, clientSide: boolean): string | undefined {
  const lines = text.split('\n', MAX_LINES);
  // A sentence a hard wrap broke ("Please ensure that the object located at ⏎ the URL is a valid tar.gz archive.", a
  // Terraform diagnostic as a page wrapped it): a line going on in lower case from a long line that stopped
  // mid-sentence, naming the format itself, takes its defect from that line's last sentence ("ensure"). Not the
  // other way round: a format the line before named ("… saving tokenized json shards ⏎ empty cache called") is
  // that line's business.
  const brokenSentence = (line: string, at: number) => {
    const before = at > 0 ? (lines[at - 1] ?? '') : '';
    // A line longer than the one before is no wrap of it (a log line after NCCL's, round 158's log-noise check).
    if (!/^[a-z]/.test(line) || before.length < 40 || before.length >= 4096 || line.length > before.length + 10 || !/[a-z][ \t]*$/.test(before)) return '';
    const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
    return before.slice(sentenceStart);
  };
  // Nor a line logged at WARN or below that says the program went on ("WARNING … unsupported content-type '…', falling back to
  // text/csv", the sixty-fifth review).
  const clean = (line: string) => !CONFIG_SUBJECT.test(line) && !IMPORT_FAILURE.test(line) && !lineWentOnPast(line);
  // A traceback's source line under its frame is the code that raised, not the message it raised ("raise exc.UserError(\"Failed
  // to load parquet data …\")" above the UserError itself, round 200's log-noise check).
  // A line at the frame's own indent or left of it is no source line: a compiled frame ("File \"pyarrow/error.pxi\", line 100, in
  // pyarrow.lib.check_status") shows none, and the exception it raised follows at the margin (the eighty-sixth review).
  const sourceLine = (at: number) => at > 0 && FRAME_HEAD.test(lines[at - 1] ?? '') && indentOf(lines[at]!) > indentOf(lines[at - 1]!);
  const defectWith = (subject: RegExp) =>
    lines.find((line, at) => {
      if (line.length >= 4096 || !subject.test(line) || !clean(line) || sourceLine(at)) return false;
      if (DATA_DEFECT.test(line) || (clientSide && CLIENT_DATA_SHORTFALL.test(line))) return true;
      const broken = brokenSentence(line, at);
      return broken !== '' && DATA_DEFECT.test(broken) && clean(broken);
    });
  const format = findIf(lower, FORMAT_WORDS, DATA_FORMAT, text) ? defectWith(DATA_FORMAT) : undefined;
  const channel = findIf(lower, ['channel', 'payload'], INPUT_CHANNEL, text) ? defectWith(INPUT_CHANNEL) : undefined;
  const customerSide = clientSide || (lower.includes('customer') && CUSTOMER_ERROR.test(text));
  const column =
    customerSide && findIf(lower, DATASET_COLUMN_WORDS, DATASET_COLUMN, text)
      ? text.split('\n', 50).find((line) => line.length < 4096 && DATASET_COLUMN.test(line) && COLUMN_DEFECT.test(line) && !CONFIG_SUBJECT.test(line))
      : undefined;
  return format ?? channel ?? column ?? (clientSide && findIf(lower, ['training ', 'the dataset', 'must contain'], TRAINING_DATA, text) ? defectWith(TRAINING_DATA) : undefined);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
