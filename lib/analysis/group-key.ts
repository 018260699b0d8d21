import { roleNameOfArn } from './arns';
import type { Cause, TextDiagnosis } from './diagnosis';
import type { EvidenceBundle } from './evidence';
import type { Decision } from './proof/decide-cause';
import type { EvaluatedCheck } from './proof/evaluated-check';

/** The resource a failing check is about, at the grain a fix applies to (a prefix, a key, a repository). */
function scopeOf(ec: EvaluatedCheck): string {
  const t = ec.planned.target;
  if (ec.deciding?.slot === 'route') return `no-s3-route:${/subnet (\S+)/.exec(ec.check.reason)?.[1] ?? ''}`;
  switch (t.kind) {
    case 's3':
      return `s3://${t.bucket}/${t.prefix}`;
    case 'kms':
      return t.keyArn;
    default:
      return ec.check.request.resource;
  }
}

/** Equal for jobs that fail for the same reason: role, cause and resource scope. */
export function groupKeyOf(bundle: EvidenceBundle, decision: Decision, text: TextDiagnosis): string {
  const role = roleNameOfArn(bundle.job.roleArn);
  const key = (cause: Cause, scope: string) => [cause, role, scope].join('|');
  switch (decision.kind) {
    case 'proven':
      return key(decision.cause, scopeOf(decision.culprit));
    case 'unproven':
      return key(decision.cause, scopeOf(decision.blocked));
    case 'text-scp':
      return key('scp', text.deniedRequest?.action ?? decision.decidedBy.policyName);
    default:
      return text.groupKey;
  }
}
