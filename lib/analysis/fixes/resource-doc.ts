import type { EvidenceBundle } from '../evidence';
import type { EvaluatedCheck } from '../proof/evaluated-check';
import type { S3Path } from '../requests/network-path';
import type { ResourceDoc } from './resource-fixes';

/** The resource-side document a fix for this check edits, as read (or known to be unreadable). */
export function resourceDocFor(bundle: EvidenceBundle, c: EvaluatedCheck, path: S3Path | undefined, endpoint: boolean): ResourceDoc | undefined {
  const t = c.planned.target;
  if (endpoint) {
    const id = c.inputs.endpoint?.id ?? (path?.kind === 'endpoint' ? path.endpointId : undefined);
    if (!id) return undefined;
    return { kind: 'endpoint', endpointId: id, document: c.inputs.endpoint?.document ?? null };
  }
  if (t.kind === 'trust') {
    if (!bundle.role.ok || !bundle.role.value.trustPolicy.ok) return undefined;
    return { kind: 'trust', document: bundle.role.value.trustPolicy.value };
  }
  if (t.kind === 's3') {
    const b = bundle.buckets[t.bucket];
    if (!b) return undefined;
    return { kind: 'bucket', bucket: t.bucket, ownerAccountId: c.planned.resourceAccountId, document: b.policy.ok ? b.policy.value : 'unreadable' };
  }
  if (t.kind === 'ecr') {
    // Only the job's own account's repository is read (collect-evidence); a missing one has no policy to edit.
    const repo = bundle.imageRepository;
    if (!repo || repo.arn !== c.planned.request.resource || (!repo.policy.ok && repo.policy.missing.kind === 'not-found')) return undefined;
    return { kind: 'repository', repositoryArn: repo.arn, document: repo.policy.ok ? repo.policy.value : 'unreadable' };
  }
  if (t.kind === 'kms') {
    const k = bundle.keys[t.keyRef];
    if (!k) return undefined;
    const accountId = c.planned.resourceAccountId ?? bundle.accountId;
    return { kind: 'key', keyRef: t.keyRef, keyArn: t.keyArn, accountId, document: k.policy.ok ? k.policy.value : 'unreadable' };
  }
  return undefined;
}
