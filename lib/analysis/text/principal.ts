/**
 * The role (or user) name inside a principal ARN: `assumed-role/<role>/<session>` -> role,
 * `role/<path>/<name>` -> name. Undefined when the principal is not an IAM/STS ARN.
 */
export function roleNameOfPrincipal(principal: string | undefined): string | undefined {
  if (!principal) return undefined;
  const m = /^arn:aws[\w-]*:(?:sts|iam)::[^:]*:(assumed-role|role|user|federated-user)\/(.+)$/.exec(principal);
  if (!m?.[1] || !m[2]) return undefined;
  const parts = m[2].split('/');
  if (m[1] === 'assumed-role') return parts.length >= 2 ? parts[parts.length - 2] : parts[0];
  return parts[parts.length - 1];
}
