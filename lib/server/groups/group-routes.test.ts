import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import { parseScenario } from '@/emulator/scenario/load';
import type { GroupDetailResponse, GroupListResponse, GroupSummary } from '@/lib/dto/groups';
import type { JobDetailResponse } from '@/lib/dto/jobs';
import { resetEnvCache } from '../env';
import { scopeOf } from '../stored-diagnosis';
import { startEmulator, tempStore, testServices } from '../testing/emulator';
import { groupDetailRoute, listGroupsRoute, patchGroupRoute } from './group-routes';
import { recordFailure } from './record-failure';
import { updateGroup } from './update-group';

/**
 * The groups API on the demo account, through the route handlers, on a store this test can restart:
 * grouping, state changes, every refused write (and that it changed nothing), regressions, restarts.
 */
const demo = parseScenario(demoJson, 'demo.json');
const store = tempStore();
let env: Awaited<ReturnType<typeof startEmulator>>;
const saved = process.env.JOBTRIAGE_REGIONS;
const BASE = 'http://dash.example:3000';

beforeAll(async () => {
  process.env.JOBTRIAGE_REGIONS = 'us-east-1,eu-west-1';
  resetEnvCache();
  env = await startEmulator({ scenario: demo, store });
  await env.settledList('us-east-1');
}, 120_000);
afterAll(async () => {
  await env?.stop();
  process.env.JOBTRIAGE_REGIONS = saved;
  resetEnvCache();
});

const params = (id: string) => Promise.resolve({ id });
async function list(svc = env.services): Promise<GroupListResponse> {
  const response = await listGroupsRoute(new Request(`${BASE}/api/groups?region=us-east-1`), svc);
  expect(response.status).toBe(200);
  return response.json();
}
async function detail(id: string, svc = env.services): Promise<GroupDetailResponse> {
  const response = await groupDetailRoute(new Request(`${BASE}/api/groups/${id}?region=us-east-1`), params(id), svc);
  expect(response.status).toBe(200);
  return response.json();
}
function patch(id: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json', origin: BASE }, svc = env.services) {
  return patchGroupRoute(new Request(`${BASE}/api/groups/${id}?region=us-east-1`, { method: 'PATCH', headers, body }), params(id), svc);
}
async function nlpGroup(): Promise<GroupSummary> {
  const group = (await list()).groups.find((g) => g.role === 'nlp-training-role' && g.cause === 's3-read');
  if (!group) throw new Error('no nlp group');
  return group;
}

describe('GET /api/groups on the demo', () => {
  it('with a name search keeps the groups holding a matching job, naming those jobs; count and id stay the group\'s', async () => {
    const whole = await nlpGroup();
    const response = await listGroupsRoute(new Request(`${BASE}/api/groups?region=us-east-1&nameContains=INTENT`), env.services);
    expect(response.status).toBe(200);
    const body: GroupListResponse = await response.json();
    expect(body.groups.map((g) => g.id)).toEqual([whole.id]);
    expect(body.groups[0]).toMatchObject({ id: whole.id, count: 3, matched: 2, daily: whole.daily });
    expect(body.groups[0]?.jobs.map((j) => j.name)).toEqual(['nlp-intent-bert-run-119', 'nlp-intent-bert-run-118']);
    expect((await list()).groups.every((g) => g.matched === undefined)).toBe(true);

    const none = await listGroupsRoute(new Request(`${BASE}/api/groups?region=us-east-1&nameContains=no-such-job`), env.services);
    expect((await none.json()).groups).toEqual([]);
    const bad = await listGroupsRoute(new Request(`${BASE}/api/groups?region=us-east-1&nameContains=${encodeURIComponent('a b')}`), env.services);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/nameContains="a b" is not valid/);
  });

  it('makes one group of the S3-read jobs of one role on one bucket, with counts, times and a 30-day trend', async () => {
    const body = await list();
    const group = await nlpGroup();
    expect(group).toMatchObject({ count: 3, resource: 's3://acme-ml-datasets/', status: 'open', title: 'nlp-training-role → s3://acme-ml-datasets/' });
    expect(group.jobs.map((j) => j.name)).toEqual(['nlp-intent-bert-run-119', 'nlp-intent-bert-run-118', 'nlp-ner-distilbert-run-44']);
    expect(group.firstSeen < group.lastSeen).toBe(true);
    expect(group.daily).toHaveLength(30);
    expect(group.daily.reduce((a, b) => a + b, 0)).toBe(3);
    // 27 failed jobs; only the nlp three share a problem, so 25 groups, each id distinct and stable.
    expect(body.groups.reduce((n, g) => n + g.count, 0)).toBe(27);
    expect(body.groups).toHaveLength(25);
    expect(new Set(body.groups.map((g) => g.id)).size).toBe(25);
    expect(body.proving).toBe(0);
  });

  it('the group page has every job, and one fix that, re-simulated, fixes all three', async () => {
    const group = await nlpGroup();
    const body = await detail(group.id);
    expect(body.group.jobs).toHaveLength(3);
    expect(body.fix?.verifiedFor.sort()).toEqual(['nlp-intent-bert-run-118', 'nlp-intent-bert-run-119', 'nlp-ner-distilbert-run-44']);
    expect(body.fix?.notVerifiedFor).toEqual([]);
    expect(body.fix?.fixes.length).toBeGreaterThan(0);
    expect(body.fix?.fixes.every((f) => f.verified)).toBe(true);
  });

  it('answers 404 for an id that is no group, 400 for one that is no id', async () => {
    const missing = await groupDetailRoute(new Request(`${BASE}/api/groups/00000000000000?region=us-east-1`), params('00000000000000'), env.services);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toMatch(/No failure group 00000000000000 in us-east-1/);
    const bad = await groupDetailRoute(new Request(`${BASE}/api/groups/x<y>?region=us-east-1`), params('x<y>'), env.services);
    expect(bad.status).toBe(400);
  });
});

