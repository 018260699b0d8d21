import 'server-only';
import type { Missing, Piece, TrainingJob } from '@/lib/analysis/evidence';
import type { Gateways } from '@/lib/aws/gateways';
import type { DocumentCache } from '@/lib/aws/scoped-clients';
import type { ReadThrough } from '@/lib/store/read-through';
import type { Store } from '@/lib/store/types';

/**
 * The gateways a use case gets: the AWS ones behind the store. A finished job's description never
 * changes, so it is read from AWS once, ever. Roles, bucket, key and endpoint evidence are shared by
 * many jobs: read once per TTL, by any replica, with concurrent identical reads sharing one call.
 * A read that failed for a passing reason (throttled, timed out, an error) is returned, never kept:
 * the next request must try again rather than be told the old failure.
 */
const TERMINAL = new Set<TrainingJob['status']>(['Failed', 'Completed', 'Stopped']);
const TRANSIENT = new Set<Missing['kind']>(['throttled', 'timeout', 'error']);

export interface CacheSettings {
  store: Store;
  readThrough: ReadThrough;
  ttlMs: number;
  now: () => number;
}

export function cachedGateways(aws: Gateways, cache: CacheSettings): Gateways {
  const { store, readThrough, ttlMs, now } = cache;
  const scope = { accountId: aws.scope.accountId, region: aws.scope.region };
  const shared = <T>(kind: string, key: string, fetch: () => Promise<T>) =>
    readThrough(scope, kind, key, fetch, { ttlMs, nowMs: now(), keep: (value) => !hasTransientFailure(value) }).then((r) => r.value);

  return {
    ...aws,
    async describeTrainingJob(name: string): Promise<Piece<TrainingJob>> {
      const stored = (await store.getDescription(scope, name).catch(() => undefined)) as TrainingJob | undefined;
      if (stored) return { ok: true, value: stored };
      const piece = await aws.describeTrainingJob(name);
      if (piece.ok && TERMINAL.has(piece.value.status)) {
        await store.putDescription(scope, name, piece.value, new Date(now()).toISOString()).catch(() => undefined);
      }
      return piece;
    },
    getRolePermissions: (roleArn) => shared('role', roleArn, () => aws.getRolePermissions(roleArn)),
    getBucketEvidence: (bucket) => shared('bucket', bucket, () => aws.getBucketEvidence(bucket)),
    getKeyEvidence: (ref, dashboardAccountId) => shared('key', `${dashboardAccountId}|${ref}`, () => aws.getKeyEvidence(ref, dashboardAccountId)),
    getRepositoryPolicy: (repositoryArn) => shared('repository', repositoryArn, () => aws.getRepositoryPolicy(repositoryArn)),
    getNetworkEvidence: (vpc) =>
      shared('network', [...vpc.subnetIds].sort().join(',') + '|' + [...vpc.securityGroupIds].sort().join(','), () => aws.getNetworkEvidence(vpc)),
  };
}

/** Managed policy versions in the store: immutable, so kept for good and shared by every account's requests. */
export function storeDocuments(store: Store): DocumentCache {
  // A policy ARN names its account (or `aws` for AWS-managed policies): one global scope is enough.
  const scope = { accountId: 'global', region: 'global' };
  return {
    get: async (kind, key) => (await store.getEntry(scope, kind, key).catch(() => undefined))?.value,
    put: (kind, key, value) => store.putEntry(scope, kind, key, value, new Date().toISOString()).catch(() => undefined),
  };
}

/** True when any piece inside `value` is missing for a passing reason. */
export function hasTransientFailure(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasTransientFailure);
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  if (record.ok === false) {
    const missing = record.missing as { kind?: Missing['kind'] } | undefined;
    if (missing?.kind && TRANSIENT.has(missing.kind)) return true;
  }
  return Object.values(record).some(hasTransientFailure);
}
