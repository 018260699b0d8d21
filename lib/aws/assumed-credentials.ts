import 'server-only';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { doesIdentityRequireRefresh, isIdentityExpired, memoizeIdentityProvider } from '@smithy/core';
import type { HttpHandler } from '@smithy/core/protocols';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/**
 * Credentials for another account's read role (STS AssumeRole), one provider per account and
 * session name: the SDK refreshes each before it expires, and every client of that account and
 * user shares it. The session name (and SourceIdentity, when the user is known) is the signed-in
 * user's, so the other account's CloudTrail shows who looked. Bounded: the least recently used
 * provider is dropped past `max`. A failed AssumeRole is remembered for `failureTtlMs`, so a list
 * that polls does not ask STS again every second-and-a-half for a role it cannot assume.
 */
export interface RoleSession {
  accountId: string;
  roleArn: string;
  externalId?: string;
  sessionName: string;
  /** Where to call STS: one of the account's regions (its regional endpoint answers AssumeRole). */
  region: string;
  /** Only for a signed-in user: the trust policy must then also allow sts:SetSourceIdentity. */
  sourceIdentity?: string;
}

export interface AssumedCredentialsConfig {
  /** AWS_ENDPOINT_URL, as for every other client. */
  endpoint?: string;
  /** The dashboard's own credentials, which call AssumeRole; absent: the SDK's default chain. */
  baseCredentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  requestHandler?: HttpHandler;
  max?: number;
  failureTtlMs?: number;
  now?: () => number;
}

export interface AssumedCredentials {
  providerFor(session: RoleSession): AwsCredentialIdentityProvider;
}

export function createAssumedCredentials(config: AssumedCredentialsConfig): AssumedCredentials {
  const max = config.max ?? 500;
  const failureTtlMs = config.failureTtlMs ?? 30_000;
  const now = config.now ?? Date.now;
  const entries = new Map<string, AwsCredentialIdentityProvider>();

  const build = (session: RoleSession): AwsCredentialIdentityProvider => {
    const assume = fromTemporaryCredentials({
      params: {
        RoleArn: session.roleArn,
        RoleSessionName: session.sessionName,
        ...(session.externalId ? { ExternalId: session.externalId } : {}),
        ...(session.sourceIdentity ? { SourceIdentity: session.sourceIdentity } : {}),
      },
      ...(config.baseCredentials ? { masterCredentials: config.baseCredentials } : {}),
      clientConfig: {
        region: session.region,
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        ...(config.requestHandler ? { requestHandler: config.requestHandler } : {}),
      },
    });
    const memoized = memoizeIdentityProvider(assume, isIdentityExpired, doesIdentityRequireRefresh) as AwsCredentialIdentityProvider;
    let failure: { error: unknown; at: number } | undefined;
    return async (options) => {
      if (failure && now() - failure.at < failureTtlMs) throw failure.error;
      try {
        const credentials = await memoized(options);
        failure = undefined;
        return credentials;
      } catch (error) {
        failure = { error, at: now() };
        throw error;
      }
    };
  };

  return {
    providerFor(session) {
      const key = [session.accountId, session.region, session.roleArn, session.externalId ?? '', session.sessionName, session.sourceIdentity ?? ''].join('|');
      let provider = entries.get(key);
      if (provider) entries.delete(key);
      else provider = build(session);
      // Re-inserted last: Map order is the recency order, the first key the least recently used.
      entries.set(key, provider);
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
      return provider;
    },
  };
}
