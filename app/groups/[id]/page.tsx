import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GroupPageView } from '@/components/groups/group-page-view';
import { ApiErrorPanel } from '@/components/ui/api-error-panel';
import { GROUP_ID_PATTERN } from '@/lib/analysis/groups/group-id';
import { configuredRegions } from '@/lib/server/env';
import { getGroupDetail } from '@/lib/server/groups/group-detail';
import { checkAccount } from '@/lib/server/route-input';
import { withContext } from '@/lib/server/with-context';
import { validateRegion } from '@/lib/validation';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Failure group' };

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * A failure group's shareable page: `/groups/{id}?region=…&account=…` (absent: the default account). Rendered on the server from the store; the client takes over for changes.
 * No loading.tsx on purpose: the group is found before anything streams (a layout cannot see the
 * region in the query), so an unknown group is a real 404 status. It reads the store only: fast.
 */
export default async function GroupPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { id } = await params;
  const raw = await searchParams;
  const region = typeof raw.region === 'string' ? raw.region : (configuredRegions()[0] ?? '');
  // `?account=` names the account (absent: the default one); an unknown one is refused, naming the configured ones.
  const account = checkAccount(typeof raw.account === 'string' ? raw.account : null, false);
  if (!account.ok) return <Invalid message={account.error.message} />;
  const scope = { region, ...(account.value ? { accountId: account.value } : {}) };
  if (!GROUP_ID_PATTERN.test(id)) return <Invalid message={`“${id.slice(0, 40)}” is not a group id: group links look like /groups/0123456789abcd?region=us-east-1.`} />;
  const checked = validateRegion(region, configuredRegions());
  if (!checked.ok) return <Invalid message={checked.message} />;

  const result = await withContext(scope, (ctx) => getGroupDetail(ctx, id));
  if (!result.ok) {
    if (result.error.code === 'not-found') notFound();
    return (
      <div className="space-y-4">
        <Back scope={scope} />
        <ApiErrorPanel error={result.error} what={`could not show failure group ${id} in ${region}`} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <Back scope={{ region, accountId: result.value.group.accountId }} />
      <GroupPageView scope={{ region, accountId: result.value.group.accountId }} id={id} initial={result.value} />
    </div>
  );
}

function Back({ scope }: { scope: { region: string; accountId?: string } }) {
  const query = new URLSearchParams(scope.accountId ? { account: scope.accountId, region: scope.region } : { region: scope.region });
  return (
    <Link href={`/?${query.toString()}`} className="inline-block rounded text-sm text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">
      ← All failure groups
    </Link>
  );
}

function Invalid({ message }: { message: string }) {
  return (
    <section role="alert" data-testid="invalid-link" className="rounded-lg border border-red-300 bg-red-50 px-5 py-4 text-sm text-red-950">
      <h1 className="text-base font-semibold">This is not a valid group link</h1>
      <p className="mt-1 break-words">{message}</p>
    </section>
  );
}
