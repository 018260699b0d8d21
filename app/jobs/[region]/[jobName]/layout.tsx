import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { configuredRegions } from '@/lib/server/env';
import { jobExists } from '@/lib/server/job-exists';
import { ACCOUNT_HEADER } from '@/lib/http/account-header';
import { checkAccount } from '@/lib/server/route-input';
import { withContext } from '@/lib/server/with-context';
import { isWellFormedRegion, isValidJobName } from '@/lib/validation';

/**
 * Whether the job exists, asked above the page's loading boundary: it runs before streaming
 * starts, so an unknown job is a real 404 status, not a 200 that says "not found". (Malformed
 * links never get here: the proxy answers them with 400.) The description it reads is stored, so
 * the page's triage does not ask AWS again.
 */
export default async function JobLayout({ children, params }: { children: ReactNode; params: Promise<{ region: string; jobName: string }> }) {
  const { region, jobName } = await params;
  // A layout is not given the query string: the proxy passes `?account=` on in a header of its own.
  const account = checkAccount((await headers()).get(ACCOUNT_HEADER), false);
  if (account.ok && isWellFormedRegion(region) && isValidJobName(jobName) && configuredRegions().includes(region)) {
    const known = await withContext({ region, ...(account.value ? { accountId: account.value } : {}) }, (ctx) => jobExists(ctx, jobName));
    if (!known.ok && known.error.code === 'not-found') notFound();
  }
  return children;
}
