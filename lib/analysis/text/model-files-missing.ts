import type { FailureParts } from './failure-parts';
import { findIf, findIfWhere } from './grammar-verdict';
import { isLoggedBelowErrorAt, isWarningLineAt, wentOnPastAt } from './quiet-lines';
import { CONTAINER_PATH } from './request-arguments';

// A model load from a local directory (an absolute or relative path, not a hub id) that found no
// model files there: transformers' "Can't load tokenizer for '/opt/ml/model'. Make sure that: …", "OSError:
// /opt/ml/input/data/model does not appear to have a file named config.json" (its "Checkout
// 'https://huggingface.co//opt/ml/…'" link is the hub's address glued to the path, not a download),
// "Incorrect path_or_model_id: '/opt/ml/model/tokenizer'". The
// files are missing from the model archive the job was given: its input, not a download.
// transformers' and diffusers' other wording for the same ("OSError: Error no file named pytorch_model.bin, … found in
// directory /opt/ml/model.") and Keras's ("No file or directory found at /opt/ml/model/model.keras"), only under
// /opt/ml/model, where SageMaker unpacks the model archive the endpoint was given (TGI's "No local weights found in
// /opt/ml/model with extension .bin", round 71): under the model server's own
// download directory (/.sagemaker/mms/models/<hub id>) the words do not say whose the files were (round 52).
const MODEL_LOCAL_PATH =
  /\bCan't load (?:the )?(?:tokenizer|config|model|weights|feature extractor|image processor|processor)\b[^\n]{0,40}? for '\.{0,2}\/[^'\n]{0,200}'|(?:^|[\s'"])\.{0,2}\/[^\s'"]{1,200}['"]? does not appear to have a file named\b|\bIncorrect path_or_model_id: '\.{0,2}\/|\bError no file named [^\n]{1,300}? found in directory ['"]?\/opt\/ml\/model\b|\bNo local weights found in ['"]?\/opt\/ml\/model(?=[\/\s'"]|$)|\bNo file or directory found at ['"]?\/opt\/ml\/model\//i;
// TGI's "No local weights found in /opt/ml/model" is the endpoint's archive only where an endpoint said it: in a
// training job (an AlgorithmError, the toolkit's ExecuteUserScriptError) /opt/ml/model is where the code saves, and a
// launcher's WARN, INFO or DEBUG line that it will convert the weights goes on past it (the thirty-sixth review).
function trainingOwnModelDir(parts: FailureParts, text: string, found: string | undefined): string | undefined {
  if (!found?.startsWith('No local weights')) return found;
  const at = text.indexOf(found);
  return parts.side === 'algorithm' || CONTAINER_PATH.test(text) || isLoggedBelowErrorAt(text, at) ? undefined : found;
}
// The same archive lacking a file, said by the model server of its own copy of it: MMS and TorchServe unpack
// the model archive the endpoint was given into /.sagemaker/mms/models/model (/.sagemaker/ts/models/…), so a
// file missing there ("FileNotFoundError: [Errno 2] No such file or directory: '/.sagemaker/mms/models/model/
// predictor.pkl'", an AutoGluon endpoint's, autogluon/autogluon#1644) is missing from that archive: the
// endpoint's input, not its code; also when the text is cut inside the path, as an issue's title quotes it (round 229).
// A path of the container's own (/opt/ml/model, the code's directories) may be the code's to write and is not read; nor
// is any other OS error on that directory (no space, permissions).
const MODEL_SERVER_COPY_MISSING = /\bNo such file or directory:? '\/\.sagemaker\/(?:mms|ts)\/models\/[^'\n]{1,200}(?:'|(?=\n|$))/;
const MODEL_SERVER_COPY_WORDS = ['/.sagemaker/'];
// TensorFlow Serving's answer to the container's health check when the model it serves by name was not loaded ("js:
// failed ping{ "error": "Servable not found for request: Latest(persona-id)" }", the TensorFlow Serving container's
// nginx, round 126): the archive held no model under the name the container pings.
const PING_SERVABLE_MISSING = /\bfailed ping\b[\s{]{0,20}"error":[ \t]{0,4}"Servable not found for request: /;
// The serving toolkits' default loader naming the file it did not find in the model directory ("ValueError: Failed to
// load model with default model_fn: missing file model-symbol.json.Expected files: […]", the MXNet toolkit, round 118;
// the PyTorch toolkit's "… missing file model.pth."): no model_fn of the customer's ran, the toolkit's own looked for
// the files the archive should hold. Not on a warning line: a handler that falls back to a model_fn of its own says so
// and goes on ("WARNING … missing file model.pth. Trying the custom model_fn", the fifty-first review).
const DEFAULT_LOADER_FILE_MISSING = /\bFailed to load model with default model_fn: missing file\b[^\n]{0,200}/;
// TensorFlow Serving's own words for a model directory it found empty, under /opt/ml/model where SageMaker unpacks the
// archive ("Could not find base path /opt/ml/model/export/Servo for servable generic_model", the legacy TensorFlow
// container, round 109): the archive lacks the SavedModel at the path the container serves from.
// The TensorFlow Serving container's own check of the archive before it starts the server ("ValueError: no SavedModel
// bundles found!", its /sagemaker/serve.py, a local-mode endpoint, round 201) says the same; not on a line logged at WARN
// or below that says the container went on (falling back to another version's directory, the sixty-fifth review); nor
// does TensorFlow Serving's "No versions of servable … found under base path /opt/ml/model/…" (the sixty-fifth review).
const SERVABLE_BASE_PATH_MISSING = /\bCould not find base path \/opt\/ml\/model\b[^\s]{0,200} for servable\b|\bno SavedModel bundles found\b|\bNo versions of servable [^\n]{1,200}? found under base path \/opt\/ml\/model\b/;

// Triton's load of a model version that found no file where its repository's layout says one is ("failed to load
// 'mymodel' version 1: Internal: failed to stat file /tmp/folder…/1/model.onnx", an S3 model repository copied locally,
// round 138): the repository, the endpoint's model archive, lacks the model's file.
const TRITON_FILE_MISSING = /\bfailed to load '[^'\n]{1,200}' version \d{1,9}: Internal: failed to stat file\b/;

/** The model files the endpoint's archive lacks, in a loader's or the model server's words: the excerpt, or undefined. */
export function modelFilesMissing(parts: FailureParts, text: string, lower: string): string | undefined {
  return trainingOwnModelDir(parts, text, findIf(lower, ["can't load", 'does not appear to have', 'path_or_model_id', 'no file named', 'no file or directory found at', 'no local weights found'], MODEL_LOCAL_PATH, text)) ?? findIf(lower, MODEL_SERVER_COPY_WORDS, MODEL_SERVER_COPY_MISSING, text) ?? findIfWhere(lower, ['for servable', 'no savedmodel bundles', 'versions of servable'], SERVABLE_BASE_PATH_MISSING, text, (at) => !wentOnPastAt(text, at)) ?? findIfWhere(lower, ['default model_fn'], DEFAULT_LOADER_FILE_MISSING, text, (at) => !isWarningLineAt(text, at)) ?? findIf(lower, ['servable not found'], PING_SERVABLE_MISSING, text) ?? findIf(lower, ['failed to stat file'], TRITON_FILE_MISSING, text);
}
