import type { ReactNode } from 'react';
import { requireSignedIn } from '@/lib/server/auth/page-gate';

/** Sign-in is checked above the group page's loading boundary, so a refusal is a real 401/403. */
export default async function GroupLayout({ children }: { children: ReactNode }) {
  await requireSignedIn();
  return children;
}
