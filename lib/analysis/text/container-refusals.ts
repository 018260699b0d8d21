import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { JSON_UNDECODED } from './environment-reports';
import { beforeBoundary, linesAround } from './line-window';
import { isWarningLineAt, lineWentOnPastAt, nextLineWentOnAt } from './quiet-lines';
import { CONTAINER_PATH } from './request-arguments';

// The model server's answer refusing what an invocation sent, as SageMaker Runtime, a batch transform's log or the server
// itself reports it: the record's content type, its length, its shape, a generation parameter, or the server out of room
// or busy. Split from container-reports.ts (which reads the container's start, health and server errors) after round 137.

// A client error from the container whose status is a refusal of the request's body itself, like 413:
// 415 Unsupported Media Type (the body's content type: "content-type application/octet-stream not
// supported"). The body is the record the invocation carried: the input (`data`). A 400 is any refusal
// (model servers answer their own exceptions with it) and says nothing by its status alone; nor does a 422,
// which Text Generation Inference answers for a generation parameter out of range ("`temperature` must be
// strictly positive") as for an input too long, and FastAPI for a field the request lacks.
// The status's own name says the same in the container's answer to a record a batch transform relays ("[sagemaker logs]:
// data/x.jpg: {"error": "Unsupported Media Type: application/x-image"}", TensorFlow Serving's container, round 109). Not
// on any line: "HTTP 415 Unsupported Media Type" alone may be any server's (round 24).
const CONTAINER_REFUSED_BODY = /\bReceived client error \(415\) from <?[\w-]{1,80}>?/i;
const UNSUPPORTED_MEDIA_TYPE = /\[sagemaker logs\]:[^\n]{0,400}?\bUnsupported Media Type\b/;
// TensorFlow Serving's REST API refusing the request body's JSON before the model runs (tensorflow_serving/util/
// json_tensor.cc: "Missing 'inputs' or 'instances' key", "JSON Value: [ … ] Is not object", round 109): the body sent,
// what the input handler forwarded, is what does not fit, as a 415's body is. As the server writes it: starting its line
// or as an error body's value, not in a writer's sentence about it (the forty-eighth review).
// Its "JSON Value: {…} not formatted correctly. Expecting object with 'instances' …" says the same (round 132); the value
// it quotes may run over lines.
const TF_SERVING_BODY_REFUSED =
  /(?:^|["']error["'][ \t]{0,4}:[ \t]{0,4}\\?["'])[ \t]{0,8}(?:Missing 'inputs' or 'instances' key\b|JSON Value: [\s\S]{0,1000}? (?:Is not (?:object|array|of expected type)|not formatted correctly)\b)/m;
