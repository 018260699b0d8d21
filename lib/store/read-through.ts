import 'server-only';
import type { Scope, Store } from './types';

export interface ReadThroughOptions<T> {
  /** How long a stored value stays fresh; `Infinity` for immutable documents (policy versions). */
  ttlMs: number;
  /** The caller's clock (the store never reads one). */
  nowMs: number;
  /** Whether a fetched value is worth keeping: a throttled or denied read is returned, not stored. */
  keep?: (value: T) => boolean;
}

export interface ReadThroughResult<T> {
  value: T;
  fetchedAt: string;
  /** True when the value came from the store (no AWS call was made). */
  fromStore: boolean;
}

export type ReadThrough = <T>(
  scope: Scope,
  kind: string,
  key: string,
  fetch: () => Promise<T>,
  options: ReadThroughOptions<T>,
) => Promise<ReadThroughResult<T>>;

/**
 * Shared evidence, read through the store: a value fetched within the TTL (by this replica or any
 * other) is served from the store; otherwise it is fetched and stored. Concurrent identical reads
 * in this process share one store read and one fetch (single flight), so twenty jobs using one
 * role cost one GetRole. The store holds JSON: a stored value comes back as the JSON of what was
 * kept under that kind, so keep one value type per kind.
 *
 * The store is a cache here: when it cannot be read or written, the value is fetched and returned
 * all the same, and `onStoreError` hears why (a database outage must not turn into "no evidence").
 */
export function createReadThrough(store: Store, onStoreError: (error: unknown) => void = warn): ReadThrough {
  const inFlight = new Map<string, Promise<ReadThroughResult<unknown>>>();

  return <T>(scope: Scope, kind: string, key: string, fetch: () => Promise<T>, options: ReadThroughOptions<T>) => {
    const flightKey = JSON.stringify([scope.accountId, scope.region, kind, key]);
    const running = inFlight.get(flightKey);
    if (running) return running as Promise<ReadThroughResult<T>>;
    const flight = readOrFetch(store, scope, kind, key, fetch, options, onStoreError).finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, flight);
    return flight;
  };
}

async function readOrFetch<T>(
  store: Store,
  scope: Scope,
  kind: string,
  key: string,
  fetch: () => Promise<T>,
  options: ReadThroughOptions<T>,
  onStoreError: (error: unknown) => void,
): Promise<ReadThroughResult<T>> {
  const stored = await store.getEntry(scope, kind, key).catch((error: unknown) => {
    onStoreError(error);
    return undefined;
  });
  if (stored && isFresh(stored.fetchedAt, options.ttlMs, options.nowMs)) {
    return { value: stored.value as T, fetchedAt: stored.fetchedAt, fromStore: true };
  }
  const value = await fetch();
  const fetchedAt = new Date(options.nowMs).toISOString();
  if (options.keep?.(value) ?? true) {
    await store.putEntry(scope, kind, key, value, fetchedAt).catch(onStoreError);
  }
  return { value, fetchedAt, fromStore: false };
}

/** Fresh while younger than the TTL; a time from a clock ahead of ours counts as fresh. */
export function isFresh(fetchedAt: string, ttlMs: number, nowMs: number): boolean {
  const at = Date.parse(fetchedAt);
  if (Number.isNaN(at)) return false;
  return nowMs - at < ttlMs;
}

function warn(error: unknown): void {
  console.warn(`jobtriage store: evidence cache unavailable: ${error instanceof Error ? error.message : String(error)}`);
}
