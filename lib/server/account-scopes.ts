import 'server-only';
import { createAssumedCredentials } from '@/lib/aws/assumed-credentials';
import type { AwsConfig, AwsScope } from '@/lib/aws/client-pool';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { describeAccounts, orderedAccounts, type AccountConfig, type AccountsConfig } from './accounts-config';
import { fail } from './api-error';
import { sessionNameFor } from './auth/session-name';
import type { Identity } from './context';

/**
 * Which accounts the dashboard reads and with what credentials: JOBTRIAGE_CONFIG's accounts, each
 * through its read role assumed for the signed-in user, or, without it, the one account of the
 * dashboard's own credentials (looked up with STS) in JOBTRIAGE_REGIONS.
 */
export interface AccountScopesOptions {
  configured?: AccountsConfig;
  /** The regions of the one-account case; absent: any region asked for. */
  regions?: string[];
  aws: Pick<AwsConfig, 'endpoint' | 'requestHandler'>;
  /** The dashboard's own credentials; absent: the SDK's default chain. */
  credentials?: AwsScope['credentials'];
  /** The account of the dashboard's own credentials (STS), for the one-account case. */
  ownAccount: (region: string) => Promise<UseCaseResult<string>>;
}

export function createAccountScopes(options: AccountScopesOptions) {
  const { configured } = options;
  const own = options.credentials ? { credentials: options.credentials } : {};
  const assumed = createAssumedCredentials({
    ...(options.aws.endpoint ? { endpoint: options.aws.endpoint } : {}),
    ...(options.credentials ? { baseCredentials: options.credentials } : {}),
    ...(options.aws.requestHandler ? { requestHandler: options.aws.requestHandler } : {}),
  });

  /** Every account read, the default first. */
  const accounts = async (region: string): Promise<UseCaseResult<AccountConfig[]>> => {
    if (configured) return { ok: true, value: orderedAccounts(configured) };
    const id = await options.ownAccount(region);
    return id.ok ? { ok: true, value: [{ name: id.value, accountId: id.value, regions: options.regions ?? [region] }] } : id;
  };

  /** The account a request names (absent: the default), or a 400 listing the configured ones. */
  const resolve = async (requested: string | undefined, region: string): Promise<UseCaseResult<AccountConfig>> => {
    const known = await accounts(region);
    if (!known.ok) return known;
    const account = requested === undefined ? known.value[0] : known.value.find((a) => a.accountId === requested);
    if (account) return { ok: true, value: account };
    const hint = configured ? '' : " (the account of the dashboard's own credentials; JOBTRIAGE_CONFIG adds others)";
    return fail(400, 'invalid-account', `Account ${requested} is not configured for this dashboard. Configured accounts: ${describeAccounts(known.value)}${hint}.`);
  };

  /** The account's read role for this user, or the dashboard's own credentials for an account without one. */
  const credentialsFor = (account: AccountConfig, identity: Identity): Pick<AwsScope, 'credentials' | 'credentialsKey'> => {
    if (!account.readRoleArn) return own;
    const sessionName = sessionNameFor(identity);
    const provider = assumed.providerFor({
      accountId: account.accountId,
      roleArn: account.readRoleArn,
      sessionName,
      region: account.regions[0] ?? 'us-east-1',
      ...(account.externalId ? { externalId: account.externalId } : {}),
      // Without sign-in there is nobody to name; a signed-in user is the source identity CloudTrail keeps.
      ...(identity.mode === 'none' ? {} : { sourceIdentity: sessionName }),
    });
    return { credentials: provider, credentialsKey: sessionName };
  };

  /** Whether the account's role can be assumed now: asked once, then cached and refreshed by the SDK. */
  const checkAssumable = async (account: AccountConfig, credentials: Pick<AwsScope, 'credentials'>): Promise<UseCaseResult<undefined>> => {
    if (!account.readRoleArn || typeof credentials.credentials !== 'function') return { ok: true, value: undefined };
    const error = await credentials.credentials().then(() => undefined, (e: unknown) => e ?? new Error('AssumeRole failed'));
    return error === undefined ? { ok: true, value: undefined } : assumeFailure(account, error);
  };

  // Whether an account's regions are known (configured, or JOBTRIAGE_REGIONS): only then is a region outside them refused here.
  return { regionsKnown: configured !== undefined || options.regions !== undefined, accounts, resolve, credentialsFor, checkAssumable };
}

/** "cannot assume arn:…: AccessDenied — check the trust policy and ExternalId", with what AWS said. */
export function assumeFailure<T>(account: AccountConfig, error: unknown): UseCaseResult<T> {
  const code = (error as { name?: string } | undefined)?.name ?? 'Error';
  const said = error instanceof Error ? error.message : String(error);
  const denied = code === 'AccessDenied' || code === 'AccessDeniedException';
  const what = `cannot assume ${account.readRoleArn} to read account ${describeAccounts([account])}: ${code}`;
  if (denied) {
    return { ok: false, status: 403, error: { code: 'access-denied', message: `${what} — check the role's trust policy (it must name the dashboard's principal) and ExternalId. AWS said: ${said}`, dashboardNeeds: 'sts:AssumeRole' } };
  }
  return { ok: false, status: 502, error: { code: 'unavailable', message: `${what}. AWS said: ${said}` } };
}