// A server error from the container whose status is 507 Insufficient Storage: the model servers in
// SageMaker's containers answer it when the model ran out of memory (TorchServe's worker thread answers 507
// for a Java OutOfMemoryError and for a worker that exited 137; Triton's SageMaker front end returns 507 for
// the out-of-memory messages it detects). Memory, whether or not SageMaker could load the body that says so.
const CONTAINER_INSUFFICIENT_STORAGE = /\bReceived server error \(507\) from <?[\w-]{1,80}>?/i;
const DISK_WORDS = /No space left on device|\[Errno 28\]|\bENOSPC\b|\bdisk (?:is )?full\b/i;
// TensorFlow Serving's REST answer to a request it could not run, `{ "error": "<TensorFlow's message>" }`,
// in a client error: TF Serving answers 400 for TensorFlow's InvalidArgument, the request's instances not
// fitting the model's signature ("Matrix size-incompatible: In[0]: [1,610], In[1]: [9724,32]", "input and
// filter must have the same depth: 3 vs 1", "Failed to process element: 0 of 'instances' list"): the input
// sent, not the serving code. The quotes may come escaped, as an SDK prints the body inside its message.
// A container's client error whose message holds the input against a length limit ("Input validation error:
// inputs must have less than 1024 tokens. Given: 1416", "`inputs` tokens + `max_new_tokens` must be <= 4096"):
// the record sent is too long for the model (`data`). A limit on a parameter ("`max_new_tokens` must be <=
// 2048") is the request's setting and is not this. Text Generation Inference's own JSON body, '{"error":"Input
// validation error: …', heads the same message where it is quoted without SageMaker Runtime's answer around it (only
// as its body: a log line that mentions the words is not the answer, the thirty-third review), and so does its router's
// own log line (below), the message alone at the head of its line, as a page quotes it ("Input validation error: inputs
// tokens + max_new_tokens must be <= 2048.", round 224), under the text_generation client's ValidationError or a Lambda's
// "errorMessage" (the sixty-ninth review). Not indented in a guide's prose, nor where the program went on past it (the
// line or the next says it skipped, truncated and resent: a batch of requests goes on, the sixty-ninth review).
// Text Generation Inference's router heads its log line with its module and source line ("text_generation_router::infer:
// router/src/infer.rs:111: "): written once for the two readings that take it as the answer's head.
const ROUTER_LOG_HEAD = String.raw`\btext_generation_router::[\w:]{1,60}:[ \t]{0,3}router\/src\/[\w/]{1,60}\.rs:\d{1,6}:`;
const CONTAINER_INPUT_TOO_LONG = new RegExp(
  String.raw`(?:\bReceived client error \(4\d\d\) from <?[\w-]{1,80}>? with message[^\n]{0,200}?|"(?:error|errorMessage|message)\\?"[ \t]{0,2}:[ \t]{0,2}\\?"Input validation error:[ \t]{0,3}|^(?:[\w.]{0,80}ValidationError:[ \t]{1,3})?Input validation error:[ \t]{0,3}|${ROUTER_LOG_HEAD}[ \t]{0,3})` +
    String.raw`\x60?\binputs?\x60?[ \t]{1,3}(?:tokens[ \t]{1,3})?(?:\+[^\n]{1,40}?[ \t])?must (?:have less than|be (?:<=?|less than|at most))[ \t]{0,3}\d{1,9}\b`,
  'im',
);
// Text Generation Inference's refusal of a generation parameter the request set, in its own validation words
// ("Input validation error: `temperature` must be strictly positive", "`top_p` must be > 0.0 and < 1.0", "`truncate`
// must be strictly positive and less than 1024. Given: 2048", "`stop` supports up to 4 stop sequences", "`best_of` != 1 is
// not allowed for this endpoint", the fifty-second review; a leftover of the thirty-third review): the request's
// parameter, not its input (`inputs` is the length reading's above) nor the server's code.
// The router logs the same refusal under its module and source line ("text_generation_router::infer: router/src/infer.rs:111:
// `temperature` must be strictly positive", round 132).
const TGI_PARAMETER_REFUSED = new RegExp(
  String.raw`(?:\bInput validation error:|${ROUTER_LOG_HEAD})[ \t]{0,3}\x60(?!inputs?\x60)[a-z][a-z0-9_]{0,40}\x60[ \t]{1,3}(?:must|supports|is not|are not|cannot|!=|>|<)`,
);
const TF_SERVING_INVALID_ARGUMENT =
  /\bReceived client error \(400\) from <?[\w-]{1,80}>? with message[ \t]{0,2}\\?"\{[ \t]{0,2}\\?"error\\?"[ \t]{0,2}:[ \t]{0,2}\\?"/i;
// TF Serving answers 400 for FailedPrecondition and OutOfRange too (a variable the SavedModel lacks), and
// the SageMaker TFS container its own 400s ("Invocation request does not contain model name."): only a
// message about what was sent (its shapes, sizes, instances, elements or tensors) is the input's.
const TF_INPUT_SUBJECT = /\b(?:shapes?|size|sizes|dimensions?|depth|instances|inputs?|element|tensors?|incompatible)\b/i;

