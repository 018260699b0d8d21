import type { DeniedRequest, Stage } from '../diagnosis';
import type { FailureText, Observation, TextSource } from '../observations';
import { findBareDenial, otherCloudDenial } from './bare-denial';
import { causeOfAction, causeOfDenial, causeOfPolicyType, causeOfStage, stageOfAction } from './cause-of-denial';
import { isNonDenialCode } from './error-families';
import { readFailureParts, type FailureParts } from './failure-parts';
import { blankHedgedCauses } from './hedged-causes';
import { blankLambdaKmsRelay } from './lambda-kms-relay';
import { blankIgnoredExceptions } from './ignored-exceptions';
import { framesAfter, lineAt, linesAround, recordAboveThrowable } from './line-window';
import { blankSpans, nameSpans, originalOf } from './mask-identifiers';
import { actionOfCallAfter, actionOfOperation, iamActionNamed, soleActionNamed } from './operations';
import { permissionUnconfirmed } from './offered-denial';
import { matchAccessDenied, readDenialContext } from './parse-access-denied';
import { PERMISSION_RULES } from './permission-rules';
import { blankQuietLines, blankNewsBeforeFailure, withoutWarningLines } from './quiet-lines';
import { readGrammar } from './read-grammar';
import { passOverRetriedLines } from './retried-status';
import { FAILURE_RULES } from './rules';
import { failedStageOf, namesJobNetwork, stageOfS3Verb, stageOfWords, withoutStatusLines } from './stage-words';
import { trimTrailing } from './trim-trailing';
import { MAX_MESSAGE, unwrapFailureTexts } from './unwrap-failure-text';
import { holdsAny } from './word-gate';

