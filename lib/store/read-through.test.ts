import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { createReadThrough, isFresh } from './read-through';
import { sqliteFixture } from './testing/sqlite-fixture';
import type { Store } from './types';

const scope = { accountId: '111122223333', region: 'us-east-1' };
const ROLE = 'arn:aws:iam::111122223333:role/Train';
const fixture = sqliteFixture();
const stores: Store[] = [];

async function freshStore(): Promise<Store> {
  const store = await openStore(await fixture.freshConfig());
  stores.push(store);
  return store;
}

/** A fetch that counts its calls and answers after a tick, like a network call. */
function countingFetch<T>(value: T) {
  const fetch = async () => {
    fetch.calls += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return value;
  };
  fetch.calls = 0;
  return fetch;
}

afterEach(() => Promise.all(stores.splice(0).map((s) => s.close())));
afterAll(() => fixture.cleanup());

describe('createReadThrough', () => {
  it('fetches once, then serves from the store (to any instance) until the TTL passes', async () => {
    const store = await freshStore();
    const fetch = countingFetch({ policies: ['a'] });
    const read = createReadThrough(store);
    const t0 = Date.UTC(2026, 10, 1);
    expect(await read(scope, 'role', ROLE, fetch, { ttlMs: 60_000, nowMs: t0 })).toEqual({ value: { policies: ['a'] }, fetchedAt: new Date(t0).toISOString(), fromStore: false });
    // A second replica (another read-through) finds it in the store.
    const other = createReadThrough(store);
    expect(await other(scope, 'role', ROLE, fetch, { ttlMs: 60_000, nowMs: t0 + 59_999 })).toMatchObject({ fromStore: true, value: { policies: ['a'] } });
    expect(fetch.calls).toBe(1);
    expect(await read(scope, 'role', ROLE, fetch, { ttlMs: 60_000, nowMs: t0 + 60_000 })).toMatchObject({ fromStore: false });
    expect(fetch.calls).toBe(2);
    // Another scope is another entry.
    await read({ ...scope, accountId: '444455556666' }, 'role', ROLE, fetch, { ttlMs: 60_000, nowMs: t0 + 60_000 });
    expect(fetch.calls).toBe(3);
  });

  it('runs concurrent identical reads as one fetch, and a failed fetch is retried by the next read', async () => {
    const store = await freshStore();
    const read = createReadThrough(store);
    const fetch = countingFetch('policy');
    const results = await Promise.all(Array.from({ length: 5 }, () => read(scope, 'bucket-policy', 'data', fetch, { ttlMs: 1_000, nowMs: 0 })));
    expect(fetch.calls).toBe(1);
    expect(results.map((r) => r.value)).toEqual(['policy', 'policy', 'policy', 'policy', 'policy']);

    let failures = 0;
    const failing = async () => {
      failures += 1;
      throw new Error('ThrottlingException');
    };
    await expect(Promise.all([read(scope, 'key-policy', 'k', failing, { ttlMs: 1_000, nowMs: 0 }), read(scope, 'key-policy', 'k', failing, { ttlMs: 1_000, nowMs: 0 })])).rejects.toThrow('ThrottlingException');
    expect(failures).toBe(1);
    await expect(read(scope, 'key-policy', 'k', failing, { ttlMs: 1_000, nowMs: 0 })).rejects.toThrow('ThrottlingException');
    expect(failures).toBe(2);
  });

  it('does not keep what `keep` refuses, and keeps immutable documents forever', async () => {
    const store = await freshStore();
    const read = createReadThrough(store);
    const denied = countingFetch({ ok: false, reason: 'throttled' });
    const keep = (v: { ok: boolean }) => v.ok;
    await read(scope, 'route-tables', 'subnet-1', denied, { ttlMs: 60_000, nowMs: 0, keep });
    await read(scope, 'route-tables', 'subnet-1', denied, { ttlMs: 60_000, nowMs: 1 });
    expect(denied.calls).toBe(2);

    const version = countingFetch({ Version: '2012-10-17' });
    await read(scope, 'policy-version', 'arn:aws:iam::aws:policy/X#v3', version, { ttlMs: Infinity, nowMs: 0 });
    const years = await read(scope, 'policy-version', 'arn:aws:iam::aws:policy/X#v3', version, { ttlMs: Infinity, nowMs: 10 * 365 * 86_400_000 });
    expect(years.fromStore).toBe(true);
    expect(version.calls).toBe(1);
  });

  it('still answers when the store cannot be read, and says why', async () => {
    const store = await freshStore();
    await store.close();
    const heard: unknown[] = [];
    const read = createReadThrough(store, (error) => heard.push(error));
    const fetch = countingFetch('fresh');
    expect(await read(scope, 'role', ROLE, fetch, { ttlMs: 1_000, nowMs: 0 })).toMatchObject({ value: 'fresh', fromStore: false });
    expect(heard.length).toBe(2);
  });
});

describe('isFresh', () => {
  it.each([
    ['2026-11-01T00:00:00Z', 1_000, Date.UTC(2026, 10, 1) + 999, true],
    ['2026-11-01T00:00:00Z', 1_000, Date.UTC(2026, 10, 1) + 1_000, false],
    ['2026-11-01T00:00:10Z', 1_000, Date.UTC(2026, 10, 1), true],
    ['not a time', 1_000, 0, false],
  ])('%s with TTL %d at %d: %s', (fetchedAt, ttl, now, fresh) => {
    expect(isFresh(fetchedAt, ttl, now)).toBe(fresh);
  });
});
