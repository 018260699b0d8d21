import type { DeniedRequest, Stage } from '../diagnosis';
import type { Observation } from '../observations';
import { findBareDenial, otherCloudDenial } from './bare-denial';
import { causeOfAction, causeOfStage, stageOfAction } from './cause-of-denial';
import { isNonDenialCode } from './error-families';
import { framesAfter, lineAt, linesAround, recordAboveThrowable } from './line-window';
import { originalOf } from './mask-identifiers';
import { permissionUnconfirmed } from './offered-denial';
import { actionOfCallAfter, actionOfOperation, iamActionNamed, PASCAL_OPERATION, soleActionNamed } from './operations';
import { withoutWarningLines } from './quiet-lines';
import { serviceOfError } from './service-of-error';
import { namesJobNetwork, stageOfS3Verb, stageOfWords, withoutStatusLines } from './stage-words';
import { excerptOf, partsOf, SOURCE_BONUS, type Piece } from './text-piece';
import { trimTrailing } from './trim-trailing';

const GENERIC = 58;

// A sentence glued to the key ("…/train.csv.Access Denied") is not the key: a dot before a capitalised
// word ends it (not one before capitals, "IMG_001.JPG").
const S3_URI = /[sS]3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/?((?:[^\s"'<>.]|\.(?![A-Z][a-z])){0,1024})/;

function s3ResourceIn(message: string): string | undefined {
  const m = S3_URI.exec(message);
  if (!m?.[1]) return undefined;
  const key = trimTrailing(m[2] ?? '', '.,;:)');
  return key ? `arn:aws:s3:::${m[1]}/${key}` : `arn:aws:s3:::${m[1]}`;
}

// A bare denial says which stage it was in only near itself: its own line, the traceback it ends (the
// frames show the call that was refused, "pd.read_parquet(…)") or else the two lines before it, and the
// lines just after it (a traceback printed after the error line). SageMaker's one-line "Artifact upload
// failed: … Access Denied" keeps its phrase on its own line. A pasted log's other lines ("Downloading the
// training image…", "Loading checkpoint shards", the SDK's status lines, another component's WARN lines)
// are other stages' news.
const DENIAL_REACH = { before: 2, after: 5, traceback: true };
const CALL_REACH = { before: 12, after: 5, traceback: true, framesOnly: true };
// Hadoop's FsShell heads its error with the command it ran, on the line above the exception it caught ("-get: Fatal
// internal error⏎com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; …)", round 135):
// the S3 client's verb, as a frame's call is.
// Its reading commands are the input's read, its writing ones the output's (the fifty-second review's -ls, -cat,
// -copyToLocal, -copyFromLocal); one that does both (-cp, -mv) or neither says nothing.
const FS_SHELL_HEAD = /^-(?:(ls|lsr|cat|text|get|copyToLocal|head|tail|du|count|stat|find|checksum)|(put|copyFromLocal|moveFromLocal|appendToFile|touchz|mkdir)): [^\n]*\n$/;
/** The S3 client's verb for FsShell's command heading the line at `lineStart`, as the stage's reader knows it. */
function fsShellVerb(words: string, lineStart: number): string {
  if (lineStart === 0) return '';
  const head = FS_SHELL_HEAD.exec(words.slice(words.lastIndexOf('\n', lineStart - 2) + 1, lineStart));
  return head ? `${head[1] ? 'get' : 'put'}\n` : '';
}

// A refusal in which the service says it could not tell what to authorize: the request reached an endpoint
// that does not serve it, or was not signed for it ("<AccessDeniedException><Message>Unable to determine
// service/operation name to be authorized</Message>"). No policy decided it, so no permission is missing.
const NOT_AUTHORIZABLE = /\bUnable to determine (?:the )?service\/operation name to be authori[sz]ed\b/i;
// The IAM action a denial in words says the principal may not perform ("You don't have permission to
// perform s3:PutObject on this bucket", "User doesn't have permission to call iam:PassRole", the seventy-second review): AWS's
// own sentence names it after "perform" the same way. Only
// said denied, on the denial's own line: an action the principal is told it needs or should be allowed is
// a hint ("Access Denied. Make sure the role is allowed to perform s3:ListBucket"), not the request refused.
const PERFORMED_ACTION =
  /(?:\b(?:not|no|insufficient|lacks?|lacking|missing|without)|n't)\b[^\n.]{0,30}?\b(?:permissions?|privileges?|authori[sz]ed|allowed|permitted|access|rights?)[ \t]{1,4}to (?:perform|call):?[ \t]{1,4}["'`]?([a-z][a-z0-9-]{1,30}:[A-Za-z][A-Za-z0-9*]{0,80})(?![\w*:])/i;

// The operation AWS says the caller may not perform, by its API name ("You are not authorized to perform the DescribeCluster
// operation on this resource.", SageMaker's answer relayed by DataZone's CreateConnection, round 237). Its IAM action is the
// operation under the service the error came from (the Java SDK's "(Service: SageMaker, …" trailer); without one, only an
// operation the catalogue knows.
const PERFORMED_OPERATION = /\bnot authori[sz]ed to perform the ([A-Z][A-Za-z0-9]{1,60}) operation\b/;
function performedOperation(own: string, message: string): string | undefined {
  const operation = PERFORMED_OPERATION.exec(own)?.[1];
  if (!operation) return undefined;
  const service = serviceOfError(message);
  return service && /^[a-z][a-z0-9-]{1,30}$/.test(service) ? `${service}:${operation}` : iamActionNamed(operation);
}

// Another cloud's or a package index's refusal is passed over for the next denial of the text: a conda 403 the job got past is
// not the S3 denial that failed it (the hundred-and-thirteenth review).
const MAX_OTHER_DENIALS = 4;

/** The first bare denial that is AWS's (findBareDenial), past those of another cloud or a package index. */
function firstAwsDenial(piece: Piece): RegExpExecArray | undefined {
  let { words, lower } = piece;
  for (let passed = 0; passed <= MAX_OTHER_DENIALS; passed += 1) {
    const m = findBareDenial(words, lower, piece.message);
    if (!m || !otherCloudDenial(piece.lower, linesAround(piece.message, m.index, m[0].length, DENIAL_REACH), lineAt(piece.message, m.index, m[0].length))) return m;
    const blank = ' '.repeat(m[0].length);
    words = words.slice(0, m.index) + blank + words.slice(m.index + m[0].length);
    lower = lower.slice(0, m.index) + blank + lower.slice(m.index + m[0].length);
  }
  return undefined;
}

// An API operation named just before the denial, as its subject ("HeadObject Access Denied", an issue's "Fails with GetObject
// Access Denial", the hundred-and-twenty-seventh review): the call refused, when it is one the catalogue knows.
const OPERATION_BEFORE = new RegExp(String.raw`(?:^|[\s(\x60'"])(${PASCAL_OPERATION})[\x60'"]?(?: (?:call|request|operation))?:?[ \t]{1,3}$`);
function operationBefore(words: string, at: number): string | undefined {
  const head = OPERATION_BEFORE.exec(words.slice(Math.max(0, words.lastIndexOf('\n', at - 1) + 1), at))?.[1];
  return head ? iamActionNamed(head) : undefined;
}

/** A denial written without a quoted request ("Access Denied", a 403): the action, resource and stage read from the lines near it. */
export function genericDenial(piece: Piece, failedStage: Stage | undefined): Observation | undefined {
  const m = firstAwsDenial(piece);
  if (!m || (piece.lower.includes('unable to determine') && NOT_AUTHORIZABLE.test(piece.message))) return undefined;
  // A 403 or "not authorized" beside an AWS error code of another family is that code's answer.
  const code = partsOf(piece).errorCode;
  if (code && isNonDenialCode(code) && !permissionUnconfirmed(piece.message, piece.lower, code)) return undefined;
  // The action the sentence named as lacking ("to include: <service>:<Action>", "does not have <Action>
  // permission for"); an API action named bare is its IAM action when it is known.
  const named = m[1] ? originalOf(m[1], piece.words, piece.message) : undefined;
  // The denial's own line first ("Data download failed: … AccessDenied"), then the lines near it.
  const own = lineAt(piece.words, m.index, m[0].length);
  const near = withoutWarningLines(withoutStatusLines(linesAround(piece.words, m.index, m[0].length, DENIAL_REACH)));
  // The operation refused is the one named with the denial (botocore's sentence on its line, a report's
  // "Operation:" field below it): another request's error pasted above it names another operation.
  const performed = own.includes('perform') || own.includes(' to call ') ? (PERFORMED_ACTION.exec(own)?.[1] ?? performedOperation(own, piece.message)) : undefined;
  // A CloudTrail record names its call as a field of its own, lines from its error code (round 155).
  const recorded = piece.lower.includes('"eventname"') ? actionOfOperation(piece.message) : undefined;
  const action = (named && iamActionNamed(named)) || performed || operationBefore(piece.words, m.index) || actionOfCallAfter(piece.words, m.index + m[0].length) || actionOfOperation(own) || actionOfOperation(near) || recorded || (stageOfWords(own) ? undefined : soleActionNamed(piece.message));
  const resource = s3ResourceIn(piece.message);
  // The S3 client's verb only from the call's own lines: the denial's, its traceback's frames, the lines after, then the log record a
  // Java throwable is printed under (round 162; after the throwable's own lines, the fifty-ninth review); not when
  // the operation is named (the PHP SDK's CreateBucket is a PUT, round 149).
  const call = fsShellVerb(piece.words, piece.words.lastIndexOf('\n', m.index - 1) + 1) + withoutWarningLines(withoutStatusLines(linesAround(piece.words, m.index, m[0].length, CALL_REACH))) + recordAboveThrowable(piece.words, m.index) + '\n' + framesAfter(piece.words, m.index);
  // Permissions said, on the denial's own line, to be for the job's network name no action, but the
  // network stage's requests: the role's for the interfaces SageMaker attaches in the VPC, which the
  // proof reads as `vpc` (proof/cause-of-check.ts). An action named (ec2:RunInstances), an S3 location
  // or another stage's words on that line keep their reading.
  const forNetwork = !action && !S3_URI.test(own) && !stageOfWords(own) && namesJobNetwork(own);
  const stage = forNetwork ? 'network' : (action && stageOfAction(action, resource)) || stageOfWords(own) || stageOfWords(near) || failedStage || (action ? undefined : stageOfS3Verb(call));
  const cause = forNetwork ? 'vpc' : (action && causeOfAction(action)) || causeOfStage(stage);
  const denied: DeniedRequest = { ...(action ? { action } : {}), ...(resource ? { resource } : {}) };
  return {
    rule: 'access-denied-generic',
    cause,
    ...(stage ? { stage } : {}),
    ...(action || resource ? { denied } : {}),
    excerpt: excerptOf(piece, m[0]),
    source: piece.source,
    strength: GENERIC + SOURCE_BONUS[piece.source.kind],
  };
}
