import type { Metadata } from 'next';
import { AccessRefused } from '@/components/auth/access-refused';
import { pageIdentity } from '@/lib/server/auth/page-gate';

export const metadata: Metadata = { title: 'Not allowed' };

/** Rendered with status 403 for a verified user outside JOBTRIAGE_ALLOWED_EMAIL_DOMAINS / _GROUPS. */
export default async function Forbidden() {
  const who = await pageIdentity();
  const reason = who.ok ? 'You are signed in but not allowed to use this dashboard.' : who.reason;
  return <AccessRefused status={403} title="You are signed in, but not allowed here" reason={reason} hint="Ask the dashboard's owners to add your group or domain, or sign in with another account." />;
}
