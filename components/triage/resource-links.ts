import type { EvidenceBundle } from '@/lib/analysis/evidence';
import { bucketConsoleUrl, keyConsoleUrl, managedPolicyConsoleUrl, roleConsoleUrl, vpcEndpointConsoleUrl } from './console-links';
import type { KeyAliases } from './key-aliases';

export interface ConsoleLink {
  /** Stable within the page (React key, test id). */
  key: string;
  kind: 'role' | 'policy' | 'bucket' | 'key' | 'endpoint';
  label: string;
  href: string;
}

/**
 * Where to open, in the AWS console, everything the diagnosis read: the role, each of its policies,
 * every bucket, key and endpoint. Built from the job's own references too, so a role or policy the
 * dashboard could not read still gets its link (that is where a person with access goes to look).
 */
export function resourceConsoleLinks(evidence: EvidenceBundle, aliases: KeyAliases = new Map()): ConsoleLink[] {
  const found: (Omit<ConsoleLink, 'href'> & { href: string | undefined })[] = [];
  const links = { push: (link: (typeof found)[number]) => found.push(link) };
  const roleName = evidence.role.ok ? evidence.role.value.name : nameOfRoleArn(evidence.job.roleArn);
  if (roleName) {
    links.push({ key: 'role', kind: 'role', label: `Role ${roleName}`, href: roleConsoleUrl(roleName, evidence.region) });
    links.push({ key: 'trust', kind: 'policy', label: 'Trust policy', href: roleConsoleUrl(roleName, evidence.region, 'trust_relationships') });
  }
  if (evidence.role.ok) {
    const role = evidence.role.value;
    for (const p of role.identityPolicies.ok ? role.identityPolicies.value : []) {
      links.push({
        key: `identity:${p.arn ?? p.name}`,
        kind: 'policy',
        label: `${p.kind === 'managed' ? 'Policy' : 'Inline policy'} ${p.name}`,
        // An inline policy has no page of its own: it is listed on the role's permissions tab.
        href: p.kind === 'managed' && p.arn ? managedPolicyConsoleUrl(p.arn) : roleConsoleUrl(role.name, evidence.region),
      });
    }
    const boundary = role.boundary.ok ? role.boundary.value : null;
    if (boundary?.arn) links.push({ key: `boundary:${boundary.name}`, kind: 'policy', label: `Boundary ${boundary.name}`, href: managedPolicyConsoleUrl(boundary.arn) });
  }
  for (const b of Object.values(evidence.buckets)) {
    links.push({ key: `bucket:${b.name}`, kind: 'bucket', label: `Bucket ${b.name}`, href: bucketConsoleUrl(b.name, evidence.region) });
  }
  const seenKeys = new Set<string>();
  for (const k of Object.values(evidence.keys)) {
    const arn = k.metadata.ok ? k.metadata.value.arn : k.ref;
    const href = keyConsoleUrl(arn, k.metadata.ok && k.metadata.value.keyManager === 'AWS');
    if (!href || seenKeys.has(arn)) continue;
    seenKeys.add(arn);
    links.push({ key: `key:${arn}`, kind: 'key', label: `KMS key ${aliases.get(arn) ?? arn.slice(arn.indexOf(':key/') + 5)}`, href });
  }
  if (evidence.network?.endpoints.ok) {
    for (const e of evidence.network.endpoints.value) {
      links.push({ key: `vpce:${e.id}`, kind: 'endpoint', label: `Endpoint ${e.id}`, href: vpcEndpointConsoleUrl(evidence.region, e.id) });
    }
  }
  // A partition without a public console (the isolated regions) gets no links rather than links to the wrong one.
  return found.filter((l): l is ConsoleLink => l.href !== undefined);
}

function nameOfRoleArn(arn: string): string | undefined {
  const found = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn);
  return found?.[1];
}
