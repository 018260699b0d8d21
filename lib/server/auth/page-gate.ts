import 'server-only';
import { forbidden, unauthorized } from 'next/navigation';
import { connection } from 'next/server';
import type { HeaderUser } from '@/components/auth/signed-in-user';
import type { Identity } from '../context';
import { services } from '../services';
import { identifyRequest } from './request-identity';
import type { AuthOutcome } from './verify-identity';

/** Who asks this page request (verified once per render; see identifyRequest). */
export function pageIdentity(): Promise<AuthOutcome> {
  return identifyRequest(services());
}

/** What the page header shows for this request (components take no server types). */
export async function headerUser(): Promise<HeaderUser> {
  // Never prerendered: the header of a page built without sign-on must not be served with it.
  await connection();
  const who = await pageIdentity();
  const identity = who.identity;
  if (!identity) return { mode: 'refused' };
  if (identity.mode === 'none') return { mode: 'none' };
  const { subject, email, name } = identity;
  return { mode: 'signed-in', subject, ...(email ? { email } : {}), ...(name ? { name } : {}) };
}

/**
 * For layouts above a loading boundary: refuse before streaming starts, so the status is a real
 * 401 or 403 (app/unauthorized.tsx, app/forbidden.tsx say why). withContext checks again below:
 * this gate sets the status, the data layer is what protects the data.
 */
export async function requireSignedIn(): Promise<Identity> {
  const who = await pageIdentity();
  if (!who.ok) return who.status === 401 ? unauthorized() : forbidden();
  return who.identity;
}
