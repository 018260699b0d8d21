/**
 * Who is calling, from the access key id of the SigV4 scope. The emulator serves two identities per
 * account: the dashboard's own read-only one (any key but an admin's: the app never writes), and the
 * account's administrator, who may apply the fixes the dashboard shows (`AKIDDEMOADMIN` in the home
 * account, `AKIDDEMOADMIN<account id>` in each other account, any secret; signatures are not
 * checked, so the secret is never compared). A key belongs to one account, as in AWS.
 */
import type { ResolvedScenario } from './scenario/resolved';
import { arnHead } from './partition';

export const DEMO_ADMIN_ACCESS_KEY_ID = 'AKIDDEMOADMIN';

/** The administrator's access key id of an account the endpoint serves (the home account's is the bare one). */
export function adminAccessKeyFor(accountId: string, homeAccountId: string): string {
  return accountId === homeAccountId ? DEMO_ADMIN_ACCESS_KEY_ID : `${DEMO_ADMIN_ACCESS_KEY_ID}${accountId}`;
}

/** The account an administrator's key belongs to: `home`, another account's id, or undefined for any other key. */
export function adminAccountOf(accessKeyId: string): 'home' | string | undefined {
  if (accessKeyId === DEMO_ADMIN_ACCESS_KEY_ID) return 'home';
  const other = /^AKIDDEMOADMIN(\d{12})$/.exec(accessKeyId);
  return other?.[1];
}

/** The role the demo administrator's session belongs to, as key policies and trust policies name it. */
export const DEMO_ADMIN_ROLE = 'Admin';

export interface Caller {
  /** May call the write operations (PutRolePolicy, PutBucketPolicy, ...). */
  admin: boolean;
  /** The principal AWS would see: an assumed-role session ARN. */
  principalArn: string;
}

/** `region`: the one the call was signed for, whose partition the caller's session is in. */
export function identifyCaller(accessKeyId: string, scenario: ResolvedScenario, region: string): Caller {
  const adminOf = adminAccountOf(accessKeyId);
  if (adminOf === 'home' || adminOf === scenario.accountId) {
    return { admin: true, principalArn: `${arnHead(region)}:sts::${scenario.accountId}:assumed-role/${DEMO_ADMIN_ROLE}/demo-admin` };
  }
  return { admin: false, principalArn: dashboardPrincipal(scenario, region) };
}

export function dashboardPrincipal(scenario: ResolvedScenario, region: string): string {
  return scenario.dashboard.principalArn ?? `${arnHead(region)}:sts::${scenario.accountId}:assumed-role/JobtriageReadOnly/dashboard`;
}

/**
 * The IAM ARN a policy names for a session (`arn:aws:sts::1:assumed-role/R/s` → `arn:aws:iam::1:role/R`);
 * other principals are returned as they are.
 */
export function roleArnOfSession(principalArn: string): string {
  const session = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(principalArn);
  return session ? `arn:${session[1]}:iam::${session[2]}:role/${session[3]}` : principalArn;
}
