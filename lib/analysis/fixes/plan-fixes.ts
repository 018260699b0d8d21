import { objectArn, roleNameOfArn } from '../arns';
import type { EvidenceBundle, PolicyDocument } from '../evidence';
import { partitionOf } from '../partition';
import type { EvaluatedCheck } from '../proof/evaluated-check';
import type { Evaluation } from '../proof/evaluate-checks';
import type { PlannedRequest } from '../requests/planned-request';
import type { FixPlan } from './fix-plan';
import { keyStateFix } from './key-state-fix';
import { resourceDocFor } from './resource-doc';
import { compliantPlans } from './job-config-fixes';
import { narrowResourceDeny, resourceGrant, routeFix, where } from './resource-fixes';
import { correctStaleTrust } from './trust-fix';
import { statementAt, statementsOf } from '../proof/statements';
import { boundaryGrant, inlineGrant, narrowIdentityDeny } from './role-fixes';

function hasIdentityGap(ec: EvaluatedCheck): boolean {
  if (ec.planned.target.kind === 'trust') return false;
  if (!ec.denials.some((d) => d.policyType === 'identity' && d.denialType === 'Implicit')) return false;
  // A key policy that names the role grants on its own (same account): no identity change needed.
  const keyAlone = ec.deciding?.slot === 'resource' && ec.planned.target.kind === 'kms' && ec.planned.resourceAccountId === ec.planned.request.principal.split(':')[4];
  return !keyAlone;
}

function scopeKey(req: PlannedRequest): string {
  const t = req.target;
  if (t.kind === 's3') return `${req.stage}:${t.bucket}/${t.prefix}`;
  if (t.kind === 'kms') return `${req.stage}:${t.keyArn}`;
  return req.stage;
}

