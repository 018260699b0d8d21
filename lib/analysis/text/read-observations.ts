import type { Stage } from '../diagnosis';
import type { FailureText, Observation } from '../observations';
import { causeOfDenial, causeOfPolicyType, causeOfStage, stageOfAction } from './cause-of-denial';
import { genericDenial } from './generic-denial';
import { actionOfOperation } from './operations';
import { matchAccessDenied, readDenialContext } from './parse-access-denied';
import { PERMISSION_RULES } from './permission-rules';
import { withPolicySaid } from './policy-said-to-deny';
import { readGrammar } from './read-grammar';
import { passOverRetriedLines } from './retried-status';
import { FAILURE_RULES } from './rules';
import { failedStageOf, stageOfWords } from './stage-words';
import { clean, excerptOf, heardOf, partsOf, piecesOf, SOURCE_BONUS, type Piece } from './text-piece';
import { unwrapFailureTexts } from './unwrap-failure-text';
import { holdsAny } from './word-gate';

// Every quoted denial says one of these ("not authorized to perform", "not permitted to perform", ...).
// …and the implicit sentence's own "allows the <action> action", which a paste that cut the sentence's head keeps.
const DENIAL_VERBS = ['authorized', 'permitted', 'allowed to perform', 'allows the'];

const QUOTED_WITH_TYPE = 100;
const QUOTED = 90;
/** A policy type named without a request quoted in the usual form ("...API action ... with an explicit deny in a service control policy"). */
const NAMED_TYPE = 85;
/** The strongest grammar verdict (error-families.ts, credentials); a denial at or above it decides. */
const GRAMMAR_CEILING = 85;
/** Only says where the job stopped, not why. */
const STATUS_ONLY = 5;

// The weak readings say whose side or which stage failed, not why: a side's class alone (30, read-grammar.ts) and the model
// container's failed health check (34, container-reports.ts). A FailureReason's reading stronger than these says why.
export const SAYS_WHY = 34 + SOURCE_BONUS['failure-reason'];

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
  const denial = quoted ?? namedPolicyType(piece, failedStage) ?? withPolicySaid(genericDenial(piece, failedStage), piece);
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
