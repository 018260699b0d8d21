import 'server-only';
import { DescribeKeyCommand, GetKeyPolicyCommand, ListAliasesCommand, ListGrantsCommand } from '@aws-sdk/client-kms';
import { accountOfArn, regionOfArn } from '@/lib/analysis/arns';
import type { KeyEvidence, KeyGrant, Piece, PolicyDocument } from '@/lib/analysis/evidence';
import type { AwsClients } from './scoped-clients';
import { attempt, toMissing } from './errors';
import { collectPages } from './paginate';
import { parseJsonDocument } from './policy-document';

type KeyMetadata = Extract<KeyEvidence['metadata'], { ok: true }>['value'];

/**
 * A KMS key as the job or a bucket names it (key id, key ARN, alias name or alias ARN): DescribeKey
 * resolves it (and works across accounts given an ARN), GetKeyPolicy reads the policy (and does
 * not work across accounts: a key owned elsewhere is reported `cross-account`), ListGrants reads
 * its grants (across accounts only where the owner's key policy allows it), ListAliases its alias
 * names (the caller's own account only).
 */
export async function getKeyEvidence(aws: AwsClients, ref: string, dashboardAccountId: string): Promise<KeyEvidence> {
  const client = aws.kms(regionOfArn(ref) ?? aws.region);

  const metadata: Piece<KeyMetadata> = await attempt({ action: 'kms:DescribeKey', resource: ref }, async () => {
    const m = (await client.send(new DescribeKeyCommand({ KeyId: ref }))).KeyMetadata;
    if (!m?.Arn) throw Object.assign(new Error('DescribeKey returned no key metadata'), { name: 'EmptyResponse' });
    const value: KeyMetadata = { arn: m.Arn, accountId: m.AWSAccountId ?? accountOfArn(m.Arn) ?? '' };
    if (m.KeyManager) value.keyManager = m.KeyManager;
    if (m.KeyState) value.keyState = m.KeyState;
    if (m.Description) value.description = m.Description;
    if (m.Origin) value.origin = m.Origin;
    if (m.KeySpec) value.keySpec = m.KeySpec;
    if (m.KeyUsage) value.keyUsage = m.KeyUsage;
    if (m.MultiRegion !== undefined) value.multiRegion = m.MultiRegion;
    return value;
  });

  const keyArn = metadata.ok ? metadata.value.arn : isKeyIdOrKeyArn(ref) ? ref : undefined;
  const owner = metadata.ok ? metadata.value.accountId : accountOfArn(ref);
  const site = { action: 'kms:GetKeyPolicy', resource: keyArn ?? ref };

  let policy: Piece<PolicyDocument>;
  if (!keyArn) {
    // An alias cannot be given to GetKeyPolicy; without DescribeKey there is nothing to resolve it with.
    const why = metadata.ok ? 'no key ARN' : metadata.missing.message;
    const kind = metadata.ok ? 'error' : metadata.missing.kind;
    policy = { ok: false, missing: { kind, action: 'kms:DescribeKey', resource: ref, message: `the alias could not be resolved to a key, so its policy could not be read: ${why}` } };
  } else {
    try {
      const out = await client.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }));
      policy = parseJsonDocument(out.Policy ?? '', site);
    } catch (error) {
      const missing = toMissing(error, site);
      policy = {
        ok: false,
        missing:
          owner && owner !== dashboardAccountId
            ? { ...missing, kind: 'cross-account', message: `key ${keyArn} belongs to account ${owner}; GetKeyPolicy does not work across accounts (${missing.message})` }
            : missing,
      };
    }
  }
  // An unresolved alias leaves the grants unreadable for the same reason as the policy.
  const grants: Piece<KeyGrant[]> = keyArn ? await listKeyGrants(client, keyArn, owner, dashboardAccountId) : policy.ok ? { ok: true, value: [] } : { ok: false, missing: policy.missing };
  const aliases = await listKeyAliases(client, keyArn, owner, dashboardAccountId);
  return { ref, metadata, policy, grants, aliases };
}

/** An alias page cap: a key with more than 5 pages (500 aliases) is reported, never half-read. */
const ALIAS_PAGES = 5;

async function listKeyAliases(client: ReturnType<AwsClients['kms']>, keyArn: string | undefined, owner: string | undefined, dashboardAccountId: string): Promise<Piece<string[]>> {
  const site = { action: 'kms:ListAliases', resource: '*' };
  if (!keyArn) return { ok: false, missing: { kind: 'error', ...site, message: 'the key could not be resolved, so its aliases could not be listed' } };
  if (owner && owner !== dashboardAccountId) {
    return { ok: false, missing: { kind: 'cross-account', ...site, message: `key ${keyArn} belongs to account ${owner}; ListAliases lists only the caller's own account` } };
  }
  return attempt(site, () =>
    collectPages(`the aliases of key ${keyArn}`, ALIAS_PAGES, async (marker) => {
      const out = await client.send(new ListAliasesCommand({ KeyId: keyArn, Limit: 100, Marker: marker }));
      return { items: (out.Aliases ?? []).flatMap((a) => (a.AliasName ? [a.AliasName] : [])), next: out.Truncated ? out.NextMarker : undefined };
    }),
  );
}

/** A grant page cap: a key with more than 20 pages (2,000 grants) is reported, never half-read. */
const GRANT_PAGES = 20;

async function listKeyGrants(client: ReturnType<AwsClients['kms']>, keyArn: string, owner: string | undefined, dashboardAccountId: string): Promise<Piece<KeyGrant[]>> {
  const site = { action: 'kms:ListGrants', resource: keyArn };
  const read = await attempt(site, () =>
    collectPages(`the grants of key ${keyArn}`, GRANT_PAGES, async (marker) => {
      const out = await client.send(new ListGrantsCommand({ KeyId: keyArn, Limit: 100, Marker: marker }));
      return { items: (out.Grants ?? []).map(toGrant), next: out.Truncated ? out.NextMarker : undefined };
    }),
  );
  if (read.ok || !owner || owner === dashboardAccountId || read.missing.kind !== 'access-denied') return read;
  // Another account's key: only its owner's key policy could let the dashboard list the grants.
  return { ok: false, missing: { ...read.missing, kind: 'cross-account', message: `key ${keyArn} belongs to account ${owner}, whose key policy does not let the dashboard list its grants (${read.missing.message})` } };
}

function toGrant(g: { GrantId?: string; Name?: string; GranteePrincipal?: string; RetiringPrincipal?: string; Operations?: string[]; Constraints?: { EncryptionContextSubset?: Record<string, string>; EncryptionContextEquals?: Record<string, string> } }): KeyGrant {
  const grant: KeyGrant = { grantId: g.GrantId ?? '', granteePrincipal: g.GranteePrincipal ?? '', operations: g.Operations ?? [] };
  if (g.Name) grant.name = g.Name;
  if (g.RetiringPrincipal) grant.retiringPrincipal = g.RetiringPrincipal;
  const c = g.Constraints;
  if (c?.EncryptionContextSubset || c?.EncryptionContextEquals) {
    grant.constraints = {};
    if (c.EncryptionContextSubset) grant.constraints.encryptionContextSubset = c.EncryptionContextSubset;
    if (c.EncryptionContextEquals) grant.constraints.encryptionContextEquals = c.EncryptionContextEquals;
  }
  return grant;
}

function isKeyIdOrKeyArn(ref: string): boolean {
  return !ref.startsWith('alias/') && !/:alias\//.test(ref);
}