// Every quoted denial says one of these ("not authorized to perform", "not permitted to perform", ...).
// …and the implicit sentence's own "allows the <action> action", which a paste that cut the sentence's head keeps.
const DENIAL_VERBS = ['authorized', 'permitted', 'allowed to perform', 'allows the'];
// A sentence glued to the key ("…/train.csv.Access Denied") is not the key: a dot before a capitalised
// word ends it (not one before capitals, "IMG_001.JPG").
const S3_URI = /[sS]3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/?((?:[^\s"'<>.]|\.(?![A-Z][a-z])){0,1024})/;

const QUOTED_WITH_TYPE = 100;
const QUOTED = 90;
const GENERIC = 58;
/** A policy type named without a request quoted in the usual form ("...API action ... with an explicit deny in a service control policy"). */
const NAMED_TYPE = 85;
/** The strongest grammar verdict (error-families.ts, credentials); a denial at or above it decides. */
const GRAMMAR_CEILING = 85;
/** Only says where the job stopped, not why. */
const STATUS_ONLY = 5;

// The job's own summary of its failure outranks a log line that may be a retried warning.
const SOURCE_BONUS: Record<TextSource['kind'], number> = { 'failure-reason': 3, 'status-message': 1, log: 0 };
// The weak readings say whose side or which stage failed, not why: a side's class alone (30, read-grammar.ts) and the model
// container's failed health check (34, container-reports.ts). A FailureReason's reading stronger than these says why.
export const SAYS_WHY = 34 + SOURCE_BONUS['failure-reason'];

interface Piece {
  /** The message as written: what the request readers (the denied action, resource, S3 location) read. */
  message: string;
  /** The message with its names and its INFO and DEBUG lines blanked (mask-identifiers.ts, quiet-lines.ts): what the word rules read. */
  words: string;
  /** `words` lower-cased once, for the cheap word checks that gate each pattern. */
  lower: string;
  source: TextSource;
  /** The parts of `words` (failure-parts.ts), read once by whichever reading asks first. */
  parts?: FailureParts;
  /** Whether `words` passed over any line (quiet, news, hedged): then a quoted denial is read in the message less those lines. */
  passedOver: boolean;
  /** That message, read once by the quoted denial when it asks (`heardOf`). */
  heard?: string;
}

const partsOf = (piece: Piece): FailureParts => (piece.parts ??= readFailureParts(piece.words, piece.lower));

const passOver = (t: string) => blankQuietLines(blankNewsBeforeFailure(blankHedgedCauses(blankLambdaKmsRelay(blankIgnoredExceptions(t)))));
const heardOf = (piece: Piece): string => (piece.heard ??= piece.passedOver ? passOver(piece.message) : piece.message);

function clean(message: string, source: TextSource): Piece {
  const text = message.slice(0, MAX_MESSAGE);
  const lowerText = text.toLowerCase();
  const names = nameSpans(text, lowerText);
  const named = blankSpans(text, names);
  const words = passOver(named);
  // The names' blank is the same in either case, so the lower-cased copy is blanked alike; a quiet line
  // (rare) needs the words lower-cased again.
  const lower = words === named ? blankSpans(lowerText, names) : words.toLowerCase();
  // A quoted denial is read in the message's own words (its names kept), less the lines the words passed over: a WARNING
  // that a tracker's PutObject was refused and the job went on is not the denial that ended it (the ninety-eighth review).
  return { message: text, words, lower, source, passedOver: words !== named };
}

/** A rule's excerpt of the masked words, in the words the message was written with. */
const excerptOf = (piece: Piece, excerpt: string): string => originalOf(excerpt, piece.words, piece.message);

function piecesOf(text: FailureText): Piece[] {
  const pieces: Piece[] = [];
  if (text.failureReason) pieces.push(clean(text.failureReason, { kind: 'failure-reason' }));
  for (const s of text.statusMessages ?? []) {
    if (s.message) pieces.push(clean(s.message, { kind: 'status-message', status: s.status }));
  }
  (text.logLines ?? []).forEach((line, index) => {
    pieces.push(clean(line.message, { kind: 'log', stream: line.stream, index }));
  });
  return pieces;
}

function s3ResourceIn(message: string): string | undefined {
  const m = S3_URI.exec(message);
  if (!m?.[1]) return undefined;
  const key = trimTrailing(m[2] ?? '', '.,;:)');
  return key ? `arn:aws:s3:::${m[1]}/${key}` : `arn:aws:s3:::${m[1]}`;
}

function quotedDenial(piece: Piece, failedStage: Stage | undefined): Observation | undefined {
  // The quoted form always names its verb (possibly wrapped after "not"); most texts do not, and skip the pattern.
  const match = holdsAny(piece.lower, DENIAL_VERBS) ? matchAccessDenied(heardOf(piece)) : undefined;
  if (!match) return undefined;
  const { denied } = match;
  const stage = (denied.action && stageOfAction(denied.action, denied.resource)) || stageOfWords(piece.words) || failedStage;
  return {
    rule: denied.policyType ? 'access-denied-with-policy-type' : 'access-denied-quoted',
    cause: causeOfDenial(denied, stage),
    ...(stage ? { stage } : {}),
    denied,
    excerpt: match.excerpt,
    source: piece.source,
    strength: (denied.policyType ? QUOTED_WITH_TYPE : QUOTED) + SOURCE_BONUS[piece.source.kind],
  };
}

// Which service a denial without a quoted action is about, so "resource-based policy" can be read
// as the bucket's or the key's: the operation botocore names, else the service the text names.
function serviceHintOf(message: string): string | undefined {
  const action = actionOfOperation(message);
  if (action) return action;
  if (/s3:\/\/|arn:aws[\w-]*:s3:::|\bS3\b|\bbucket\b/i.test(message)) return 's3:*';
  // SageMaker's own data stages ("Data download failed", "Artifact upload failed") read and write S3.
  const stage = stageOfWords(message);
  if (stage === 'input' || stage === 'output' || stage === 'checkpoints') return 's3:*';
  if (/\bKMS\b|arn:aws[\w-]*:kms:/i.test(message)) return 'kms:*';
  return undefined;
}

function namedPolicyType(piece: Piece, failedStage: Stage | undefined): Observation | undefined {
  if (!piece.lower.includes('polic') && !piece.lower.includes('boundar')) return undefined;
  const named = readDenialContext(piece.message);
  if (!named.policyType) return undefined;
  // A "resource-based policy" is the bucket's or the key's: ask which service only then.
  const context = named.policyType === 'resource' ? readDenialContext(piece.message, serviceHintOf(piece.words)) : named;
  const stage = stageOfWords(piece.words) ?? failedStage;
  const cause = causeOfDenial(context, stage);
  // Only the types that decide a cause on their own are worth saying without the request.
  if (!causeOfPolicyType(context.policyType) || cause === causeOfStage(stage)) return undefined;
  return {
    rule: 'policy-type-named',
    cause,
    ...(stage ? { stage } : {}),
    denied: context,
    excerpt: piece.message.slice(0, 300),
    source: piece.source,
    strength: NAMED_TYPE + SOURCE_BONUS[piece.source.kind],
  };
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

function genericDenial(piece: Piece, failedStage: Stage | undefined): Observation | undefined {
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
  const performed = own.includes('perform') || own.includes(' to call ') ? PERFORMED_ACTION.exec(own)?.[1] : undefined;
  // A CloudTrail record names its call as a field of its own, lines from its error code (round 155).
  const recorded = piece.lower.includes('"eventname"') ? actionOfOperation(piece.message) : undefined;
  const action = (named && iamActionNamed(named)) || performed || actionOfCallAfter(piece.words, m.index + m[0].length) || actionOfOperation(own) || actionOfOperation(near) || recorded || (stageOfWords(own) ? undefined : soleActionNamed(piece.message));
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

// Readings of a request's refusal in its own words, which only SageMaker's FailureReason or a status message
// can be: the same words in a log line are the job's own print (a script's "batch size must be greater than 0").
const REFUSAL_ONLY_RULES: ReadonlySet<string> = new Set(['bound-required-of-setting']);

function grammarObservations(piece: Piece): Observation[] {
  const verdicts = readGrammar(piece.words, piece.lower, partsOf(piece));
  return (piece.source.kind === 'log' ? verdicts.filter((v) => !REFUSAL_ONLY_RULES.has(v.rule)) : verdicts).map((v) => ({
    rule: v.rule,
    cause: v.cause,
    ...(v.stage ? { stage: v.stage } : {}),
    excerpt: excerptOf(piece, v.excerpt),
    source: piece.source,
    strength: v.strength + SOURCE_BONUS[piece.source.kind],
  }));
}

const ALL_RULES = [...PERMISSION_RULES, ...FAILURE_RULES];

function phraseObservations(piece: Piece, failedStage: Stage | undefined): Observation[] {
  const found: Observation[] = [];
  for (const rule of ALL_RULES) {
    if (!holdsAny(piece.lower, rule.words)) continue;
    const m = rule.pattern.exec(piece.words);
    if (!m || rule.unless?.test(piece.words) || rule.standsDown?.(piece.words, piece.lower)) continue;
    const isPermission = PERMISSION_RULES.includes(rule);
    const stage = rule.stage ?? (isPermission ? (stageOfWords(piece.words) ?? failedStage) : undefined);
    found.push({
      rule: rule.id,
      cause: rule.cause,
      ...(stage ? { stage } : {}),
      excerpt: excerptOf(piece, m[0]).trim(),
      source: piece.source,
      strength: rule.strength + SOURCE_BONUS[piece.source.kind],
    });
  }
  return found;
}

/** What one message says: a quoted or named denial, or a bare one; the phrase rules; the grammar. */
function pieceObservations(piece: Piece, failedStage: Stage | undefined): Observation[] {
  const quoted = quotedDenial(piece, failedStage);
  const denial = quoted ?? namedPolicyType(piece, failedStage) ?? genericDenial(piece, failedStage);
  const found: Observation[] = denial ? [denial] : [];
  found.push(...phraseObservations(piece, failedStage));
  // No grammar verdict outranks a denial AWS quoted or named a policy type for: skip the work.
  if (!denial || denial.strength < GRAMMAR_CEILING + SOURCE_BONUS[piece.source.kind]) found.push(...grammarObservations(piece));
  return found;
}

/**
 * Every observation the text rules make, in the order of the text (failure reason, status
 * messages, log lines), each message first taken out of the wrappers it was quoted in.
 */
export function readObservations(text: FailureText): Observation[] {
  return readUnwrappedObservations(unwrapFailureTexts(text));
}

/**
 * The observations of a text already out of its wrappers (unwrapFailureTexts): a wrapper is undone
 * once, never twice. A message that quotes a denial is not also read as a bare "AccessDenied".
 */
export function readUnwrappedObservations(text: FailureText): Observation[] {
  const statusMessages = text.statusMessages ?? [];
  const failedStage = failedStageOf(statusMessages);
  const observations: Observation[] = [];
  for (const piece of piecesOf(text)) {
    const found = pieceObservations(piece, failedStage);
    observations.push(...passOverRetriedLines(found, piece.message, (message) => pieceObservations(clean(message, piece.source), failedStage)));
  }
  const last = [...statusMessages].reverse().find((s) => failedStageOf([s]) === failedStage);
  if (failedStage && last) {
    observations.push({
      rule: 'failed-during-stage',
      cause: 'unknown',
      stage: failedStage,
      excerpt: last.message,
      source: { kind: 'status-message', status: last.status },
      strength: STATUS_ONLY,
    });
  }
  return observations;
}
