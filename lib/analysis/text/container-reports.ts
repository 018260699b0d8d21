import { CODE_OVER_WORDS, familyOfCode } from './error-families';
import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineWentOnPastAt } from './quiet-lines';

// What the job's or the endpoint's own container reports: its runtime failing to start the image's command, SageMaker's
// health check on it, and the model server's server errors and own error bodies as SageMaker Runtime quotes them (its
// refusals of what was sent are container-refusals.ts's).

// The container runtime could not start the image's command: the meaning of exit codes 126/127
// when the runtime or the container's init, not a shell, reports it (Docker/runc's exec errors, newer Docker's
// bare "exec /usr/local/bin/serve: no such file or directory" on a line of its own, tini's "exec train failed:
// Permission denied").
// Lambda's report of an image whose entrypoint is not a program ("InvalidEntryPoint(The Lambda function's runtime
// entrypoint path isn't valid. …)", round 137; Go's "fork/exec /var/task/bootstrap: no such file or directory", the
// fifty-third review) is the same.
// Java's ProcessBuilder saying so ("Cannot run program "./environment/bin/python": error=2, No such file or directory", an EMR
// Serverless job whose packed environment lacks its interpreter, round 142) is the same failure, and so is runc's
// "unable to start container process: exec: "./run_and_time.sh": stat ./run_and_time.sh: no such file or directory" (round 179;
// not its "permission denied", which round 10 leaves unread).
const CONTAINER_EXEC =
  /\bexec: "[^"\n]{1,300}": (?:stat [^\n:]{1,300}: )?no such file or directory\b|\bCannot run program "[^"\n]{1,300}": error=(?:2|13), (?:No such file or directory|Permission denied)\b|\bruntime entrypoint path isn't valid\b|\bfork\/exec \S{1,200}: (?:no such file or directory|permission denied)\b|^[ \t]*exec \/[^\s:]{1,200}: (?:no such file or directory|permission denied)$|\bexecutable file not found in \$PATH|\bexec format error\b|\bexec user process caused\b|\bexec \S{1,200} failed: (?:No such file or directory|Permission denied)/im;
// The same failure in SageMaker's hosting words, the runtime's message left out: an instruction to make
// the model's container start (or run) correctly when invoked ("Please ensure the model container for
// variant X starts correctly when invoked with 'docker run <image> serve'"). A container's start is
// its image's command and code.
const CONTAINER_START_INSTRUCTION =
  /\b(?:ensure|make sure|verify|check)(?: that)? (?:the |your )?(?:[\w-]{1,20} ){0,2}containers?\b[^\n]{0,100}?\b(?:starts?|runs?|launch(?:es)?|boots?)\b[^\n]{0,20}?\b(?:correctly|properly|successfully)\b/i;
// The model container failing SageMaker's health check: "The primary container for production variant
// AllTraffic did not pass the ping health check", and the container's own front server failing to reach
// its app for a request of the container contract (nginx: "connect() to unix:/tmp/gunicorn.sock failed
// (2: No such file or directory) while connecting to upstream, … request: \"GET /ping HTTP/1.1\""). What
// answers /ping is the image's server and code; a model too large for the instance or a slow start are
// the container's too, and a log line that names them (an OOM, an exception) outranks this weak reading
// (34). Every independent labeller filed these texts as the code's, before and after the rounds that
// first left them unread.
// The sentence's other subject is the production variant whose container it is ("… for production
// variant AllTraffic did not pass the ping health check"), read when the word "container" itself is
// broken (a screenshot's OCR: "The primary con tainer for production variant …", round 25). And the
// model server's own verdict on its health in its launcher's log ("Error: Model backend is not healthy",
// Hugging Face's TEI; "inference server is unhealthy"): the same failure reported from inside. Not "not
// healthy yet" (a start-up line), nor a verdict that goes on to say why ("because …"): that is read by
// what it names.
const CONTAINER_HEALTH =
  /\bcontainer\b[^.]{0,120}?\bdid(?: not|n't) pass (?:the |its )?(?:ping )?health ?check\b|\bproduction variant [\w-]{1,63} did(?: not|n't) pass (?:the |its )?ping health ?check\b|\b(?:model|inference) (?:backend|server)\b[^\n.]{0,20}?\b(?:is |was )?(?:not healthy|unhealthy)\b(?![^\n]{0,10}?\b(?:yet|because|due to)\b)|\bwhile connecting to upstream\b[^\n]{0,300}?\brequest: "(?:GET|POST) \/(?:ping|invocations)\b/i;
// The container's own front server logging its answer to a request of the container contract, in the
// common access-log form (`"GET /ping HTTP/1.1" 400 3 "-" "AHC/2.0"`): a health check answered with
// an error status, or an invocation answered with a server error, is the image's server and code
// failing, as the health-check sentence is. An invocation's 4xx may be the caller's payload, and a
// 2xx is a healthy answer: neither is read. Nor is 504, the front server's own time-out waiting for the model
// server: slow, not failed (a model still loading on an instance too small for it, aws/sagemaker-python-sdk#605,
// answered by a larger instance).
const CONTAINER_ROUTE_STATUS = /"GET \/ping(?:\?[^"\s]{0,100})? HTTP\/[\d.]{1,3}" (?!504)[45]\d\d\b|"POST \/invocations(?:\?[^"\s]{0,100})? HTTP\/[\d.]{1,3}" (?!504)5\d\d\b/;
const CONTAINER_ROUTE_WORDS = ['"get /ping', '"post /invocations'];

// SageMaker Runtime's report of the model container's own answer to an invocation: a server error
// from the container ("Received server error (500) from primary with message …") or no answer in time
// ("Your invocation timed out while waiting for a response from container primary"). The container
// runs the model's serving code, so it is that code's failure (its message may say more, and wins).
// Documentation prints the container's or endpoint's name as a placeholder ("from <users-sagemaker-endpoint>").
// A client error (4xx) is the container refusing the request's payload, and is not read here.
// When the container's answer is too large or unreadable, SageMaker prints "… and could not load the
// entire response body" instead of the message: the same answer without its words. So does an asynchronous
// invocation's failure notice, which points at the endpoint's log for them ("failureReason": "ClientError: Received
// server error (500) from model. See the SageMaker Endpoint logs in your account for more information.", round 93).
const ANSWER_TAIL = String.raw`(?:[ \t](?:with message|and could not load the entire response body)\b|\.[ \t]{1,4}See the SageMaker Endpoint logs\b)`;
// A batch transform logs the same answer for a record as "<bucket/key>: Bad HTTP status received from algorithm: 500"
// (round 117, TensorFlow Serving's container whose server behind its proxy was not up).
const CONTAINER_SERVER_ERROR = new RegExp(
  String.raw`\bReceived server error \(\d{1,3}\) from <?[\w-]{1,80}>?${ANSWER_TAIL}|\bBad HTTP status received from algorithm: 5\d\d\b|\btimed out\s{1,8}while\s{1,8}waiting\s{1,8}for\s{1,8}a\s{1,8}response\s{1,8}from\s{1,8}(?:the\s{1,8})?(?:model\s{1,8})?container\b`,
  'i',
);

// The container's answer of either class ("Received client error (400) from primary with message …",
// "Received server error (500) from primary and could not load the entire response body"): what follows is
// the model server's, so an exception's name in it ("type": "InternalServerException", which Hugging Face's
// and TorchServe's handlers give every exception, a 400 as much as a 500) is its label, not AWS's finding.
const CONTAINER_ANSWER = new RegExp(String.raw`\bReceived (?:client|server) error \(\d{1,3}\) from <?[\w-]{1,80}>?${ANSWER_TAIL}`, 'i');
const CONTAINER_ANSWER_WORDS = ['received client error', 'received server error'];

// A streamed invocation's time-out is said of the answer's sending, in SageMaker Runtime's words to the caller ("ModelStreamError
// … Your model primary did not complete sending the inference response in the allotted time.", round 224): the same answer not
// given in time. Not a guide's sentence about it, nor a client's warning that it retried the stream (the sixty-ninth review).
const STREAM_NOT_SENT = /\bYour\s{1,8}model(?:\s{1,8}[\w-]{1,80})?\s{1,8}did\s{1,8}not\s{1,8}complete\s{1,8}sending\s{1,8}the\s{1,8}inference\s{1,8}response\b/i;

/**
 * Where the container's answer starts in the text (-1 when there is none), and SageMaker Runtime's report
 * of a server error or a timeout from it, when there is one: a name after the start is the model server's
 * label, not AWS's finding.
 */
export function containerAnswerOf(text: string, lower: string): { at: number; serverError?: string } {
  const serverError =
    findIf(lower, ['received server error', 'response from', 'bad http status'], CONTAINER_SERVER_ERROR, text) ??
    findIfWhere(lower, ['complete sending'], STREAM_NOT_SENT, text, (at) => !lineWentOnPastAt(text, at));
  const answer = findIf(lower, CONTAINER_ANSWER_WORDS, CONTAINER_ANSWER, text) ?? serverError;
  return { at: answer ? text.indexOf(answer) : -1, ...(serverError ? { serverError } : {}) };
}

// SageMaker's own verdict on the container's answer to an invocation, the answer's words left out: "Response received from
// the primary container has headers with length greater than 4096 bytes. Reduce the length of your container's response
// headers …" (an asynchronous endpoint's LMI container, round 212; held `user-code` inside ModelError since round 43). What
// the container answers is its serving code's: weak (34), as the health check; a log line naming why outranks it. Not an
// answer received in good order ("Response received from the primary container in 35 ms"), nor another program's lower-case
// words ("upstream response received from backend container …", nginx's), nor a line logged at WARN or below that says it went
// on ("[WARN] Response received … 4096 bytes; headers truncated, continuing", the sixty-sixth review).
const CONTAINER_ANSWER_BROKE =
  /\bResponse received from (?:the )?[\w-]{1,80} container\b[^\n.]{0,120}?\b(?:greater than|longer than|larger than|exceed(?:s|ed)?|too (?:large|long|big|many)|invalid|malformed|not (?:valid|supported|allowed))\b/;

/** The container failing to start or to pass its health check: the image's command, server and code. */
export function readContainerStart(text: string, lower: string): GrammarVerdict | undefined {
  const exec = findIf(lower, ['exec', 'entrypoint path', 'cannot run program'], CONTAINER_EXEC, text);
  if (exec) return { rule: 'container-exec-failed', cause: 'user-code', strength: 60, excerpt: exec };
  const start = findIf(lower, ['container'], CONTAINER_START_INSTRUCTION, text);
  if (start) return { rule: 'container-start-instruction', cause: 'user-code', strength: 58, excerpt: start };
  const health = findIf(lower, ['health check', 'healthcheck', 'connecting to upstream', 'backend', 'server'], CONTAINER_HEALTH, text);
  if (health) return { rule: 'container-health-failed', cause: 'user-code', strength: 34, excerpt: health.replace(/\s+/g, ' ') };
  const answerBroke = findIfWhere(lower, ['response received from'], CONTAINER_ANSWER_BROKE, text, (at) => !lineWentOnPastAt(text, at));
  if (answerBroke) return { rule: 'container-answer-broke-contract', cause: 'user-code', strength: 34, excerpt: answerBroke };
  const routeStatus = findIf(lower, CONTAINER_ROUTE_WORDS, CONTAINER_ROUTE_STATUS, text);
  return routeStatus ? { rule: 'container-route-error-status', cause: 'user-code', strength: 34, excerpt: routeStatus } : undefined;
}

// The model server's own error body, wherever it is printed: MMS, TorchServe and Hugging Face's inference
// toolkit answer a handler's exception with `{"code": 400, "type": "InternalServerException", "message": "…"}`,
// inside SageMaker Runtime's answer, line by line in a batch transform's log after "ClientError: 400" and
// "Message:", or quoted alone. Its "type" is the server's label for the handler's failure, not an AWS
// service's exception. The quotes may come escaped, as an SDK prints the body inside a message.
const BODY_CODE = /\\?["']code\\?["'][ \t]{0,4}:[ \t]{0,4}(\d{3})\b/;
const BODY_TYPE = /\\?["']type\\?["'][ \t]{0,4}:[ \t]{0,4}\\?["'](\w{1,60}Exception)\\?["']/;

/** The label and status of a model server's error body, when the text quotes such a body. */
export function modelServerBodyOf(text: string, lower: string): { type: string; status: number } | undefined {
  if (!lower.includes('type') || !lower.includes('code')) return undefined;
  const type = BODY_TYPE.exec(text)?.[1];
  const status = BODY_CODE.exec(text)?.[1];
  return type && status ? { type, status: Number(status) } : undefined;
}

/**
 * A model server's error body (modelServerBodyOf) with a server error's status as the serving code's
 * failure: weak (40), like SageMaker Runtime's report of the same; its message says more. A 4xx body is a
 * refusal of the request or the handler's exception, which the status alone does not tell apart (round 24).
 */
export function modelServerBodyVerdict(body: { type: string; status: number } | undefined): GrammarVerdict | undefined {
  return body && body.status >= 500 ? { rule: 'model-server-error-body', cause: 'user-code', strength: 40, excerpt: body.type } : undefined;
}

/** The container's server error or timeout (containerAnswerOf), as the serving code's failure: weak (40), its message says more. */
export function containerServerErrorVerdict(serverError: string | undefined): GrammarVerdict | undefined {
  return serverError ? { rule: 'container-server-error', cause: 'user-code', strength: 40, excerpt: serverError.replace(/\s+/g, ' ') } : undefined;
}

// An AWS call's error in botocore's words inside the container's answer ("Received server error (500) from primary
// with message \"An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max
// retries: 4): Too many tokens …\"", a handler that called Bedrock, the twenty-seventh review): the handler quoted
// what AWS answered its own call, which is AWS's finding, not the model server's label for its failure (an
// exception's name in the body's "type" is that). Read by the code's family, as outside the answer, and as strong.
const AWS_CALL_ERROR = /An error occurred \(([\w.]{1,80})\)[ \t]{1,2}\n?[ \t]{0,2}when[ \t]{1,2}\n?[ \t]{0,2}calling[ \t]{1,2}\n?[ \t]{0,2}the[ \t]{1,2}\n?[ \t]{0,2}\w{1,80}[ \t]{1,2}\n?[ \t]{0,2}operation/g;

/** An AWS call's error the container's answer quotes, read by its code's family; undefined when there is none. */
export function readAwsCallInAnswer(text: string, lower: string): GrammarVerdict | undefined {
  if (!lower.includes('an error occurred (')) return undefined;
  const answer = containerAnswerOf(text, lower);
  if (answer.at < 0) return undefined;
  for (const m of text.slice(answer.at).matchAll(AWS_CALL_ERROR)) {
    const family = familyOfCode(m[1] ?? '', { quoted: true });
    if (family) return { rule: `answer-error-code-${family.id}`, cause: family.cause, strength: family.strength + CODE_OVER_WORDS, excerpt: m[1] ?? '' };
  }
  return undefined;
}
