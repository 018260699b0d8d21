import { conditionBefore } from './condition-clause';
import { findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt } from './line-window';
import { isWarningLineAt } from './quiet-lines';

// A writer's account that the job had no way out to the internet ("I cannot access Internet from within a training instance …
// my requirements.txt was timing out", "can not connect to Internet", "the training job has no internet access", "a private subnet without a NAT gateway",
// the hundred-and-twenty-seventh review): the job's network, said of the job. Not as a condition ("If your job has no internet
// access, …", a guide's advice). Read last (read-error-detail.ts): any error the text quotes says more. Only with what is missing
// named (internet access, a NAT gateway): "no NAT issue", "works without internet" say nothing of the job.
const NO_WAY_OUT = /\b(?:(?:has|have|had|with) no|without(?: an?)?|no) (?:internet access|outbound internet(?: access)?|NAT gateway)\b|\b(?:can ?not|can't|could not|couldn't|unable to) (?:access|connect to|reach)(?: to)?(?: the)? internet\b/i;
const inCondition = conditionBefore({ reach: 120, when: true });
// Nor as a guide's caution on its line ("Note: a private subnet without a NAT gateway … may cause connection timeout errors", the
// sixty-fifth review): what could happen, not what did.
const CAUTION = /\b(?:may|might|could|can|would) (?:cause|lead to|result in|fail|time out|block)\b|^[ \t>*-]{0,6}(?:Note|Tip|Caution|Important|Warning):/im;

/** A writer's own account that the job had no internet access or NAT gateway: the job's network, when nothing else is read. */
export function readNoWayOut(text: string, lower: string): GrammarVerdict | undefined {
  const said = findIfWhere(lower, ['internet', 'nat gateway'], NO_WAY_OUT, text, (at) => !inCondition(text, at) && !isWarningLineAt(text, at) && !CAUTION.test(lineAt(text, at, 0)));
  return said ? { rule: 'no-way-out', cause: 'vpc', stage: 'network', strength: 50, excerpt: said } : undefined;
}
