import 'server-only';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { Piece } from '@/lib/analysis/evidence';
import { attempt } from './errors';
import type { AwsClients } from './scoped-clients';

/**
 * The account the dashboard's credentials belong to. GetCallerIdentity needs no permission, so a
 * failure here means the credentials themselves (missing, expired, wrong endpoint), and says so.
 */
export function getCallerAccount(aws: AwsClients): Promise<Piece<{ accountId: string; arn: string }>> {
  return attempt({ action: 'sts:GetCallerIdentity' }, async () => {
    const out = await aws.sts().send(new GetCallerIdentityCommand({}));
    if (!out.Account) throw Object.assign(new Error('GetCallerIdentity returned no account'), { name: 'EmptyResponse' });
    return { accountId: out.Account, arn: out.Arn ?? '' };
  });
}
