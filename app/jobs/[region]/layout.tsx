import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { requireSignedIn } from '@/lib/server/auth/page-gate';
import { configuredRegions } from '@/lib/server/env';
import { isWellFormedRegion } from '@/lib/validation';

/**
 * A region this dashboard does not serve is a plain 404. Checked here, above the job page's
 * loading boundary, so it runs before streaming starts and the status can still be 404.
 * (Malformed names fall through to the page, which explains what a region looks like.)
 */
export default async function RegionLayout({ children, params }: { children: ReactNode; params: Promise<{ region: string }> }) {
  // Sign-in first: a region name is not shown to someone who may not see the dashboard.
  await requireSignedIn();
  const { region } = await params;
  if (isWellFormedRegion(region) && !configuredRegions().includes(region)) notFound();
  return children;
}
