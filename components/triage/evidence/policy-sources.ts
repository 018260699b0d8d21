import type { DecidedBy, PolicyType } from '@/lib/analysis/diagnosis';
import type { EvidenceBundle, Missing, PolicyDocument } from '@/lib/analysis/evidence';
import { bucketConsoleUrl, keyConsoleUrl, managedPolicyConsoleUrl, roleConsoleUrl, vpcEndpointConsoleUrl } from '../console-links';

/**
 * Every policy document in the evidence, flattened for display, each with the names a DecidedBy
 * may call it by, so the page can highlight the deciding statement in the document it lives in.
 */
export interface PolicySource {
  key: string;
  title: string;
  policyType: PolicyType;
  /** Names that identify this document in DecidedBy.policyName. */
  names: string[];
  document?: PolicyDocument | null;
  missing?: Missing;
  /** Where a person with access edits it in the AWS console. */
  consoleUrl?: string;
}

/** The element id of a document on the page, for links from a quote (`#policy-bucket-acme-data`). */
export function policyAnchor(source: Pick<PolicySource, 'key'>): string {
  return `policy-${source.key.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The document that holds `decidedBy`'s statement, if the evidence has it. */
export function sourceOfDecision(sources: readonly PolicySource[], decidedBy: DecidedBy): PolicySource | undefined {
  return sources.find((s) => s.document && (decidingIn(s, [decidedBy]).indexes.length > 0 || decidingIn(s, [decidedBy]).statements.length > 0));
}

export function collectPolicySources(evidence: EvidenceBundle): PolicySource[] {
  const out: PolicySource[] = [];
  const add = (s: Omit<PolicySource, 'document' | 'missing'>, piece: { ok: true; value: PolicyDocument | null } | { ok: false; missing: Missing }) =>
    out.push(piece.ok ? { ...s, document: piece.value } : { ...s, missing: piece.missing });

  if (evidence.role.ok) {
    const role = evidence.role.value;
    add({ key: 'trust', title: `Trust policy of role ${role.name}`, policyType: 'trust-policy', names: [role.name, role.arn], consoleUrl: roleConsoleUrl(role.name, evidence.region, 'trust_relationships') }, role.trustPolicy);
    if (role.identityPolicies.ok) {
      for (const p of role.identityPolicies.value) {
        const consoleUrl = p.kind === 'managed' && p.arn ? managedPolicyConsoleUrl(p.arn) : roleConsoleUrl(role.name, evidence.region);
        add({ key: `identity:${p.arn ?? p.name}`, title: `${p.kind === 'managed' ? 'Managed' : 'Inline'} policy ${p.name}`, policyType: 'identity', names: [p.name, ...(p.arn ? [p.arn] : [])], consoleUrl }, p.document);
      }
    } else {
      add({ key: 'identity', title: `Identity policies of role ${role.name}`, policyType: 'identity', names: [] }, role.identityPolicies);
    }
    if (role.boundary.ok) {
      const b = role.boundary.value;
      if (b) add({ key: `boundary:${b.name}`, title: `Permissions boundary ${b.name}`, policyType: 'boundary', names: [b.name, ...(b.arn ? [b.arn] : [])], consoleUrl: b.arn ? managedPolicyConsoleUrl(b.arn) : roleConsoleUrl(role.name, evidence.region) }, b.document);
    } else {
      add({ key: 'boundary', title: `Permissions boundary of role ${role.name}`, policyType: 'boundary', names: [] }, role.boundary);
    }
  } else {
    add({ key: 'role', title: `Execution role ${evidence.job.roleArn}`, policyType: 'identity', names: [] }, evidence.role);
  }
  for (const b of Object.values(evidence.buckets)) {
    add({ key: `bucket:${b.name}`, title: `Bucket policy of ${b.name}`, policyType: 'bucket-policy', names: [b.name, `arn:${partitionOfArn(evidence.job.roleArn)}:s3:::${b.name}`], consoleUrl: bucketConsoleUrl(b.name, evidence.region) }, b.policy);
  }
  for (const k of Object.values(evidence.keys)) {
    const arn = k.metadata.ok ? k.metadata.value.arn : undefined;
    const consoleUrl = keyConsoleUrl(arn ?? k.ref, k.metadata.ok && k.metadata.value.keyManager === 'AWS');
    add({ key: `key:${k.ref}`, title: `Key policy of ${arn ?? k.ref}`, policyType: 'key-policy', names: [k.ref, ...(arn ? [arn] : [])], ...(consoleUrl ? { consoleUrl } : {}) }, k.policy);
  }
  if (evidence.network?.endpoints.ok) {
    for (const e of evidence.network.endpoints.value) {
      add({ key: `vpce:${e.id}`, title: `Endpoint policy of ${e.id} (${e.serviceName})`, policyType: 'vpc-endpoint', names: [e.id], consoleUrl: vpcEndpointConsoleUrl(evidence.region, e.id) }, e.policy);
    }
  } else if (evidence.network && !evidence.network.endpoints.ok) {
    add({ key: 'vpce', title: 'VPC endpoint policies', policyType: 'vpc-endpoint', names: [] }, evidence.network.endpoints);
  }
  return out;
}

/** The statement positions (0-based) and statements to highlight in `source`, from every decision. */
export function decidingIn(source: PolicySource, decisions: readonly DecidedBy[]): { indexes: number[]; statements: unknown[] } {
  const indexes: number[] = [];
  const statements: unknown[] = [];
  for (const d of decisions) {
    if (!sameType(d.policyType, source.policyType)) continue;
    const named = source.names.some((n) => n !== '' && (d.policyName === n || d.policyArn === n || d.policyName.split(/\s+/).includes(n)));
    if (!named) continue;
    // DecidedBy numbers statements from 1, as the simulator does.
    if (d.statementIndex !== undefined && d.statementIndex >= 1) indexes.push(d.statementIndex - 1);
    if (d.statement !== undefined) statements.push(d.statement);
  }
  return { indexes, statements };
}

function sameType(decided: PolicyType, source: PolicyType): boolean {
  return decided === source || (decided === 'resource' && (source === 'bucket-policy' || source === 'key-policy'));
}

/** The ARN's partition (`aws`, `aws-us-gov`, …): a bucket's ARN is in its job role's, as the engine writes it. */
function partitionOfArn(arn: string): string {
  return arn.split(':')[1] || 'aws';
}
