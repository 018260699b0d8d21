import type { DeniedRequest } from '@/lib/analysis/diagnosis';
import { KeyArnText } from './key-arn-text';
import { describePolicyType } from './wording';

const code = 'rounded bg-slate-100 px-1 font-mono text-xs';

/**
 * The request AWS refused, in one line. "Denied request" always names the action; when AWS's words
 * name only a resource the job makes no request on, the line says that instead of a bare ARN.
 */
export function DeniedRequestLine({ denied }: { denied: DeniedRequest | undefined }) {
  if (!denied || (!denied.action && !denied.resource)) return null;
  const by = denied.policyType ? ` — ${denied.denialType === 'explicit' ? 'explicitly denied by' : 'not allowed by'} ${withArticle(describePolicyType(denied.policyType))}` : null;
  if (!denied.action) {
    return (
      <p className="mt-2 text-sm text-slate-700" data-testid="denied-resource">
        AWS refused access to <code className={`break-all ${code}`}>{denied.resource}</code> (its message names no action){by}
      </p>
    );
  }
  return (
    <p className="mt-2 text-sm text-slate-700" data-testid="denied-request">
      Denied request: <code className={code}>{denied.action}</code>
      {denied.resource ? (
        <>
          {' on '}
          <code className={`break-all ${code}`}>
            <KeyArnText text={denied.resource} />
          </code>
        </>
      ) : null}
      {by}
    </p>
  );
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
