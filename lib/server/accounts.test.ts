import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '@/emulator/scenario/load';
import { scopedClients, createMemoryDocuments } from '@/lib/aws/scoped-clients';
import { getCallerAccount } from '@/lib/aws/sts';
import type { JobDetailResponse, JobListResponse } from '@/lib/dto/jobs';
import type { AccountsConfig } from './accounts-config';
import type { GroupListResponse } from '@/lib/dto/groups';
import { jobDetailRoute, listJobsRoute } from './api-routes';
import { exportJobsRoute } from './export-route';
import { listGroupsRoute } from './groups/group-routes';
import type { Identity } from './context';
import { resetEnvCache } from './env';
import { getJobDetail } from './job-detail';
import { listAllJobs } from './list-all-jobs';
import { startEmulator, TEST_ACCOUNT } from './testing/emulator';
import { smallAccount } from './testing/small-account';

/**
 * Several accounts end to end against the local endpoint: the home account read with the
 * dashboard's own credentials, ml-research through its read role (AssumeRole with an ExternalId),
 * and a sandbox whose role cannot be assumed (the endpoint does not serve that account, so STS says
 * AccessDenied, as AWS does for a role whose trust policy does not name the caller).
 */
const research = readScenarioFile(fileURLToPath(new URL('../../emulator/scenarios/ml-research.json', import.meta.url)));
const RESEARCH = '222233334444';
const SANDBOX = '333344445555';
const ACCOUNTS: AccountsConfig = {
  defaultAccountId: TEST_ACCOUNT,
  accounts: [
    { name: 'ml-platform', accountId: TEST_ACCOUNT, regions: ['us-east-1', 'eu-west-1'] },
    { name: 'ml-research', accountId: RESEARCH, readRoleArn: `arn:aws:iam::${RESEARCH}:role/JobtriageRead`, externalId: 'jobtriage-demo-ml-research', regions: ['us-east-1'] },
    { name: 'sandbox', accountId: SANDBOX, readRoleArn: `arn:aws:iam::${SANDBOX}:role/JobtriageRead`, externalId: 'whatever', regions: ['us-east-1'] },
  ],
};
const RESEARCH_JOBS = research.trainingJobs.filter((j) => j.status === 'Failed').map((j) => j.name).sort();
const VIEW = { causes: [], sort: 'name' as const, dir: 'asc' as const, view: 'table' as const, page: 1 };

let env: Awaited<ReturnType<typeof startEmulator>>;
const regionsBefore = process.env.JOBTRIAGE_REGIONS;
beforeAll(async () => {
  // The routes check a region against the deployment's before building a context, as the app's
  // JOBTRIAGE_CONFIG would give them: every region of any account.
  process.env.JOBTRIAGE_REGIONS = 'us-east-1,eu-west-1';
  resetEnvCache();
  env = await startEmulator({ scenario: smallAccount, accounts: [research], accountsConfig: ACCOUNTS });
});
afterAll(async () => {
  await env.stop();
  if (regionsBefore === undefined) delete process.env.JOBTRIAGE_REGIONS;
  else process.env.JOBTRIAGE_REGIONS = regionsBefore;
  resetEnvCache();
});

async function settle(accountId: string, region = 'us-east-1') {
  const ctx = await env.ctx(region, accountId);
  await ctx.syncs.kick(ctx, { force: true });
  await ctx.syncs.idle(ctx);
}

async function json<T>(response: Response): Promise<{ status: number; body: T }> {
  return { status: response.status, body: (await response.json()) as T };
}

