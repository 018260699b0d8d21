import type { Cause, DeniedRequest } from '../diagnosis';
import { roleNameOfPrincipal } from './principal';

/**
 * The resource at the grain a fix applies to: a bucket and its first prefix segment, a key, a
 * repository, a log group. Job names, stream names and object names past the first segment vary
 * per job and would split one cause into many groups.
 */
export function resourceScope(resource: string): string {
  const s3 = /^arn:aws[\w-]*:s3:::([^/]+)(?:\/([^/]*))?(\/)?/.exec(resource);
  if (s3?.[1]) {
    const first = s3[2];
    // A first segment that is the whole key (no slash after it) is an object, not a folder.
    return first && s3[3] ? `s3://${s3[1]}/${first}/` : `s3://${s3[1]}/`;
  }
  const logs = /^(arn:aws[\w-]*:logs:[^:]*:[^:]*:log-group:[^:]+)/.exec(resource);
  if (logs?.[1]) return logs[1];
  const ecr = /^(arn:aws[\w-]*:ecr:[^:]*:[^:]*:repository\/[^:@]+)/.exec(resource);
  if (ecr?.[1]) return ecr[1];
  return resource.replace(/(training-job|processing-job|transform-job)\/.*/, '$1/*');
}

/** Text that identifies a non-permission failure's flavour without naming the job. */
function flavourOf(cause: Cause, text: string): string {
  switch (cause) {
    case 'capacity':
    case 'quota':
    case 'out-of-memory':
      return /\bml\.[a-z0-9]+\.[a-z0-9]+\b/.exec(text)?.[0] ?? '';
    case 'user-code': {
      const errors = text.match(/\b[A-Z]\w*(?:Error|Exception)\b/g)?.filter((e) => !/^(?:Algorithm|Client|ExecuteUserScript)Error$/.test(e));
      return errors?.[errors.length - 1] ?? '';
    }
    case 'unknown':
      // Unrecognised failures group by their wording with the job-specific parts taken out: ARNs,
      // URIs, quoted names and any word with a digit in it. Words are whole runs, tested for a digit
      // afterwards: `\b[\w.-]*\d[\w.-]*\b` retries from every word boundary of a long dotted run.
      return text
        .replace(/arn:\S+|s3:\/\/\S+|"[^"]*"|'[^']*'/g, '')
        .replace(/[\w.-]+/g, (word) => (/\d/.test(word) ? '' : word))
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase()
        .slice(0, 80);
    default:
      return '';
  }
}

/** Equal for jobs that fail for the same reason: cause, role (from the principal) and resource scope. */
export function textGroupKey(cause: Cause, denied: DeniedRequest | undefined, text: string): string {
  const role = roleNameOfPrincipal(denied?.principal) ?? '';
  const scope = denied?.resource ? resourceScope(denied.resource) : (denied?.action ?? flavourOf(cause, text));
  return [cause, role, scope].join('|');
}
