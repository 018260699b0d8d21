import { bareErrorCode } from './bare-error-code';
import { familyOfCode } from './error-families';
import { SECTION_BREAK } from './line-window';
import { isLoggedBelowErrorAt } from './quiet-lines';
import { sdkFramedCode } from './sdk-framed-code';
import { statusPhraseCode } from './status-phrase-code';

/**
 * The AWS error code a failure text quotes, in whichever client's form it was printed: botocore's
 * `An error occurred (Code) when calling the Op operation`, the Java SDK's `Error Code: Code`, the XML
 * and JSON protocols' bodies, an SDK's framed exception, SageMaker's own `(Code: message)` after a stage
 * phrase, the bare `Code: message` of the Go and JavaScript SDKs, an API reference's entry. A part of the
 * failure's grammar (failure-parts.ts); nothing here decides a cause.
 */

// SageMaker relays the failure code of the call it made for the job where it did not expect it ("An error occurred
// (ValidationException) when calling the CreateTrainingJob operation: Unexpected failure code: InvalidImageDigest", ECR's
// BatchGetImage failure for the training image, round 223): the relayed code says what failed, its wrapper only that the
// request could not go on.
// Only as the message of the AWS error itself, not a wrapper's line that quotes it and goes on (the sixty-ninth review).
// The message's head as botocore, the Go SDK ("api error ValidationException: …") or a bare exception line prints it.
const RELAYED_FAILURE_CODE = /(?:\bAn error occurred \(\w{1,80}\) when calling the \w{1,80} operation|\bapi error \w{1,80}|^[ \t]*(?:[\w.]{1,80}\.)?\w{1,60}(?:Exception|Error)): Unexpected failure code: ([A-Z][A-Za-z]{2,60})\b/m;
const BOTOCORE_CODE = /An error occurred \(([\w.]{1,80})\)(?: when calling the '?(\w{1,80})'? operation)?/g;
const MAX_CODES = 50;
/**
 * The first of botocore's errors on the last line that has one, in the reason (the part before the log an unwrapped
 * SDK exception keeps after it): a script logs the errors it handles and goes on, so the one that ended it comes last
 * ("NoSuchEntity … GetRole" caught, then "InvalidClientTokenId … CreateRole" uncaught, round 81), as in a chain of
 * exceptions. On its line the first is the error; one quoted after it in its message is what it mentions.
 */