// A container's client error whose message says the body it was sent does not have the shape the model
// server reads: the JSON body could not be deserialized into its request type (Text Generation Inference's
// and other Rust servers' "Failed to deserialize the JSON body into the target type: missing field `inputs`"),
// a field the body lacks, or a key the input payload must contain (JumpStart's and LMI's handlers: "Input
// payload must contain text_inputs key."). The body is the record the invocation carried (`data`); a
// parameter out of range ("`temperature` must be strictly positive") names no body shape and is not this.
const CONTAINER_CLIENT_ERROR_HEAD = /\bReceived client error \(4\d\d\) from <?[\w-]{1,80}>? with message\b/i;
// A built-in algorithm's server checks the body against its JSON Schema (DeepAR's "Invalid request: {…} is not of
// type 'array' … Failed validating 'type' in schema['properties']['instances']"): the body sent, not a setting.
// A path under the request's configuration or parameters ("…['configuration']['properties']['num_samples']") is a
// setting refused, read by the schema's own report as the request's.
// transformers' refusal of a model's call without the input it needs ("You have to specify pixel_values", "You have to
// specify either input_ids or inputs_embeds") and an input in a format its pipeline does not read ("Incorrect format used
// for image. Should be an url linking to an image, …"), in the answer: the body lacked the input or sent it in another
// form (round 82).
// Python json's refusal of the body ("Received client error (400) from primary with message \"Expecting value: line 1
// column 1 (char 0)\"") says the same: what was sent is not the JSON the handler reads (round 79).
// Text Embeddings Inference's "text input must be of type `str` (single example), `List[str]` … or `List[List[str]]`" (round
// 127): the body's input in a type the server does not read.
const BODY_SHAPE_SENTENCE =
  /\bFailed to deserialize the JSON body\b|\bmissing field `[^`\n]{1,60}`|\b(?:input )?payload must contain\b[^\n]{0,60}?\bkey\b|(?:\b|(?<=\\n))Failed validating u?'\w{1,40}' in schema(?!\[u?'properties'\]\[u?'(?:configuration|parameters)'\])|\b(?:Incorrect|Invalid|Wrong|Unsupported) (?:format|type) (?:used |given )?for (?:the )?(?:images?|audio|video|text|inputs?|payload|body|request)\b(?![ \t]{1,3}(?:parameters?|fields?|headers?|arguments?|options?|responses?|outputs?)\b)|\b(?:text |image |audio )?inputs? must be of type\b/;
// transformers' own name for the input, lower case and ending in what a model takes ("pixel_values", "input_ids",
// "inputs_embeds", "input_features"): not a word of a sentence ("You have to specify the task"), a setting's name
// ("HF_TASK") nor a generation parameter ("max_new_tokens", the fortieth review), so case-sensitive.
const MODEL_INPUT_MISSING = /\bYou have to specify (?:either )?`?[a-z][a-z0-9_]{0,40}_(?:ids|values|embeds|features|mask|pixels)\b/;
const BODY_SHAPE_REFUSED = new RegExp(BODY_SHAPE_SENTENCE.source, 'i');
// The same input over the model's limit in a handler's own words, anywhere in the client error's message ("Received client
// error (404) from primary with message "{ "code":404, "message":"prediction failure", "error":"Input token limit exceeded.
// …"}"", DJL's body form, round 223): the record sent is too long (`data`), as with the length readings above.
// Not a 429: a limit per minute is a rate (the sixty-ninth review). "Input is too long for this model" says the same.
const INPUT_LIMIT_EXCEEDED = /\b(?:input|prompt)[ \t]{1,3}(?:tokens?[ \t]{1,3})?(?:limit|length)[ \t]{1,3}(?:was[ \t]{1,3}|has been[ \t]{1,3})?exceeded\b|\b(?:input|prompt)[ \t]{1,3}(?:is|was)[ \t]{1,3}too[ \t]{1,3}long\b/i;
// Not when the handler decoded a JSON file of its own (`json.load` of an open file: the model's labels or generation
// config in model_fn or predict_fn): the Hugging Face toolkit answers 400 for any exception of the handler's, model_fn's
// included, so the status does not make the decoded text the body (the thirty-eighth review).
const FILE_DECODE = /\bjson\.load\(|\b(?:open|Path)\([^)\n]{0,200}\.json\b|\.read_text\(/;
// MMS's and TorchServe's log of the same answer: "mms.service.PredictionException: <message> : 400", the handler's
// exception (its JSONDecodeError) on the line above or in the message.
const PREDICTION_CLIENT_ERROR = /\b(?:mms|ts)\.service\.PredictionException:[^\n]{0,300}?:[ \t]{0,2}4\d\d[ \t]*$/m;
// A batch transform's log of the same answer for one record: "[sagemaker logs]: <bucket/key>: ClientError: 400", then
// "Message:" and the message on the lines below, each with the same prefix.
const TRANSFORM_CLIENT_ERROR = /\[sagemaker logs\]:[^\n]{0,300}?:[ \t]{0,2}ClientError:[ \t]{0,2}4\d\d[ \t]*$/m;

/** What in a client error's message says the body sent was not what the handler reads: the excerpt, or undefined. */
function bodyRefused(message: string, text: string): string | undefined {
  return BODY_SHAPE_REFUSED.exec(message)?.[0] ?? MODEL_INPUT_MISSING.exec(message)?.[0] ?? (FILE_DECODE.test(text) ? undefined : JSON_UNDECODED.exec(message)?.[0]);
}
const bodyRefusedVerdict = (excerpt: string): GrammarVerdict => ({ rule: 'container-body-shape-refused', cause: 'data', stage: 'input', strength: 57, excerpt });
// …or says the model is served only with an option its configuration did not set (transformers' "Loading
// /.sagemaker/mms/models/x requires you to execute the configuration file in that repo … then set the option
// `trust_remote_code=True` to remove this error", the Hugging Face toolkit's HF_TRUST_REMOTE_CODE): the model's
// configuration is what to change (`validation`), not the record sent.
const OPTION_REQUIRED = /\bset the (?:option|flag|parameter|argument) `?[a-z][a-z0-9_]{1,60}[ \t]?=/i;
// The model server turning a request away because it is overloaded: Text Generation Inference's 429 "Model is
// overloaded" (its queue full). The endpoint was sent more than it takes at once: the request rate (or the
// instances behind it), as a throttled API call is, not the serving code failing. Not DJL Serving's 503
// "Worker queue capacity exceeded" (WlmCapacityException): it answers the same when every worker has died.
const CONTAINER_BUSY_HEAD = /\bReceived client error \(429\) from <?[\w-]{1,80}>? with message\b/i;
const QUEUE_FULL = /\bModel is overloaded\b/i;

/** The container's answer refusing what was sent (415, an input over its length limit, TF Serving's input), or a 507. */
export function readContainerRefusal(text: string, lower: string): GrammarVerdict | undefined {
  const refused = findIf(lower, ['received client error (415)'], CONTAINER_REFUSED_BODY, text) ?? findIf(lower, ['unsupported media type'], UNSUPPORTED_MEDIA_TYPE, text);
  if (refused) return { rule: 'container-refused-body', cause: 'data', stage: 'input', strength: 58, excerpt: refused };
  const body = findIf(lower, ["'instances' key", 'json value:'], TF_SERVING_BODY_REFUSED, text);
  if (body) return { rule: 'tf-serving-body-refused', cause: 'data', stage: 'input', strength: 58, excerpt: body };
  const tooLong = findIfWhere(lower, ['must have less than', 'must be <', 'must be less than', 'must be at most'], CONTAINER_INPUT_TOO_LONG, text, (at) => !lineWentOnPastAt(text, at) && !nextLineWentOnAt(text, at));
  if (tooLong) return { rule: 'container-input-too-long', cause: 'data', stage: 'input', strength: 58, excerpt: tooLong };
  // Not on a line the router logged at WARN for one request among many (the server went on), nor in the job's own
  // code's traceback (a processing script that called the server with the parameter: its call, the thirty-seventh review).
  const parameter = CONTAINER_PATH.test(text) ? undefined : findIfWhere(lower, ['input validation error:', 'text_generation_router::'], TGI_PARAMETER_REFUSED, text, (at) => !isWarningLineAt(text, at));
  if (parameter) return { rule: 'container-parameter-refused', cause: 'validation', strength: 57, excerpt: parameter };
  const outOfMemory = findIf(lower, ['received server error (507)'], CONTAINER_INSUFFICIENT_STORAGE, text);
  // Insufficient Storage is the status's own name: a message saying the disk filled is the disk's.
  if (outOfMemory && !DISK_WORDS.test(text)) return { rule: 'container-insufficient-storage', cause: 'out-of-memory', strength: 58, excerpt: outOfMemory };
  const busy = findIf(lower, ['received client error (429)'], CONTAINER_BUSY_HEAD, text);
  const busyAt = busy ? text.indexOf(busy) + busy.length : -1;
  // In the answer's own message: its first 120 characters, not a note after it.
  const queueFull = busy ? QUEUE_FULL.exec(text.slice(busyAt, busyAt + 120))?.[0] : undefined;
  if (busy && queueFull) return { rule: 'container-queue-full', cause: 'throttling', strength: 58, excerpt: `${busy} … ${queueFull}` };
  const head = findIf(lower, ['deserialize the json body', 'missing field `', 'payload must contain', 'set the ', 'failed validating', 'json', 'expecting ', 'you have to specify', 'format ', 'type ', ': line ', 'exceeded', 'too long'], CONTAINER_CLIENT_ERROR_HEAD, text);
  if (head) {
    const after = text.indexOf(head) + head.length;
    const message = beforeBoundary(text.slice(after, after + 600));
    const shape = bodyRefused(message, text);
    if (shape) return bodyRefusedVerdict(`${head} … ${shape}`);
    const overLimit = head.includes('(429)') ? undefined : INPUT_LIMIT_EXCEEDED.exec(message)?.[0];
    if (overLimit) return { rule: 'container-input-too-long', cause: 'data', stage: 'input', strength: 58, excerpt: `${head} … ${overLimit}` };
    const option = OPTION_REQUIRED.exec(message)?.[0];
    if (option) return { rule: 'container-option-required', cause: 'validation', strength: 57, excerpt: `${head} … ${option}` };
  }
  const decodeWords = lower.includes('json') || lower.includes('expecting ') || lower.includes(': line ');
  const prediction = decodeWords ? PREDICTION_CLIENT_ERROR.exec(text) : null;
  const predictionRefused = prediction ? bodyRefused(linesAround(text, prediction.index, prediction[0].length, { before: 1, after: 0 }), text) : undefined;
  if (prediction && predictionRefused) return bodyRefusedVerdict(`${predictionRefused} … ${prediction[0].trim()}`);
  const transform = lower.includes('[sagemaker logs]') ? TRANSFORM_CLIENT_ERROR.exec(text) : null;
  const transformRefused = transform ? bodyRefused(linesAround(text, transform.index + transform[0].length, 0, { before: 0, after: 6 }), text) : undefined;
  if (transform && transformRefused) return bodyRefusedVerdict(`${transform[0].trim()} … ${transformRefused}`);
  const tfServing = findIf(lower, ['received client error (400)'], TF_SERVING_INVALID_ARGUMENT, text);
  if (!tfServing) return undefined;
  const after = text.indexOf(tfServing) + tfServing.length;
  // The answer's own words: not the job's log the unwrapper keeps after the reason ("Downloading input data", round 87).
  return TF_INPUT_SUBJECT.test(beforeBoundary(text.slice(after, after + 300))) ? { rule: 'tf-serving-invalid-argument', cause: 'data', stage: 'input', strength: 56, excerpt: tfServing } : undefined;
}
