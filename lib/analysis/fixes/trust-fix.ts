import type { EvidenceBundle, PolicyDocument } from '../evidence';
import { statementsOf } from '../proof/statements';
import type { FixPlan } from './fix-plan';
import { resourcePlan } from './resource-fixes';
import { replaceStatement, type Statement } from './statements';

function isSageMakerAllow(s: Statement): boolean {
  const p = s.Principal;
  const service = typeof p === 'object' && p !== null ? (p as Record<string, unknown>).Service : undefined;
  const services = typeof service === 'string' ? [service] : Array.isArray(service) ? service : [];
  return s.Effect === 'Allow' && services.includes('sagemaker.amazonaws.com');
}

/** `arn:aws:sagemaker:<region>:<account>:...` with the job's account (and region, when none of the values has it). */
function correctArn(value: string, account: string, region: string, keepRegion: boolean): string {
  const parts = value.split(':');
  if (parts.length < 6 || parts[2] !== 'sagemaker') return value;
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
 * from another account, a template with a stale id) denies SageMaker for this one. The fix corrects
 * those values in place: adding a second, unconditioned statement beside it would drop the
 * protection the conditions were there for.
 */
export function correctStaleTrust(bundle: EvidenceBundle, document: PolicyDocument, checkIds: string[]): FixPlan | undefined {
  const account = bundle.job.roleArn.split(':')[4] || bundle.accountId;
  const statements = statementsOf(document);
  const index = statements.findIndex((s) => isSageMakerAllow(s) && typeof s.Condition === 'object' && s.Condition !== null);
  const original = statements[index];
  if (!original) return undefined;
  const condition = Object.fromEntries(
    Object.entries(original.Condition as Record<string, Record<string, unknown>>).map(([op, block]) => [op, typeof block === 'object' && block !== null ? correctBlock(block, account, bundle.region) : block]),
  );
  if (JSON.stringify(condition) === JSON.stringify(original.Condition)) return undefined;
  const corrected = { ...original, Condition: condition };
  const sid = typeof original.Sid === 'string' ? ` "${original.Sid}"` : '';
  return resourcePlan(bundle, { kind: 'trust', document }, `trust-correct:${index + 1}`, `Correct the stale source conditions of trust statement${sid} to account ${account}`, replaceStatement(document, index + 1, corrected), [corrected], checkIds, {
    replaces: original,
    notes: [`The statement already lets SageMaker assume the role, but only for another account's jobs (aws:SourceAccount / aws:SourceArn): its conditions are corrected in place, keeping the confused-deputy protection.`],
  });
}