describe('a second account, read through its role', () => {
  it('lists its failed jobs, each naming its account', async () => {
    const result = await env.settledList('us-east-1', {}, VIEW, RESEARCH);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.account).toEqual({ id: RESEARCH, name: 'ml-research' });
    expect(result.value.jobs.map((j) => j.name)).toEqual(RESEARCH_JOBS);
    for (const job of result.value.jobs) expect(job).toMatchObject({ accountId: RESEARCH, accountName: 'ml-research', proven: true });
  });

  it("triages one of its jobs with the account's own roles and buckets", async () => {
    const ctx = await env.ctx('us-east-1', RESEARCH);
    const detail = await getJobDetail(ctx, 'research-s3-read-1');
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.job.arn).toBe(`arn:aws:sagemaker:us-east-1:${RESEARCH}:training-job/research-s3-read-1`);
    expect(detail.value.diagnosis?.cause).toBe('s3-read');
    // The same name in the default account is not this job.
    expect((await json(await jobDetailRoute(Promise.resolve({ region: 'us-east-1', jobName: 'research-s3-read-1' }), env.services))).status).toBe(404);
    const viaUrl = await json<JobDetailResponse>(await jobDetailRoute(Promise.resolve({ region: 'us-east-1', jobName: 'research-s3-read-1' }), env.services, new Request(`http://app/api/jobs/us-east-1/research-s3-read-1?account=${RESEARCH}`)));
    expect(viaUrl.status).toBe(200);
    expect(viaUrl.body.job.arn).toContain(`:${RESEARCH}:`);
  });

  it("assumes the role as the signed-in user, one provider per account and user", async () => {
    const alice: Identity = { mode: 'jwt', subject: 'u-1', email: 'alice@example.com' };
    const bob: Identity = { mode: 'jwt', subject: 'u-2', email: 'bob@example.com' };
    const [a1, a2, b] = await Promise.all([alice, alice, bob].map((who) => env.services.context({ accountId: RESEARCH, region: 'us-east-1' }, who)));
    if (!a1?.ok || !a2?.ok || !b?.ok) throw new Error('no context');
    expect(a1.value.gateways.scope.credentials).toBe(a2.value.gateways.scope.credentials);
    expect(b.value.gateways.scope.credentials).not.toBe(a1.value.gateways.scope.credentials);
    const caller = await getCallerAccount(scopedClients(env.services.pool, a1.value.gateways.scope, createMemoryDocuments()));
    // CloudTrail in the other account shows who looked (the trust policy allows sts:SetSourceIdentity too).
    expect(caller).toEqual({ ok: true, value: { accountId: RESEARCH, arn: `arn:aws:sts::${RESEARCH}:assumed-role/JobtriageRead/alice@example.com` } });
  });
});

describe('the merged list', () => {
  it('shows every account and region together, each row labelled, and an unassumable account beside them', async () => {
    await Promise.all([settle(TEST_ACCOUNT), settle(TEST_ACCOUNT, 'eu-west-1'), settle(RESEARCH)]);
    const result = await listAllJobs(env.services, { mode: 'none' }, undefined, {}, VIEW, 'us-east-1');
    if (!result.ok) throw new Error(result.error.message);
    const { jobs, scopes, account, region, total } = result.value;
    expect({ account, region }).toEqual({ account: 'all', region: 'all' });
    const byAccount = (id: string) => jobs.filter((j) => j.accountId === id).map((j) => j.name).sort();
    expect(byAccount(RESEARCH)).toEqual(RESEARCH_JOBS);
    expect(byAccount(TEST_ACCOUNT).length).toBeGreaterThan(0);
    expect(total).toBe(jobs.length);
    for (const job of jobs) expect(job.accountName).toBe(job.accountId === RESEARCH ? 'ml-research' : 'ml-platform');
    // Sorted as one list (by name here), not one account after the other.
    expect(jobs.map((j) => j.name)).toEqual([...jobs.map((j) => j.name)].sort((a, b) => a.localeCompare(b)));

    expect(scopes?.map((s) => `${s.accountName} ${s.region} ${s.error ? 'error' : 'ok'}`)).toEqual([
      'ml-platform us-east-1 ok',
      'ml-platform eu-west-1 ok',
      'ml-research us-east-1 ok',
      'sandbox us-east-1 error',
    ]);
    const sandbox = scopes?.find((s) => s.accountId === SANDBOX)?.error;
    expect(sandbox?.code).toBe('access-denied');
    expect(sandbox?.message).toMatch(new RegExp(`^cannot assume arn:aws:iam::${SANDBOX}:role/JobtriageRead to read account sandbox \\(${SANDBOX}\\): AccessDenied — check the role's trust policy`));
  });

  it('merges one region of every account when a region is named, and skips accounts without it', async () => {
    const all = await listAllJobs(env.services, { mode: 'none' }, 'eu-west-1', {}, VIEW, 'us-east-1');
    if (!all.ok) throw new Error(all.error.message);
    expect(all.value.region).toBe('eu-west-1');
    // Only ml-platform reads eu-west-1 (where this small account has no failed job).
    expect(all.value.scopes).toEqual([{ accountId: TEST_ACCOUNT, accountName: 'ml-platform', region: 'eu-west-1' }]);
    expect(all.value.jobs).toEqual([]);
    const us = await listAllJobs(env.services, { mode: 'none' }, 'us-east-1', {}, VIEW, 'us-east-1');
    if (!us.ok) throw new Error(us.error.message);
    expect(us.value.scopes?.map((s) => s.accountName)).toEqual(['ml-platform', 'ml-research', 'sandbox']);
    expect(new Set(us.value.jobs.map((j) => j.accountId))).toEqual(new Set([TEST_ACCOUNT, RESEARCH]));
  });

  it('is `account=all` on the API', async () => {
    const { status, body } = await json<JobListResponse>(await listJobsRoute(new Request('http://app/api/jobs?account=all'), env.services));
    expect(status).toBe(200);
    expect(body.account).toBe('all');
    expect(new Set(body.jobs.map((j) => j.accountId))).toEqual(new Set([TEST_ACCOUNT, RESEARCH]));
  });

  it('sends its rows in the grouped view too: a merged list has no failure groups, so the page shows every job', async () => {
    const table = await listAllJobs(env.services, { mode: 'none' }, 'us-east-1', {}, VIEW, 'us-east-1');
    const grouped = await listAllJobs(env.services, { mode: 'none' }, 'us-east-1', {}, { ...VIEW, view: 'groups' }, 'us-east-1');
    if (!table.ok || !grouped.ok) throw new Error('the merged list failed');
    expect(grouped.value.jobs.length).toBeGreaterThan(0);
    expect(grouped.value.jobs).toEqual(table.value.jobs);
    expect(grouped.value.shown).toBe(table.value.shown);
  });
});

