import type { ReactNode } from 'react';
import { requireSignedIn } from '@/lib/server/auth/page-gate';

/** Sign-in is checked here, above the list's loading boundary, so a refusal is a real 401/403. */
export default async function ListLayout({ children }: { children: ReactNode }) {
  await requireSignedIn();
  return children;
}
