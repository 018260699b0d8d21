import { describe, expect, it } from 'vitest';
import { escapesDeny, namesPrincipal } from './deny-statement';

/**
 * Whether a role escapes a deny, in every partition: a deny that names the role's SageMaker session or its account's root
 * names it in the role's own partition (arn:aws-us-gov:sts::…, arn:aws-cn:iam::…), not always in `aws`.
 */
describe('escapesDeny', () => {
  it.each(['aws', 'aws-us-gov', 'aws-cn'])('in %s, a deny naming the role\u2019s SageMaker session or its account root covers the role', (partition) => {
    const role = `arn:${partition}:iam::111122223333:role/ml-train`;
    const session = `arn:${partition}:sts::111122223333:assumed-role/ml-train/SageMaker`;
    expect(escapesDeny({ Effect: 'Deny', Principal: { AWS: session }, Action: 's3:*' }, role)).toBe(false);
    expect(escapesDeny({ Effect: 'Deny', Principal: { AWS: `arn:${partition}:iam::111122223333:root` }, Action: 's3:*' }, role)).toBe(false);
    expect(escapesDeny({ Effect: 'Deny', Principal: { AWS: `arn:${partition}:iam::444455556666:root` }, Action: 's3:*' }, role)).toBe(true);
    // Named by its session, it is the very principal the deny is about: never exempted.
    expect(namesPrincipal({ Effect: 'Deny', Principal: { AWS: session }, Action: 's3:*' }, role)).toBe(true);
  });
});
