import type { Metadata } from 'next';
import { AccessRefused } from '@/components/auth/access-refused';
import { pageIdentity } from '@/lib/server/auth/page-gate';

export const metadata: Metadata = { title: 'Sign in required' };

/** Rendered with status 401 when a page's layout finds no verified sign-in (requireSignedIn). */
export default async function Unauthorized() {
  const who = await pageIdentity();
  const reason = who.ok ? 'Your sign-in was not accepted.' : who.reason;
  return <AccessRefused status={401} title="Sign in required" reason={reason} hint="This dashboard is reached through your company's single sign-on. Open it from its usual address and sign in." />;
}