describe('exports and groups per account', () => {
  it('exports the merged list as one file, each row naming its account', async () => {
    const response = await exportJobsRoute(new Request('http://app/api/jobs/export?account=all&region=us-east-1&format=json'), env.services);
    expect(response.status).toBe(200);
    const file = (await response.json()) as { jobs: { accountId: string }[]; count: number };
    expect(new Set(file.jobs.map((j) => j.accountId))).toEqual(new Set([TEST_ACCOUNT, RESEARCH]));
    const csv = await (await exportJobsRoute(new Request('http://app/api/jobs/export?account=all&region=us-east-1&format=csv'), env.services)).text();
    expect(csv.split('\r\n')[0]).toMatch(/^name,account,region,/);
    expect(csv).toContain(`,${RESEARCH},us-east-1,`);
    expect(csv.trim().split('\r\n')).toHaveLength(file.count + 1);
  });

  it("lists the second account's failure groups through its role, each naming its account", async () => {
    const { status, body } = await json<GroupListResponse>(await listGroupsRoute(new Request(`http://app/api/groups?account=${RESEARCH}&region=us-east-1`), env.services));
    expect(status).toBe(200);
    expect(body.groups.length).toBeGreaterThan(0);
    expect(body.groups.every((g) => g.accountId === RESEARCH)).toBe(true);
    const other = await json<GroupListResponse>(await listGroupsRoute(new Request('http://app/api/groups?region=us-east-1'), env.services));
    // Group ids include the account: the default account's groups are other groups.
    expect(other.body.groups.some((g) => body.groups.some((b) => b.id === g.id))).toBe(false);
    const bad = await listGroupsRoute(new Request('http://app/api/groups?account=all&region=us-east-1'), env.services);
    expect(bad.status).toBe(400);
  });
});

describe('the account in the URL', () => {
  it('means the default account when absent, as before', async () => {
    const { status, body } = await json<JobListResponse>(await listJobsRoute(new Request('http://app/api/jobs?region=us-east-1'), env.services));
    expect(status).toBe(200);
    expect(body.account).toEqual({ id: TEST_ACCOUNT, name: 'ml-platform' });
    expect(body.jobs.every((j) => j.accountId === TEST_ACCOUNT)).toBe(true);
  });

  it.each([
    ['an unknown account', 'account=999988887777', 'invalid-account', /^Account 999988887777 is not configured for this dashboard\. Configured accounts: ml-platform \(111122223333\), ml-research \(222233334444\), sandbox \(333344445555\)\.$/],
    ['a malformed account', 'account=ml-research', 'invalid-account', /^account="ml-research" is not a 12-digit AWS account id/],
    ['a region the account does not read', `account=${RESEARCH}&region=eu-west-1`, 'invalid-region', /^Region eu-west-1 is not configured for account ml-research \(222233334444\)\. Its regions: us-east-1\.$/],
  ])('refuses %s with a 400 that says what is configured', async (_what, query, code, message) => {
    const { status, body } = await json<{ error: { code: string; message: string } }>(await listJobsRoute(new Request(`http://app/api/jobs?${query}`), env.services));
    expect(status).toBe(400);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
  });

  it('says an unassumable account is that, on its own list and job routes', async () => {
    const list = await json<{ error: { code: string; message: string; dashboardNeeds?: string } }>(await listJobsRoute(new Request(`http://app/api/jobs?account=${SANDBOX}`), env.services));
    expect(list.status).toBe(403);
    expect(list.body.error).toMatchObject({ code: 'access-denied', dashboardNeeds: 'sts:AssumeRole' });
    expect(list.body.error.message).toContain('AWS said: User: arn:aws:sts::111122223333:assumed-role/JobtriageReadOnly/dashboard is not authorized to perform: sts:AssumeRole');
    const detail = await jobDetailRoute(Promise.resolve({ region: 'us-east-1', jobName: 'anything' }), env.services, new Request(`http://app/api/jobs/us-east-1/anything?account=${SANDBOX}`));
    expect(detail.status).toBe(403);
  });
});
