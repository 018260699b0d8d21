import 'server-only';
import type { Identity } from '../context';
import type { AllowList } from './auth-config';

export type VerifiedIdentity = Extract<Identity, { mode: 'alb' | 'jwt' }>;

/**
 * Whether a verified user may use the dashboard: why not, as a sentence the 403 page shows, or
 * undefined. Both lists must pass when both are set (a partner's domain alone is not enough).
 */
export function refusalFor(identity: VerifiedIdentity, allow: AllowList): string | undefined {
  if (allow.emailDomains.length > 0) {
    const domain = identity.email?.split('@').pop()?.toLowerCase();
    if (!identity.email || !domain) {
      return `Your sign-in carries no email address, and this dashboard admits only addresses at ${allow.emailDomains.join(', ')}.`;
    }
    if (!allow.emailDomains.includes(domain)) {
      return `${identity.email} is not at an allowed domain: this dashboard admits only ${allow.emailDomains.join(', ')}.`;
    }
  }
  if (allow.groups.length > 0) {
    const groups = identity.groups ?? [];
    if (!groups.some((g) => allow.groups.includes(g))) {
      const admits = `This dashboard admits members of ${allow.groups.join(', ')}`;
      if (groups.length === 0) return `${admits}; your sign-in lists no groups in its "${allow.groupsClaim}" claim.`;
      return `${admits}; your groups (${groups.join(', ')}) include none of them.`;
    }
  }
  return undefined;
}
