import type { Identity } from '../context';

/**
 * The AssumeRole session name (also fit for SourceIdentity) that tells CloudTrail who looked: the
 * signed-in user's email, else their subject. Both fields allow 2–64 characters of [\w+=,.@-];
 * anything else becomes "-", and SourceIdentity may not start with "aws:". lib/server/services.ts
 * passes it to AssumeRole for every account read through its role.
 */
export function sessionNameFor(identity: Identity): string {
  if (identity.mode === 'none') return 'jobtriage-no-sign-in';
  const who = identity.email ?? identity.subject;
  // ":" is outside the allowed set, so "aws:" can never survive as a prefix.
  const clean = who.replace(/[^\w+=,.@-]/g, '-');
  const name = clean.slice(0, 64);
  return name.length >= 2 ? name : `user-${name}`.slice(0, 64);
}