function groupBy<T>(items: T[], keyOf: (t: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    if (k === undefined) continue;
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

/**
 * A request to another account's bucket or key whose policy could not be read: the owner must grant
 * it whatever the role's side says, so a statement for them is offered (unverified) too.
 */
function isUnreadableCrossAccount(ec: EvaluatedCheck, bundle: EvidenceBundle): boolean {
  const t = ec.planned.target;
  if (ec.check.status === 'pass' || (t.kind !== 's3' && t.kind !== 'kms')) return false;
  // Refused by the key's state, not by a policy: enabling the key comes first, its own fix.
  if (ec.deciding?.slot === 'key-state') return false;
  if (ec.planned.resourceAccountId === bundle.accountId) return false;
  const resourceMissing = ec.inputs.missing.some((m) => m.slot === 'resource');
  // An unread default encryption only adds a KMS question; the owner's grant is still needed.
  return resourceMissing && ec.inputs.missing.every((m) => m.slot === 'resource' || m.slot === 'encryption');
}

/** Fix plans for every failing check: the deciding side first, plus the identity grants that must go with it. */
export function planFixes(bundle: EvidenceBundle, evaluation: Evaluation): FixPlan[] {
  const failing = evaluation.checks.filter((c) => c.check.status === 'fail');
  const plans: FixPlan[] = [];
  const ids = (cs: EvaluatedCheck[]) => cs.map((c) => c.check.id);

  for (const [, group] of groupBy(failing.filter(hasIdentityGap), (c) => scopeKey(c.planned))) {
    plans.push(inlineGrant(bundle, group.map((c) => c.planned), ids(group)));
  }

  const route = failing.filter((c) => c.deciding?.slot === 'route');
  if (route.length && evaluation.path.kind === 'no-route') {
    const p = routeFix(bundle, evaluation.path, ids(route));
    if (p) plans.push(p);
  }

  for (const [, group] of groupBy(failing.filter((c) => c.deciding?.slot === 'key-state'), (c) => (c.planned.target.kind === 'kms' ? c.planned.target.keyRef : ''))) {
    const p = keyStateFix(bundle, group);
    if (p) plans.push(p);
  }

  const explicit = groupBy(failing.filter((c) => c.deciding?.denialType === 'explicit'), (c) => `${c.deciding?.slot}:${c.deciding?.policyName ?? ''}:${resourceDocKey(c)}:${c.deciding?.statementIndex}`);
  for (const [, group] of explicit) {
    const first = group[0];
    if (!first) continue;
    plans.push(...compliantFor(bundle, first, group));
    // A trust Deny of every account but a stale one is corrected in place, like a stale Allow.
    const denyIndex = first.planned.target.kind === 'trust' ? first.deciding?.statementIndex : undefined;
    const trustDoc = denyIndex ? resourceDocFor(bundle, first, evaluation.path, false) : undefined;
    const stale = denyIndex && trustDoc?.kind === 'trust' ? correctStaleTrust(bundle, trustDoc.document, ids(group), denyIndex - 1) : undefined;
    const source = stale ? denySource(bundle, first) : undefined;
    if (stale) plans.push({ ...stale, ...(source ? { alternatives: source.alternatives } : {}) });
    const p = narrowPlan(bundle, first, group);
    if (p) plans.push(p);
  }

  const implicitResource = (c: EvaluatedCheck) => c.deciding?.denialType === 'implicit' && ['resource', 'vpce', 'boundary'].includes(c.deciding.slot);
  const unproven = evaluation.checks.filter((c) => isUnreadableCrossAccount(c, bundle));
  const resourceSide = [...new Set([...failing.filter(implicitResource), ...unproven])];
  for (const [, group] of groupBy(resourceSide, (c) => (c.deciding?.slot === 'boundary' ? 'boundary' : resourceDocKey(c)))) {
    const first = group[0];
    if (!first) continue;
    if (first.deciding?.slot === 'boundary') {
      const b = first.inputs.boundary;
      const p = b ? boundaryGrant(bundle, b, group.map((c) => c.planned), ids(group)) : undefined;
      if (p) plans.push(p);
      continue;
    }
    const doc = resourceDocFor(bundle, first, evaluation.path, first.deciding?.slot === 'vpce');
    if (!doc) continue;
    const stale = doc.kind === 'trust' ? correctStaleTrust(bundle, doc.document, ids(group)) : undefined;
    plans.push(stale ?? resourceGrant(bundle, doc, group.map((c) => c.planned), ids(group)));
  }
  return mergeSameChange(plans);
}

/**
 * One statement of the role's own policies can deny requests to several buckets: those groups plan
 * the same change (same key), which is offered once, for all their checks.
 */
function mergeSameChange(plans: FixPlan[]): FixPlan[] {
  const byKey = new Map<string, FixPlan>();
  for (const p of plans) {
    const seen = byKey.get(p.key);
    byKey.set(p.key, seen ? { ...seen, checkIds: [...new Set([...seen.checkIds, ...p.checkIds])] } : p);
  }
  return [...byKey.values()];
}

function resourceDocKey(c: EvaluatedCheck): string {
  const t = c.planned.target;
  if (c.deciding?.slot === 'vpce') return 'vpce';
  if (t.kind === 's3') return `bucket:${t.bucket}`;
  if (t.kind === 'kms') return `key:${t.keyRef}`;
  return t.kind;
}

/** The denying statement, its policy's statements, where it sits, and the key its exception plan shares. */
function denySource(bundle: EvidenceBundle, c: EvaluatedCheck): { where: string; document: PolicyDocument; alternatives: string } | undefined {
  const d = c.deciding;
  if (!d?.statementIndex) return undefined;
  if (d.slot === 'identity' || d.slot === 'boundary') {
    // The role's own policies (a boundary that keeps S3 inside a VPC endpoint, say): same keys as narrowIdentityDeny.
    const policy = d.slot === 'boundary' ? c.inputs.boundary : c.inputs.identity.find((p) => p.name === d.policyName);
    if (!policy?.document.ok) return undefined;
    const where = d.slot === 'boundary' ? `permissions boundary ${policy.name}` : `policy ${policy.name} of role ${roleNameOfArn(bundle.job.roleArn)}`;
    return { where, document: policy.document.value, alternatives: `deny:${policy.arn ?? policy.name}:${d.statementIndex}` };
  }
  if (d.slot !== 'resource' && d.slot !== 'vpce') return undefined;
  const doc = resourceDocFor(bundle, c, undefined, d.slot === 'vpce');
  if (!doc || doc.document === 'unreadable' || doc.document === null) return undefined;
  return { where: where(doc), document: doc.document, alternatives: `deny:${where(doc)}:${d.statementIndex}` };
}

/** The job-configuration changes that comply with a readable explicit deny (see job-config-fixes). */
function compliantFor(bundle: EvidenceBundle, c: EvaluatedCheck, group: EvaluatedCheck[]): FixPlan[] {
  const source = denySource(bundle, c);
  const statement = source && statementAt(source.document, c.deciding?.statementIndex);
  if (!source || !statement) return [];
  const context = { where: source.where, statement, siblings: statementsOf(source.document), group };
  return compliantPlans(bundle, context, group.map((g) => g.check.id)).map((p) => ({ ...p, alternatives: source.alternatives }));
}

/** An object the job reads by name (a manifest's, or its data object): everything under its folder, which it reads alike. */
function readsUnder(c: EvaluatedCheck, partition: string): string | undefined {
  const t = c.planned.target;
  const resource = c.planned.request.resource;
  if (t.kind !== 's3' || c.planned.request.action !== 's3:GetObject' || resource.endsWith('*')) return undefined;
  return objectArn(t.bucket, `${t.prefix}*`, partition);
}

function narrowPlan(bundle: EvidenceBundle, c: EvaluatedCheck, group: EvaluatedCheck[]): FixPlan | undefined {
  const d = c.deciding;
  const checkIds = group.map((g) => g.check.id);
  if (!d?.statementIndex) return undefined;
  // What the deny refused, as the requests name it (a prefix's pattern, not the one object AWS named, since the job reads
  // every object under it): an inline policy's deny is narrowed by these resources, since it applies to the role alone.
  const partition = partitionOf(bundle.region).name;
  const refused = [...new Set(group.map((g) => readsUnder(g, partition) ?? g.planned.request.resource))];
  if (d.slot === 'identity') {
    const policy = c.inputs.identity.find((p) => p.name === d.policyName);
    return policy ? narrowIdentityDeny(bundle, policy, false, d.statementIndex, checkIds, refused) : undefined;
  }
  if (d.slot === 'boundary') return c.inputs.boundary ? narrowIdentityDeny(bundle, c.inputs.boundary, true, d.statementIndex, checkIds, refused) : undefined;
  if (d.slot === 'resource' || d.slot === 'vpce') {
    const doc = resourceDocFor(bundle, c, undefined, d.slot === 'vpce');
    return doc ? narrowResourceDeny(bundle, doc, d.statementIndex, checkIds) : undefined;
  }
  return undefined;
}
