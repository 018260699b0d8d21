import type { EvidenceBundle, PolicyDocument } from '../evidence';
import { partitionOf } from '../partition';
import { statementsOf } from '../proof/statements';
import type { FixPlan } from './fix-plan';
import { resourcePlan } from './resource-fixes';
import { replaceStatement, type Statement } from './statements';

function namesSageMaker(s: Statement): boolean {
  const p = s.Principal;
  const service = typeof p === 'object' && p !== null ? (p as Record<string, unknown>).Service : undefined;
  const services = typeof service === 'string' ? [service] : Array.isArray(service) ? service : [];
  return services.includes('sagemaker.amazonaws.com');
}

/**
 * `arn:<partition>:sagemaker:<region>:<account>:...` with the job's partition (a statement copied from a commercial
 * template into GovCloud names `arn:aws:`) and account (and region, when none of the values has it).
 */
function correctArn(value: string, account: string, region: string, keepRegion: boolean): string {
  const parts = value.split(':');
  if (parts.length < 6 || parts[2] !== 'sagemaker') return value;
  parts[1] = partitionOf(region).name;
  parts[4] = account;
  if (!keepRegion && parts[3] !== '*') parts[3] = region;
  return parts.join(':');
}

function correctBlock(block: Record<string, unknown>, account: string, region: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(block)) {
    const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : undefined;
    if (!values) out[k] = v;
    else if (k.toLowerCase() === 'aws:sourceaccount') out[k] = account;
    else if (k.toLowerCase() === 'aws:sourcearn') {
      const keepRegion = values.some((x) => ['*', region].includes(x.split(':')[3] ?? ''));
      const fixed = [...new Set(values.map((x) => correctArn(x, account, region, keepRegion)))];
      out[k] = fixed.length === 1 ? fixed[0] : fixed;
    } else out[k] = v;
  }
  return out;
}

/**
 * A SageMaker trust statement whose confused-deputy conditions name another account (a role copied
 * from another account, a template with a stale id) denies SageMaker for this one: an Allow that
 * admits only the other account's jobs, or a Deny of every account but the other's. The fix corrects
 * those values in place: adding a second, unconditioned statement beside the Allow would drop the
 * protection the conditions were there for, and exempting this account from the Deny would too.
 * `denyAt` is the 0-based index of the Deny that decided, when one did.
 */
export function correctStaleTrust(bundle: EvidenceBundle, document: PolicyDocument, checkIds: string[], denyAt?: number): FixPlan | undefined {
  const account = bundle.job.roleArn.split(':')[4] || bundle.accountId;
  const statements = statementsOf(document);
  const conditioned = (s: Statement) => namesSageMaker(s) && typeof s.Condition === 'object' && s.Condition !== null;
  const index = denyAt ?? statements.findIndex((s) => s.Effect === 'Allow' && conditioned(s));
  const original = statements[index];
  if (!original || !conditioned(original) || original.Effect !== (denyAt === undefined ? 'Allow' : 'Deny')) return undefined;
  const condition = Object.fromEntries(
    Object.entries(original.Condition as Record<string, Record<string, unknown>>).map(([op, block]) => [op, typeof block === 'object' && block !== null ? correctBlock(block, account, bundle.region) : block]),
  );
  if (JSON.stringify(condition) === JSON.stringify(original.Condition)) return undefined;
  const corrected = { ...original, Condition: condition };
  const sid = typeof original.Sid === 'string' ? ` "${original.Sid}"` : '';
  const note =
    original.Effect === 'Allow'
      ? `The statement already lets SageMaker assume the role, but only for another account's jobs (aws:SourceAccount / aws:SourceArn): its conditions are corrected in place, keeping the confused-deputy protection.`
      : `The statement denies SageMaker the role for every account's jobs but another's (aws:SourceAccount / aws:SourceArn): its conditions are corrected in place to this account, so it still refuses every other account's jobs.`;
  return resourcePlan(bundle, { kind: 'trust', document }, `trust-correct:${index + 1}`, `Correct the stale source conditions of trust statement${sid} to account ${account}`, replaceStatement(document, index + 1, corrected), [corrected], checkIds, {
    replaces: original,
    notes: [note],
  });
}