describe('PATCH /api/groups/{id}', () => {
  it.each([
    ['text, not JSON', '{"status":"resolved"}', { 'content-type': 'text/plain' }, 415, /as JSON/],
    ['a form post', 'status=resolved', { 'content-type': 'application/x-www-form-urlencoded', origin: BASE }, 415, /as JSON/],
    ['another site', '{"status":"resolved"}', { 'content-type': 'application/json', origin: 'https://evil.example' }, 403, /evil\.example, not from this dashboard/],
    ['another site, no Origin', '{"status":"resolved"}', { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, 403, /another site/],
    ['an unknown status', '{"status":"closed"}', undefined, 400, /status must be one of open, resolved, ignored/],
    ['regressed by hand', '{"status":"regressed"}', undefined, 400, /regressed is set automatically/],
    ['a note over 10,000 characters', JSON.stringify({ note: 'x'.repeat(10_001) }), undefined, 400, /note must be at most 10,000 characters/],
    ['an empty note', '{"note":"   "}', undefined, 400, /note must not be empty/],
    ['an unknown field', '{"status":"open","owner":"me"}', undefined, 400, /unknown field\(s\) owner/],
    ['nothing to change', '{}', undefined, 400, /at least one of status, assignee, note/],
    ['broken JSON', '{"status":', undefined, 400, /not valid JSON/],
    ['"me" without sign-in', '{"assignee":"me"}', undefined, 400, /does not know who "me" is/],
  ])('refuses %s and changes nothing', async (_label, body, headers, status, message) => {
    const group = await nlpGroup();
    const before = await detail(group.id);
    const response = await patch(group.id, body, headers);
    expect(response.status).toBe(status);
    expect((await response.json()).error.message).toMatch(message);
    const after = await detail(group.id);
    expect(after.group.status).toBe('open');
    expect(after.notes).toEqual([]);
    // Only the group's opening by the sync, when its first job was proven.
    expect(after.history).toEqual(before.history);
    expect(after.history.map((e) => [e.kind, e.actor])).toEqual([['created', 'jobtriage']]);
  });

  it('answers 404 for an unknown group and writes nothing', async () => {
    const response = await patch('00000000000000', '{"status":"resolved"}');
    expect(response.status).toBe(404);
    expect(await (await env.ctx()).store.getGroupState(scopeOf(await env.ctx()), '00000000000000')).toBeUndefined();
  });

  it('sets status, assignee and a note (scripts send no Origin), keeps the note as text, and records each change', async () => {
    const group = await nlpGroup();
    const response = await patch(group.id, JSON.stringify({ status: 'ignored', assignee: 'Ana (platform)', note: '<script>alert(1)</script> waiting on the data team' }), { 'content-type': 'application/json; charset=utf-8' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: group.id, status: 'ignored', assignee: 'Ana (platform)', count: 3 });
    const after = await detail(group.id);
    expect(after.notes.map((n) => [n.author, n.body])).toEqual([['anonymous (no sign-in)', '<script>alert(1)</script> waiting on the data team']]);
    expect(after.history.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['created', undefined, 'open'],
      ['status', 'open', 'ignored'],
      ['assignee', undefined, 'Ana (platform)'],
      ['note', undefined, undefined],
    ]);
    expect((await patch(group.id, '{"status":"open","assignee":null}')).status).toBe(200);
    expect((await detail(group.id)).group.assignee).toBeUndefined();
  });
});

