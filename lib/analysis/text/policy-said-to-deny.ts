import type { Cause, PolicyType, Stage } from '../diagnosis';
import type { Observation } from '../observations';
import { conditionBefore } from './condition-clause';
import { findIfWhere } from './grammar-verdict';
import { isWarningLineAt } from './quiet-lines';
import { excerptOf, type Piece } from './text-piece';

// A writer's account that names the policy that refused, in their words rather than AWS's ("Cause: When using a separate
// Data Account, the bucket policy doesn't allow the UseCase Account's SageMaker role", "The CMK key policy does not grant
// kms:Decrypt to the execution role", "denied by the VPC endpoint policy"; the hundred-and-forty-first review): beside a denial
// the text reports, a policy type named wins over the symptom ("fails with AccessDenied reading from an S3 bucket"), as AWS's
// own "no resource-based policy allows" does. It decides only which denial it was: a text with no denial in it, or a stronger
// failure beside one (memory run out), is read as before (an independent review of the first version, which read "our bucket
// policy does not allow public access" beside a CUDA out-of-memory as the cause).
// What the policy does not allow must be the job's: a role, a principal, an account, SageMaker, or an action by its IAM name
// ("doesn't allow deletes, by design", "does not allow anonymous access" are the policy's purpose, not this refusal). Not as a
// condition ("if the bucket policy does not allow the role, …"), a question, a denial denied ("was not denied by the bucket
// policy"), or on a warning's line.

interface PolicyNames {
  readonly names: string;
  readonly cause: Cause;
  readonly policyType: PolicyType;
  readonly stage?: Stage;
}

const POLICIES: readonly PolicyNames[] = [
  { names: String.raw`(?:S3 )?bucket`, cause: 'bucket-policy', policyType: 'bucket-policy' },
  { names: String.raw`(?:KMS |CMK |customer managed )?key|CMK(?: key)?`, cause: 'kms', policyType: 'key-policy' },
  { names: String.raw`(?:VPC |S3 |gateway )?endpoint`, cause: 'vpc', policyType: 'vpc-endpoint', stage: 'network' },
  { names: String.raw`(?:role's |role )?trust`, cause: 'trust-policy', policyType: 'trust-policy', stage: 'assume-role' },
];

// A post's emphasis around the policy's name ("The CMK **key policy** does not grant").
const EMPHASIS = String.raw`[*_\x60]{0,3}`;
const JOBS_SUBJECT = String.raw`[^.;\n]{0,120}?\b(?:roles?|principals?|accounts?|SageMaker|users?|[a-z0-9-]{2,20}:[A-Z*][A-Za-z*]{0,80})\b`;
const NOT_ALLOWED = String.raw`(?:does(?:n't| not)|did(?:n't| not)|do(?:n't| not)) (?:allow|grant|permit|trust)\b${JOBS_SUBJECT}`;
const DENIED_BY = String.raw`(?<!\b(?:not|n't|never)[ \t]{1,3}(?:been[ \t]{1,3})?)\b(?:denied|blocked|rejected|refused) by (?:the |a |an |its |their |our |your )?`;
const WORDS = ['polic'];
const inCondition = conditionBefore({ reach: 160 });
const QUESTION = /^[^\n.!]{0,200}\?/;

const PATTERNS = POLICIES.map((policy) => ({
  policy,
  pattern: new RegExp(String.raw`\b(?:${policy.names}) polic(?:y|ies)${EMPHASIS} (?:\w{1,20} )?${NOT_ALLOWED}|${DENIED_BY}(?:${policy.names}) polic(?:y|ies)\b`, 'i'),
}));

/** The policy the text's own words say refused the job, and where they say it; undefined when they name none. */
function policySaid(text: string, lower: string): { policy: PolicyNames; excerpt: string } | undefined {
  const said = (at: number) => !inCondition(text, at) && !isWarningLineAt(text, at) && !QUESTION.test(text.slice(at));
  for (const { policy, pattern } of PATTERNS) {
    const excerpt = findIfWhere(lower, WORDS, pattern, text, said);
    if (excerpt) return { policy, excerpt };
  }
  return undefined;
}

/**
 * A generic denial of `piece` told which policy refused it by the writer's words: the policy's cause, one above the denial's
 * own strength (it outranks the symptom it explains and nothing the denial did not).
 */
export function withPolicySaid(denial: Observation | undefined, piece: Piece): Observation | undefined {
  if (!denial) return undefined;
  const said = policySaid(piece.words, piece.lower);
  if (!said) return denial;
  const { policy, excerpt } = said;
  const stage = policy.stage ?? denial.stage;
  return {
    ...denial,
    rule: 'policy-said-to-deny',
    cause: policy.cause,
    ...(stage ? { stage } : {}),
    denied: { ...denial.denied, policyType: policy.policyType },
    excerpt: excerptOf(piece, excerpt).trim(),
    strength: denial.strength + 1,
  };
}
