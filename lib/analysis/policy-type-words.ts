import type { PolicyType } from './diagnosis';

/** Policy types in the words AWS's own messages use, for sentences the engine writes. */
const WORDS: Record<PolicyType, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  'bucket-policy': 'bucket policy',
  'key-policy': 'key policy',
  boundary: 'permissions boundary',
  scp: 'service control policy',
  rcp: 'resource control policy',
  'vpc-endpoint': 'VPC endpoint policy',
  session: 'session policy',
  'trust-policy': 'role trust policy',
};

export function policyTypeWords(type: PolicyType): string {
  return WORDS[type];
}

export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
