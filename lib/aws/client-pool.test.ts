import { ListTrainingJobsCommand } from '@aws-sdk/client-sagemaker';
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Budget, Rate } from './budget';
import { createClientPool, type AwsConfig } from './client-pool';
import { parseRates } from './rates';
import { fakeHandler, jsonError, jsonOk } from './testing/fake-handler';

beforeEach(() => {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'test-secret';
});

function recordingBudget(): Budget & { keys: string[]; rates: Rate[] } {
  const keys: string[] = [];
  const rates: Rate[] = [];
  return { keys, rates, acquire: async (key, rate) => void (keys.push(key), rates.push(rate)) };
}

function config(handler: AwsConfig['requestHandler'], budget: Budget, extra: Partial<AwsConfig> = {}): AwsConfig {
  return { forcePathStyle: true, maxAttempts: 3, connectionTimeoutMs: 1000, requestTimeoutMs: 5000, maxInFlight: 4, rates: parseRates(undefined), budget, requestHandler: handler, ...extra };
}

const SCOPE = { accountId: '111122223333', region: 'eu-west-1' };

describe('the client pool', () => {
  it('hands out one client per account, service and region', () => {
    const pool = createClientPool(config(fakeHandler(() => jsonOk({})), recordingBudget()));
    expect(pool.client('sagemaker', SCOPE)).toBe(pool.client('sagemaker', SCOPE));
    expect(pool.client('sagemaker', SCOPE)).not.toBe(pool.client('sagemaker', { ...SCOPE, accountId: '444455556666' }));
    expect(pool.client('sagemaker', SCOPE)).not.toBe(pool.client('sagemaker', { ...SCOPE, region: 'us-east-1' }));
    // IAM is global: every region of an account shares the home-region client.
    expect(pool.client('iam', SCOPE)).toBe(pool.client('iam', { ...SCOPE, region: 'us-west-2' }));
  });

  it('keeps a bounded number of per-session clients, dropping the least recently used, with their budget unchanged', async () => {
    const budget = recordingBudget();
    const pool = createClientPool(config(fakeHandler(() => jsonOk({ TrainingJobSummaries: [] })), budget, { maxSessionClients: 2 }));
    const session = (user: string) => ({ ...SCOPE, credentialsKey: user });
    const alice = pool.client('sagemaker', session('alice'));
    expect(pool.client('sagemaker', session('alice'))).toBe(alice);
    const bob = pool.client('sagemaker', session('bob'));
    expect(pool.client('sagemaker', session('alice'))).toBe(alice); // alice is now the most recent
    pool.client('sagemaker', session('carol')); // a third session drops bob, the least recently used
    expect(pool.client('sagemaker', session('alice'))).toBe(alice);
    expect(pool.client('sagemaker', session('bob'))).not.toBe(bob);
    // Clients without a session are the process's own and are never dropped.
    const own = pool.client('sagemaker', SCOPE);
    for (const user of ['d', 'e', 'f']) pool.client('sagemaker', session(user));
    expect(pool.client('sagemaker', SCOPE)).toBe(own);
    // A dropped client keeps working for a call still holding it, under the same budget key.
    await bob.send(new ListTrainingJobsCommand({}));
    expect(budget.keys).toEqual(['111122223333|eu-west-1|sagemaker:ListTrainingJobs']);
    pool.destroy();
  });

  it('every attempt, retries included, passes the budget under its account, region and operation', async () => {
    const budget = recordingBudget();
    const calls: string[] = [];
    const handler = fakeHandler((_req, i) => (i === 0 ? jsonError(400, 'ThrottlingException', 'Rate exceeded') : jsonOk({ TrainingJobSummaries: [] })));
    const pool = createClientPool(config(handler, budget, { onCall: (c) => calls.push(`${c.service}:${c.operation}`) }));
    await pool.client('sagemaker', SCOPE).send(new ListTrainingJobsCommand({}));
    expect(budget.keys).toEqual(['111122223333|eu-west-1|sagemaker:ListTrainingJobs', '111122223333|eu-west-1|sagemaker:ListTrainingJobs']);
    expect(budget.rates[0]).toEqual({ perSecond: 2, burst: 1 });
    expect(calls).toEqual(['sagemaker:ListTrainingJobs', 'sagemaker:ListTrainingJobs']);
  });

  it('IAM calls are budgeted in the partition home region, where IAM counts them', async () => {
    const budget = recordingBudget();
    const xml = '<GetRoleResponse><GetRoleResult><Role><RoleName>r</RoleName><Arn>arn:aws:iam::111122223333:role/r</Arn><Path>/</Path><RoleId>AROA</RoleId><CreateDate>2026-01-01T00:00:00Z</CreateDate></Role></GetRoleResult></GetRoleResponse>';
    const pool = createClientPool(config(fakeHandler(() => ({ status: 200, headers: { 'content-type': 'text/xml' }, body: xml })), budget));
    await pool.client('iam', SCOPE).send(new GetRoleCommand({ RoleName: 'r' }));
    expect(budget.keys).toEqual(['111122223333|us-east-1|iam:GetRole']);
  });

  it.each(['eu-west-1', 'cn-northwest-1', 'us-gov-east-1', 'us-iso-west-1', 'us-isob-east-1', 'eu-isoe-west-1', 'us-isof-east-1', 'eusc-de-east-1'])(
    'IAM from %s is asked in the region its partition signs IAM in, as the IAM client\'s own endpoint rules say',
    async (region) => {
      const pool = createClientPool(config(fakeHandler(() => jsonOk({})), recordingBudget()));
      const rules = new IAMClient({ region }).config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false });
      expect(await pool.client('iam', { ...SCOPE, region }).config.region()).toBe(rules.properties?.authSchemes?.[0]?.signingRegion);
    },
  );

  it('caps the calls in flight per account and region for the whole process', async () => {
    let active = 0;
    let peak = 0;
    const slow = fakeHandler(() => jsonOk({ TrainingJobSummaries: [] }));
    const handler: AwsConfig['requestHandler'] = {
      ...slow,
      async handle(request, options) {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 20));
        try {
          return await slow.handle(request, options);
        } finally {
          active -= 1;
        }
      },
    };
    const pool = createClientPool(config(handler, recordingBudget(), { maxInFlight: 3 }));
    // Twelve calls at once from separate callers: the cap holds across them, not per call site.
    await Promise.all(Array.from({ length: 12 }, () => pool.client('sagemaker', SCOPE).send(new ListTrainingJobsCommand({}))));
    expect(peak).toBe(3);
  });
});