function lastBotocoreCode(text: string): RegExpExecArray | null {
  const logAt = text.indexOf(SECTION_BREAK);
  const reason = logAt >= 0 && text.lastIndexOf('An error occurred (', logAt) >= 0 ? text.slice(0, logAt) : text;
  let last: RegExpExecArray | null = null;
  let first: RegExpExecArray | null = null;
  BOTOCORE_CODE.lastIndex = 0;
  for (let m = BOTOCORE_CODE.exec(reason), n = 0; m && n < MAX_CODES; m = BOTOCORE_CODE.exec(reason), n += 1) {
    first ??= m;
    // A log line at WARN, INFO or DEBUG that quotes an error went on past it ("WARNING could not send failure
    // notification: An error occurred (InvalidParameter) …" after the traceback, the thirty-ninth review).
    if (!isLoggedBelowErrorAt(reason, m.index)) last = m;
  }
  last ??= first;
  if (!last) return null;
  BOTOCORE_CODE.lastIndex = reason.lastIndexOf('\n', last.index) + 1;
  return BOTOCORE_CODE.exec(reason);
}
const JAVA_CODE = /\bError Code: ([\w.]{1,80})/;
// The AWS SDK for C++'s error, as Apache Arrow's S3 file system prints it (pyarrow, Ray Data, pyathena): "AWS Error
// ACCESS_DENIED during HeadObject operation: …", "AWS Error INVALID_ACCESS_KEY_ID during CreateMultipartUpload
// operation: …" (round 135). The SDK's enum names the service's code in capitals and underscores: the code in AWS's
// own spelling is its words run together (ACCESS_DENIED is AccessDenied), and the operation is named as botocore names
// it. A bare number ("AWS Error [code 100]") names no code.
const CPP_SDK_CODE = /\bAWS Error ([A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){0,6}) during (\w{1,80}) operation\b/;
const pascalCase = (enumName: string): string => enumName.toLowerCase().replace(/(?:^|_)([a-z0-9])/g, (_all, c: string) => c.toUpperCase());
const STATUS_NUMBER = /^\d{3}$/;
const PHRASE_GATE = /[45]\d\d [A-Z]/;
const XML_CODE = /<Code>([\w.]{1,80})<\/Code>/;
// CloudFormation's trailer on a resource handler's failure, "(RequestToken: …, HandlerErrorCode: InvalidRequest)"
// (aws-samples/aws-ai-intelligent-document-processing#53, round 116): the handler's error code, from CloudFormation's
// own short list (InvalidRequest, AlreadyExists, ServiceLimitExceeded, Throttling, InternalFailure, …), which names a
// failure as AWS's codes do. Not InvalidCredentials: its "Invalid…" would read as a request's value, and it is the
// handler's credentials that were refused.
const HANDLER_CODE = /\bHandlerErrorCode: (?!InvalidCredentials\b)([A-Z][A-Za-z]{2,60})\)/;
// Fluent Bit's AWS outputs quote the code AWS answered ("PutObject API responded with error='InvalidAccessKeyId'", the
// fifty-sixth review).
const FLUENT_BIT_CODE = /\bAPI responded with error='([A-Z][A-Za-z0-9.]{1,80})'/;
// A CloudTrail record's "errorCode": "AccessDenied" beside its "eventName" (rounds 155 and 158).
const CLOUDTRAIL_CODE = /"errorCode"[ \t]?:[ \t]?"([A-Z][\w.]{1,80})"/;
// An error's fields as a program prints them: botocore's parsed error (`print(e.response)`: {'Error': {'Message': '…',
// 'Code': 'InstanceLimitExceeded'}}, salt-cloud's dump of EC2's answer) or jclouds' AWSError{…, code='RequestLimitExceeded',
// message='…'} (round 182): the error's own object, its code beside its message in either order. Only a code an error family
// knows; not the JavaScript SDK's error object, whose code is the SDK's own ("UnknownEndpoint" over a DNS failure), nor
// DynamoDB's list of a transaction's reasons.
const ERROR_OBJECT = /(?:['"]Error['"][ \t]{0,2}:[ \t]{0,2}|\bAWSError)\{/g;
const FIELD_CODE = /(?:['"]Code['"][ \t]{0,2}:|\bcode=)[ \t]{0,2}['"]([A-Z][\w.]{1,80})['"]/;
const FIELD_MESSAGE = /(?:['"]Message['"][ \t]{0,2}:|\bmessage=)[ \t]{0,2}['"]/;
const MAX_OBJECTS = 20;
const fieldCode = (text: string): string | undefined => {
  let tried = 0;
  for (const m of text.matchAll(ERROR_OBJECT)) {
    const from = m.index + m[0].length;
    const close = text.indexOf('}', from);
    const body = text.slice(from, close < 0 ? from + 2000 : Math.min(close, from + 2000));
    const code = FIELD_CODE.exec(body)?.[1];
    if (code && FIELD_MESSAGE.test(body) && familyOfCode(code, { quoted: true })) return code;
    if (++tried >= MAX_OBJECTS) break;
  }
  return undefined;
};
// s3cmd's report of S3's answer: "ERROR: S3 error: 403 (InvalidAccessKeyId): The access key ID you provided does not exist in
// our records." (round 162): the status, then the code in brackets.
const S3CMD_CODE = /\bS3 error: [345]\d\d \(([A-Z][A-Za-z]{2,60})\): /;
// The .NET SDK's template for an answer without a body ("Error making request with Error Code InvalidAccessKeyId and Http
// Status Code Forbidden.", round 161).
const DOTNET_CODE = /\bError making request with Error Code ([A-Z][\w.]{1,80}) and Http Status Code\b/;
// The JSON protocols' body carries the code as "__type", bare or with its service's namespace ({"__type":
// "com.amazonaws.sagemaker#ResourceNotFound","Message":…}, relayed by Snowflake's external functions, round 91).
// Only an error's object, with its message beside the code: an application's own "__type" (an event's, a
// serialiser's) is not an answer (the forty-second review).
const JSON_CODE = /\{[^{}\n]{0,300}?"__type"[ \t]{0,2}:[ \t]{0,2}"(?:[\w.]{1,120}#)?([\w.]{1,80})"[^{}\n]{0,2000}?\}/;
const JSON_MESSAGE = /"message"[ \t]{0,2}:/i;
// AWS's own framework names the namespace of a code it raised before any service model does
// ("com.amazon.coral.service#UnknownOperationException", an answer with no message, round 125): AWS's answer whether
// or not a message came with it.
const AWS_NAMESPACE = /"__type"[ \t]{0,2}:[ \t]{0,2}"com\.amazon(?:aws)?\.coral\.[\w.]{1,80}#/;
const jsonCode = (text: string): string | undefined => {
  const body = JSON_CODE.exec(text);
  return body && (JSON_MESSAGE.test(body[0]) || AWS_NAMESPACE.test(body[0])) ? body[1] : undefined;
};
// An API reference's error entry, as AWS's documentation prints each of an operation's errors and its common errors:
// the code on a line of its own, its description, then "HTTP Status Code: 400" ("ValidationException⏎The input
// fails to satisfy the constraints specified by an AWS service.⏎HTTP Status Code: 400"). Pages and issues quote it so.
const API_REFERENCE_CODE = /^[ \t]{0,8}([A-Z][A-Za-z0-9]{2,80})[ \t]*\n[ \t]{0,8}[^\n]{1,500}\n(?:[ \t]*\n)?[ \t]{0,8}HTTP Status Code: [1-5]\d\d\b/m;
// SageMaker's own stage details end in "(Code: message)": "(AccessDenied: Access Denied)",
// "(BucketRegionError: bucket must be in the same region as the job)".
const STAGE_DETAIL_CODE = /\(([A-Z][A-Za-z]{2,60}): [^)\n]{1,200}\)/;
// …or "Code (status): message": "Failed to download data. AccessDenied (403): Access Denied",
// "InvalidObjectState (403): The operation is not valid for the object's storage class", S3's redirect
// "PermanentRedirect (301): …".
const STAGE_CODE_STATUS = /\b([A-Z][A-Za-z]{2,60}) \([345]\d\d\): /;
// SageMaker Neo's report of a compilation's failure: its kind of error in two words, then the code ("Load Error:
// ModelSizeTooBig: number of nodes in a tree can't exceed 2^31", round 93). Its other kinds' words are not codes
// ("Client Error: InputConfiguration: …", "Compilation Error: OperatorNotImplemented: …"): only a code an error
// family knows is taken.
const NEO_KIND_CODE = /\b(?:Load|Compilation|Client|Server) Error: ([A-Z][a-z0-9]{1,20}(?:[A-Z][a-z0-9]{0,20}){1,6}): /;
// The console's and a notebook's report of a refused call: the code alone on its line, its message on the next
// ("ResourceInUse⏎Unable to delete UserProfile [arn:…] because App(s) are associated with it.", round 97; a blank line may
// stand between). Only a code an error family knows (an exception's class is read as one elsewhere), and not in a text
// that shows an exception: a word alone on its line above a traceback is a log's heading ("CrossValidation",
// "TimeLimitExceeded", the forty-fourth review).
// The message is a sentence, ended by its stop: a heading's next line in a log is as often a label ("Step status: …").
const CODE_ABOVE_MESSAGE = /^[ \t]{0,8}([A-Z][a-z0-9]{1,20}(?:[A-Z][a-z0-9]{0,20}){1,6})[ \t]*\n(?:[ \t]*\n)?[ \t]{0,8}[A-Z][^\n]{10,500}[.!][ \t]*$/gm;
const SHOWS_EXCEPTION = /Traceback \(most recent call last\)|^[ \t]*[\w.]{0,120}(?:Error|Exception)\b:/m;
const MAX_HEADINGS = 20;
const codeAboveMessage = (text: string): string | undefined => {
  if (!text.includes('\n')) return undefined;
  let tried = 0;
  for (const m of text.matchAll(CODE_ABOVE_MESSAGE)) {
    const code = m[1] ?? '';
    if (!/(?:Error|Exception)$/.test(code) && familyOfCode(code)) return SHOWS_EXCEPTION.test(text) ? undefined : code;
    if (++tried >= MAX_HEADINGS) break;
  }
  return undefined;
};
const neoKindCode = (text: string): string | undefined => {
  const code = NEO_KIND_CODE.exec(text)?.[1];
  return code && familyOfCode(code, { quoted: true }) ? code : undefined;
};

/** The code the text quotes, the operation botocore names, and the service an SDK's frame names beside that code. */
export function quotedErrorCode(text: string, lower: string, afterStage: boolean): { errorCode?: string; operation?: string; framedService?: string } {
  const code = lower.includes('an error occurred') ? lastBotocoreCode(text) : null;
  const botocoreCode = code?.[1];
  const javaCode = lower.includes('error code') ? JAVA_CODE.exec(text)?.[1] : undefined;
  // A bare status in place of the code may be followed by the code in words ("Error Code: 503 Slow
  // Down"): the words are the service's code, the status only its class.
  const statusOnly = [botocoreCode, javaCode].every((c) => c === undefined || STATUS_NUMBER.test(c));
  const phraseCode = statusOnly && PHRASE_GATE.test(text) ? statusPhraseCode(text) : undefined;
  const framed = sdkFramedCode(text, lower);
  const cpp = !code && text.includes('AWS Error ') ? CPP_SDK_CODE.exec(text) : null;
  const cppCode = cpp?.[1] ? pascalCase(cpp[1]) : undefined;
  const relayed = lower.includes('unexpected failure code: ') ? RELAYED_FAILURE_CODE.exec(text)?.[1] : undefined;
  const errorCode =
    phraseCode ??
    relayed ??
    botocoreCode ??
    javaCode ??
    cppCode ??
    (text.includes('<Code>') ? XML_CODE.exec(text)?.[1] : undefined) ??
    (text.includes('HandlerErrorCode: ') ? HANDLER_CODE.exec(text)?.[1] : undefined) ??
    (text.includes("responded with error='") ? FLUENT_BIT_CODE.exec(text)?.[1] : undefined) ??
    (text.includes('"errorCode"') ? CLOUDTRAIL_CODE.exec(text)?.[1] : undefined) ??
    (text.includes("Error'") || text.includes('Error"') || text.includes('AWSError{') ? fieldCode(text) : undefined) ??
    (text.includes('Error making request') ? DOTNET_CODE.exec(text)?.[1] : undefined) ??
    (text.includes('S3 error: ') ? S3CMD_CODE.exec(text)?.[1] : undefined) ??
    framed?.code ??
    (afterStage && text.includes('(') ? (STAGE_DETAIL_CODE.exec(text)?.[1] ?? STAGE_CODE_STATUS.exec(text)?.[1]) : undefined) ??
    (text.includes(': ') ? bareErrorCode(text) : undefined) ??
    (text.includes('"__type"') ? jsonCode(text) : undefined) ??
    (text.includes('HTTP Status Code: ') ? API_REFERENCE_CODE.exec(text)?.[1] : undefined) ??
    (text.includes(' Error: ') ? neoKindCode(text) : undefined) ??
    codeAboveMessage(text);
  return {
    ...(errorCode ? { errorCode } : {}),
    ...(code?.[2] ? { operation: code[2] } : cpp?.[2] && errorCode === cppCode ? { operation: cpp[2] } : {}),
    ...(framed?.service && errorCode === framed.code ? { framedService: framed.service } : {}),
  };
}
