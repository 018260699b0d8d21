import 'server-only';
import { DescribeKeyCommand, GetKeyPolicyCommand } from '@aws-sdk/client-kms';
import { accountOfArn } from '@/lib/analysis/arns';
import type { KeyEvidence, Piece, PolicyDocument } from '@/lib/analysis/evidence';
import type { AwsClients } from './scoped-clients';
import { attempt, toMissing } from './errors';
import { parseJsonDocument } from './policy-document';

type KeyMetadata = Extract<KeyEvidence['metadata'], { ok: true }>['value'];

/**
 * A KMS key as the job or a bucket names it (key id, key ARN, alias name or alias ARN): DescribeKey
 * resolves it (and works across accounts given an ARN), GetKeyPolicy reads the policy (and does
 * not work across accounts: a key owned elsewhere is reported `cross-account`).
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
  return { ref, metadata, policy };
}

function regionOfArn(ref: string): string | undefined {
  return /^arn:aws[a-z-]*:kms:([a-z0-9-]+):/.exec(ref)?.[1];
}

function isKeyIdOrKeyArn(ref: string): boolean {
  return !ref.startsWith('alias/') && !/:alias\//.test(ref);
}
