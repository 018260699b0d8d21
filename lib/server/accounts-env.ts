import 'server-only';
import type { AccountOption } from '@/lib/dto/jobs';
import { orderedAccounts, readAccountsConfig, type AccountsConfig } from './accounts-config';
import { env } from './env';

/**
 * JOBTRIAGE_CONFIG, read once: the accounts configuration, or undefined for the one-account case.
 * A broken file throws (AccountsConfigError) at the first read, which instrumentation.ts makes the
 * server's start.
 */
let cached: { config: AccountsConfig | undefined } | undefined;

export function accountsConfig(): AccountsConfig | undefined {
  if (cached) return cached.config;
  const path = env().configPath;
  const config = path ? readAccountsConfig(path) : undefined;
  cached = { config };
  return config;
}

/** What the list's account selector offers: the configured accounts, the default first; none without JOBTRIAGE_CONFIG. */
export function accountOptions(): AccountOption[] {
  const config = accountsConfig();
  return config ? orderedAccounts(config).map((a) => ({ id: a.accountId, name: a.name, regions: a.regions })) : [];
}

/** Tests change the environment between cases; production never calls this. */
export function resetAccountsConfigCache(): void {
  cached = undefined;
}
