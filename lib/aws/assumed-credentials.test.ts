import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '@/emulator/scenario/load';
import { startTestEmulator, testScenario, type Running } from '@/emulator/testing/harness';
import { createAssumedCredentials, type RoleSession } from './assumed-credentials';
import { countingHandler } from './testing/counting-handler';

const research = readScenarioFile(fileURLToPath(new URL('../../emulator/scenarios/ml-research.json', import.meta.url)));
const SESSION: RoleSession = {
  accountId: '222233334444',
  roleArn: 'arn:aws:iam::222233334444:role/JobtriageRead',
  externalId: 'jobtriage-demo-ml-research',
  sessionName: 'alice@example.com',
  region: 'us-east-1',
};

let running: Running;
beforeAll(async () => {
  running = await startTestEmulator({ scenario: testScenario(), accounts: [research] });
});
afterAll(() => running.emulator.close());

function cache(options: { max?: number; now?: () => number } = {}) {
  const handler = countingHandler();
  const assumed = createAssumedCredentials({ endpoint: running.url, baseCredentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'x' }, requestHandler: handler, ...options });
  return { assumed, calls: () => handler.counts.requests };
}

describe('credentials for a read role', () => {
  it('assume the role once per account and session, and reuse the credentials until they near expiry', async () => {
    const { assumed, calls } = cache();
    const provider = assumed.providerFor(SESSION);
    expect(assumed.providerFor({ ...SESSION })).toBe(provider);
    const first = await provider();
    const again = await provider();
    expect(first.accessKeyId).toMatch(/^ASIA/);
    expect(again).toBe(first);
    expect(calls()).toBe(1);
    // Another user is another session, with credentials of its own.
    const bob = await assumed.providerFor({ ...SESSION, sessionName: 'bob@example.com' })();
    expect(bob.accessKeyId).not.toBe(first.accessKeyId);
    expect(calls()).toBe(2);
  });

  it('keeps at most `max` providers, dropping the least recently used', () => {
    const { assumed } = cache({ max: 2 });
    const a = assumed.providerFor({ ...SESSION, sessionName: 'a-user' });
    const b = assumed.providerFor({ ...SESSION, sessionName: 'b-user' });
    expect(assumed.providerFor({ ...SESSION, sessionName: 'a-user' })).toBe(a); // a is now the most recent
    assumed.providerFor({ ...SESSION, sessionName: 'c-user' }); // drops b
    expect(assumed.providerFor({ ...SESSION, sessionName: 'a-user' })).toBe(a);
    expect(assumed.providerFor({ ...SESSION, sessionName: 'b-user' })).not.toBe(b);
  });

  it('remembers a refusal for a while instead of asking STS on every poll, then asks again', async () => {
    let now = 1_000_000;
    const { assumed, calls } = cache({ now: () => now });
    const provider = assumed.providerFor({ ...SESSION, externalId: 'wrong-id' });
    const first = await provider().catch((e: Error) => e);
    expect(first).toMatchObject({ name: 'AccessDenied' });
    expect(await provider().catch((e: Error) => e)).toBe(first);
    expect(calls()).toBe(1);
    now += 31_000;
    await provider().catch(() => undefined);
    expect(calls()).toBe(2);
  });
});
