import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JobGroupLink } from '@/components/groups/job-group-link';
import { LastGoodRunPanel } from '@/components/runs/last-good-run-panel';
import { JobDetailView } from '@/components/triage/job-detail-view';
import { accountOfArn } from '@/lib/analysis/arns';
import { ApiErrorPanel } from '@/components/ui/api-error-panel';
import { RefreshButton } from '@/components/ui/refresh-button';
import { configuredRegions } from '@/lib/server/env';
import { getJobDetail } from '@/lib/server/job-detail';
import { checkAccount } from '@/lib/server/route-input';
import { withinTriageLimit } from '@/lib/server/triage-limit';
import { withContext } from '@/lib/server/with-context';
import { isWellFormedRegion, validateJobName } from '@/lib/validation';

export const dynamic = 'force-dynamic';

type Params = Promise<{ region: string; jobName: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { jobName } = await params;
  return { title: validateJobName(jobName).ok ? jobName : 'Invalid job link' };
}

/**
 * The shareable triage page: everything comes from the URL, rendered on the server. Malformed
 * input gets a plain explanation; a job or region this dashboard does not know is a 404.
 */
export default async function JobPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { region, jobName } = await params;
  const rawAccount = (await searchParams).account;
  if (!isWellFormedRegion(region)) return <Invalid message={`“${region.slice(0, 80)}” is not an AWS region name (expected something like us-east-1).`} />;
  const name = validateJobName(jobName);
  if (!name.ok) return <Invalid message={name.message} />;
  // `?account=` names the account (absent: the default one); an unknown one is refused below, naming the configured ones.
  const account = checkAccount(typeof rawAccount === 'string' ? rawAccount : null, false);
  if (!account.ok) return <Invalid message={account.error.message} />;
  if (!configuredRegions().includes(region)) notFound();
  const accountId = account.value;

  // Past the user's triage limit the page says "slow down" (the panel below), never an empty page.
  const result = await withContext({ region, ...(accountId ? { accountId } : {}) }, (ctx) => withinTriageLimit(ctx, () => getJobDetail(ctx, jobName)));
  if (!result.ok) {
    if (result.error.code === 'not-found') notFound();
    return (
      <div className="space-y-4">
        <Back />
        <h1 className="break-all text-2xl font-semibold tracking-tight">{jobName}</h1>
        <ApiErrorPanel error={result.error} what={`could not triage ${jobName} in ${region}`} action={<RefreshButton />} />
      </div>
    );
  }
  const jobAccount = accountOfArn(result.value.job.arn) ?? accountId;
  return (
    <div className="space-y-4">
      <Back />
      <JobGroupLink detail={result.value} />
      {/* The job's ARN names its account: the copied link carries it even when the URL left it out. */}
      <JobDetailView region={region} jobName={jobName} accountId={jobAccount} initial={result.value} />
      {result.value.job.status === 'Failed' ? <LastGoodRunPanel region={region} jobName={jobName} accountId={jobAccount} /> : null}
    </div>
  );
}

function Back() {
  return (
    <Link href="/" className="inline-block rounded text-sm text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">
      ← All failed jobs
    </Link>
  );
}

function Invalid({ message }: { message: string }) {
  return (
    <div className="space-y-4">
      <Back />
      <section role="alert" data-testid="invalid-link" className="rounded-lg border border-red-300 bg-red-50 px-5 py-4 text-sm text-red-950">
        <h1 className="text-base font-semibold">This is not a valid job link</h1>
        <p className="mt-1 break-words">{message}</p>
        <p className="mt-1">Job links look like /jobs/us-east-1/my-training-job?account=111122223333.</p>
      </section>
    </div>
  );
}
