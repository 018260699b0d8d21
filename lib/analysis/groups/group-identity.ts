import { roleNameOfArn } from '../arns';
import { PERMISSION_CAUSES, type Cause } from '../diagnosis';
import { signatureText } from './failure-signature';

/** What grouping needs to know of one proven failed job. */
export interface GroupMember {
  name: string;
  cause: Cause;
  roleArn?: string;
  /** The stored diagnosis's groupKey: `cause|role|scope` (scope at any grain, old or new). */
  groupKey: string;
  failureReason: string;
  /** ISO. */
  failedAt: string;
  summary: string;
}

/** What makes jobs one problem: a cause on one role and one resource, or a cause and an error signature. */
export interface GroupIdentity {
  key: string;
  cause: Cause;
  role?: string;
  /** The bucket (`s3://bucket/`), key, repository, log group, role or subnet the cause is about. */
  resource?: string;
  /** For causes that are not permission denials: `Type: message` without numbers and paths. */
  signature?: string;
  /** One line naming the group. */
  title: string;
}

function isPermission(cause: Cause): boolean {
  return (PERMISSION_CAUSES as readonly string[]).includes(cause);
}

/**
 * One resource, not a prefix: every S3 scope comes down to its bucket, so jobs reading different
 * folders of one bucket under one role are one group (one grant fixes them all). Stored keys of
 * any earlier grain (`s3://bucket/folder/`) map to the same resource, so ids survive re-diagnosis.
 */
export function resourceOfScope(scope: string): string {
  const s3 = /^s3:\/\/([^/]+)/.exec(scope);
  if (s3?.[1]) return `s3://${s3[1]}/`;
  const s3Arn = /^arn:aws[\w-]*:s3:::([^/]+)/.exec(scope);
  if (s3Arn?.[1]) return `s3://${s3Arn[1]}/`;
  return scope;
}

export function groupIdentityOf(member: GroupMember): GroupIdentity {
  const [, keyRole = '', ...scopeParts] = member.groupKey.split('|');
  const scope = scopeParts.join('|');
  const role = keyRole || (member.roleArn ? roleNameOfArn(member.roleArn) : '');
  if (isPermission(member.cause) && scope) {
    const resource = resourceOfScope(scope);
    return { key: [member.cause, role, resource].join('|'), cause: member.cause, ...(role ? { role } : {}), resource, title: `${role || 'the role'} → ${resource}` };
  }
  const signature = signatureText(member.failureReason) || scope || member.summary;
  return { key: [member.cause, signature].join('|'), cause: member.cause, signature, title: signature };
}
