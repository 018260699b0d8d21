import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoJson from '@/emulator/scenarios/demo.json';
import { parseScenario } from '@/emulator/scenario/load';
import { cliFlag } from '@/lib/analysis/groups/fix-changes';
import type { GroupDetailResponse, GroupListResponse, GroupRecheckResponse } from '@/lib/dto/groups';
import { resetEnvCache } from '../env';
import { startEmulator } from '../testing/emulator';
import { groupDetailRoute, listGroupsRoute, patchGroupRoute, recheckGroupRoute } from './group-routes';

/**
 * "Is it fixed now?" end to end on the demo: before anything changes the group is still refused;
 * the demo administrator applies the group's one fix (its policies, as its commands would); the
 * re-check then says every job is allowed now, and the group can be marked resolved.
 */
const demo = parseScenario(demoJson, 'demo.json');
let env: Awaited<ReturnType<typeof startEmulator>>;
const BASE = 'http://localhost:3000';

beforeAll(async () => {
  process.env.JOBTRIAGE_REGIONS = 'us-east-1,eu-west-1';
  resetEnvCache();
  env = await startEmulator({ scenario: demo });
  await env.settledList('us-east-1');
}, 120_000);
afterAll(() => env?.stop());

const params = (id: string) => Promise.resolve({ id });
const get = async <T>(response: Promise<Response>): Promise<T> => {
  const r = await response;
  expect(r.status).toBe(200);
  return r.json() as Promise<T>;
};

/** PutRolePolicy as the demo's administrator (the endpoint reads who calls from the SigV4 scope). */
async function putRolePolicy(role: string, name: string, document: unknown): Promise<void> {
  const body = new URLSearchParams({ Action: 'PutRolePolicy', Version: '2010-05-08', RoleName: role, PolicyName: name, PolicyDocument: JSON.stringify(document) });
  const response = await fetch(env.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'AWS4-HMAC-SHA256 Credential=AKIDDEMOADMIN/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0a1b2c' },
    body,
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

describe('GET /api/groups/{id}/recheck', () => {
  it('says "not fixed" first, and "rerun them" once the group fix is applied; then the group is resolved', async () => {
    const list = await get<GroupListResponse>(listGroupsRoute(new Request(`${BASE}/api/groups?region=us-east-1`), env.services));
    const group = list.groups.find((g) => g.role === 'nlp-training-role')!;
    const recheck = () => get<GroupRecheckResponse>(recheckGroupRoute(new Request(`${BASE}/api/groups/${group.id}/recheck?region=us-east-1`), params(group.id), env.services));

    const before = await recheck();
    expect(before.allFixed).toBe(false);
    expect(before.jobs.map((j) => j.outcome)).toEqual(['still-failing', 'still-failing', 'still-failing']);
    expect(before.message).toMatch(/^Not fixed: 3 of 3/);

    const detail = await get<GroupDetailResponse>(groupDetailRoute(new Request(`${BASE}/api/groups/${group.id}?region=us-east-1`), params(group.id), env.services));
    const fixes = detail.fix?.fixes ?? [];
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) {
      expect(fix.target).toBe('role-inline-policy');
      await putRolePolicy(cliFlag(fix.cli, 'role-name')!, cliFlag(fix.cli, 'policy-name')!, fix.policy);
    }

    const after = await recheck();
    expect(after.jobs.map((j) => [j.name, j.outcome])).toEqual(group.jobs.map((j) => [j.name, 'fixed']));
    expect(after).toMatchObject({ allFixed: true, message: 'The policies now allow every request these jobs make: the change was made after they failed — rerun them.' });

    // Re-diagnosed, the jobs stay in the same group (same id), and "mark resolved" is one PATCH.
    const again = await get<GroupListResponse>(listGroupsRoute(new Request(`${BASE}/api/groups?region=us-east-1`), env.services));
    expect(again.groups.find((g) => g.id === group.id)?.count).toBe(3);
    const resolved = await patchGroupRoute(new Request(`${BASE}/api/groups/${group.id}?region=us-east-1`, { method: 'PATCH', headers: { 'content-type': 'application/json', origin: BASE }, body: '{"status":"resolved"}' }), params(group.id), env.services);
    expect(resolved.status).toBe(200);
    expect((await resolved.json()).status).toBe('resolved');
  }, 120_000);
});