describe('assignee and author when signed in', () => {
  it('assigns to oneself ("me" or one\'s email), never to someone else, and records the user as author', async () => {
    const signedIn = await env.services.context({ region: 'us-east-1' }, { mode: 'jwt', subject: 'user-42', email: 'ana@example.com' });
    if (!signedIn.ok) throw new Error('no context');
    const ctx = signedIn.value;
    const group = (await list()).groups.find((g) => g.cause === 'kms')!;
    const mine = await updateGroup(ctx, group.id, { assignee: 'me', note: 'looking' });
    expect(mine.ok && mine.value.assignee).toBe('ana@example.com');
    const refused = await updateGroup(ctx, group.id, { assignee: 'bo@example.com' });
    expect(refused).toMatchObject({ ok: false, status: 400, error: { message: expect.stringMatching(/yourself \("me" or ana@example.com\)/) } });
    const after = await detail(group.id);
    expect(after.group.assignee).toBe('ana@example.com');
    expect(after.notes.map((n) => n.author)).toEqual(['ana@example.com']);
    expect(after.history.filter((e) => e.kind !== 'created').map((e) => [e.actor, e.kind])).toEqual([
      ['ana@example.com', 'assignee'],
      ['ana@example.com', 'note'],
    ]);
  });
});

describe('regressions and restarts', () => {
  it('a failure after the group was resolved marks it regressed; recordFailure says so, again and again', async () => {
    const ctx = await env.ctx();
    const group = await nlpGroup();
    expect((await patch(group.id, '{"status":"resolved"}')).status).toBe(200);
    // An older job of the group, proven again, is no regression. (Not the one that opened the group,
    // which says "new-group" whoever asks: which job's proof came first is up to the background sync.)
    const opener = (await detail(group.id)).history.find((e) => e.kind === 'created')?.detail;
    const older = group.jobs.map((j) => j.name).find((name) => name !== opener);
    expect(await recordFailure(ctx, older ?? '')).toMatchObject({ groupId: group.id, event: 'known' });
    expect((await detail(group.id)).group.status).toBe('resolved');

    // A new run fails the same way after the resolution: its proof lands in the store, as the sync's would.
    const scope = scopeOf(ctx);
    const later = new Date(Date.now() + 60_000).toISOString();
    const job = { ...((await ctx.store.getDescription(scope, 'nlp-intent-bert-run-119')) as Record<string, unknown>), name: 'nlp-intent-bert-run-120', createdAt: later, endedAt: later, lastModifiedAt: later };
    await ctx.store.putDescription(scope, job.name, job, later);
    const proven = await ctx.store.getDiagnosis(scope, 'nlp-intent-bert-run-119');
    await ctx.store.putDiagnosis(scope, job.name, { ...proven!, full: { ...(proven!.full as JobDetailResponse), job } });

    expect(await recordFailure(ctx, 'nlp-intent-bert-run-120')).toMatchObject({ groupId: group.id, event: 'regression', fresh: true });
    // Asked again, the same answer, but not news: only the call that re-opened the group announces it.
    expect(await recordFailure(ctx, 'nlp-intent-bert-run-120')).toMatchObject({ groupId: group.id, event: 'regression', fresh: false });
    const after = await detail(group.id);
    expect(after.group).toMatchObject({ status: 'regressed', count: 4 });
    expect(after.history.filter((e) => e.kind === 'regressed').map((e) => [e.actor, e.detail])).toEqual([['jobtriage', 'nlp-intent-bert-run-120']]);
  });

  it('the first proven job of each group opened it ("new-group"), whoever asks', async () => {
    const ctx = await env.ctx();
    const group = (await list()).groups.find((g) => g.jobs[0]?.name === 'cv-hpo-trial-038');
    expect(group).toBeDefined();
    expect(await recordFailure(ctx, 'cv-hpo-trial-038')).toMatchObject({ groupId: group!.id, event: 'new-group' });
    expect(await recordFailure(ctx, 'nlp-intent-bert-run-117')).toBeUndefined(); // completed: nothing to record
  });

  it('keeps status, notes and history across a restart (a new process on the same store)', async () => {
    const before = await detail((await nlpGroup()).id);
    const restarted = testServices(env.endpoint, { store });
    try {
      const after = await detail(before.group.id, restarted);
      expect(after.group.status).toBe('regressed');
      expect(after.group.id).toBe(before.group.id);
      expect(after.notes).toEqual(before.notes);
      expect(after.history).toEqual(before.history);
    } finally {
      await restarted.close();
    }
  });
});
