import type { Cause, Stage } from '../diagnosis';
import { conditionBefore } from './condition-clause';
import { isWarningLineAt } from './quiet-lines';
import type { TextRule } from './rules';

// A writer's account that names the policy that refused, in their words rather than AWS's ("Cause: When using a separate
// Data Account, the bucket policy doesn't allow the UseCase Account's SageMaker role", "The CMK key policy does not grant
// kms:Decrypt to the execution role", "denied by the VPC endpoint policy"; the hundred-and-forty-first review): a policy type
// named in the text wins over the symptom beside it ("fails with AccessDenied reading from an S3 bucket"), as AWS's own
// "no resource-based policy allows" does. Only beside a failure or a denial the text reports, and not as a condition ("if the
// bucket policy does not allow the role, …", a guide's advice), a question, or on a warning's line.

// A post's emphasis around the policy's name ("The CMK **key policy** does not grant").
const EMPHASIS = String.raw`[*_\x60]{0,3}`;
const NOT_ALLOWED = String.raw`(?:does(?:n't| not)|did(?:n't| not)|do(?:n't| not)) (?:allow|grant|permit|trust|include)\b`;
const DENIED_BY = String.raw`\b(?:denied|blocked|rejected|refused) by (?:the |a |an |its |their |our |your )?`;
const FAILURE_SAID = /\baccess ?denied\b|\bforbidden\b|\b403\b|\bnot authori[sz]ed\b|\bfail(?:s|ed|ing|ure)?\b/i;
const inCondition = conditionBefore({ reach: 160 });

/** The rule for one policy type: its names as a writer says them, the cause it decides and the stage it refuses. */
function policySaidToDeny(id: string, names: string, cause: Cause, stage: Stage | undefined, words: readonly string[]): TextRule {
  const pattern = new RegExp(String.raw`\b(?:${names}) polic(?:y|ies)${EMPHASIS} (?:\w{1,20} )?${NOT_ALLOWED}|${DENIED_BY}(?:${names}) polic(?:y|ies)\b`, 'gi');
  const said = (text: string, at: number) => !inCondition(text, at) && !isWarningLineAt(text, at) && !/^[^\n.!]{0,200}\?/.test(text.slice(at));
  return {
    id,
    words,
    cause,
    ...(stage ? { stage } : {}),
    // A cause the text names outright, as the permission rules' 75 to 80; below a quoted denial (90 to 100), which says more.
    strength: 78,
    pattern: new RegExp(pattern.source, 'i'),
    standsDown: (text) => {
      if (!FAILURE_SAID.test(text)) return true;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text), n = 0; m && n < 16; m = pattern.exec(text), n += 1) if (said(text, m.index)) return false;
      return true;
    },
  };
}

export const POLICY_SAID_TO_DENY_RULES: readonly TextRule[] = [
  policySaidToDeny('bucket-policy-said-to-deny', String.raw`(?:S3 )?bucket`, 'bucket-policy', undefined, ['bucket polic']),
  policySaidToDeny('key-policy-said-to-deny', String.raw`(?:KMS |CMK |customer managed )?key|CMK(?: key)?`, 'kms', undefined, ['key polic', 'cmk polic']),
  policySaidToDeny('endpoint-policy-said-to-deny', String.raw`(?:VPC |S3 |gateway )?endpoint`, 'vpc', 'network', ['endpoint polic']),
  policySaidToDeny('trust-policy-said-to-deny', String.raw`(?:role's |role )?trust`, 'trust-policy', 'assume-role', ['trust polic']),
];
