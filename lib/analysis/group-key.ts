import { folderPrefix, objectArn, roleNameOfArn } from './arns';
import type { Cause, TextDiagnosis } from './diagnosis';
import type { EvidenceBundle } from './evidence';
import type { Decision } from './proof/decide-cause';
import { partitionOf } from './partition';
import type { EvaluatedCheck } from './proof/evaluated-check';
import { resourceScope } from './text';

/**
 * The resource a check is about, at the text layer's grain (bucket and first prefix segment, key,
 * repository, log group), so the list page (text only) and the job page group jobs alike.
 */
function scopeOf(ec: EvaluatedCheck, partition: string): string {
  const t = ec.planned.target;
  if (ec.deciding?.slot === 'route') return `no-s3-route:${/subnet (\S+)/.exec(ec.check.reason)?.[1] ?? ''}`;
  if (t.kind === 's3') return resourceScope(objectArn(t.bucket, `${folderPrefix(t.prefix)}object`, partition));
  return resourceScope(ec.check.request.resource);
}

/** Equal for jobs that fail for the same reason: cause, role and resource scope. */
export function groupKeyOf(bundle: EvidenceBundle, decision: Decision, text: TextDiagnosis): string {
  const role = roleNameOfArn(bundle.job.roleArn);
  const partition = partitionOf(bundle.region).name;
  const key = (cause: Cause, scope: string) => [cause, role, scope].join('|');
  switch (decision.kind) {
    case 'proven':
      return key(decision.cause, scopeOf(decision.culprit, partition));
    case 'unproven':
      return key(decision.cause, scopeOf(decision.blocked, partition));
    case 'contradicted':
      return key(decision.cause, scopeOf(decision.check, partition));
    default:
      return text.groupKey;
  }
}
