import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DeniedRequest } from '@/lib/analysis/diagnosis';
import { DeniedRequestLine } from './denied-request-line';

/** The line as a reader sees it: markup stripped, entities of the few characters it may hold decoded. */
function line(denied: DeniedRequest | undefined): string {
  return renderToStaticMarkup(<DeniedRequestLine denied={denied} />).replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");
}

describe('DeniedRequestLine', () => {
  it('names the action, the resource and the policy type AWS named', () => {
    expect(line({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', policyType: 'scp', denialType: 'explicit' })).toBe(
      'Denied request: s3:GetObject on arn:aws:s3:::b/k — explicitly denied by a service control policy',
    );
    expect(line({ action: 'kms:Decrypt', policyType: 'identity', denialType: 'implicit' })).toBe('Denied request: kms:Decrypt — not allowed by an identity policy');
  });

  it('never says "Denied request" without the action: a bare resource is said to be only that', () => {
    const text = line({ resource: 'arn:aws:s3:::elsewhere/out/' });
    expect(text).not.toMatch(/Denied request/);
    expect(text).toBe('AWS refused access to arn:aws:s3:::elsewhere/out/ (its message names no action)');
  });

  it('renders nothing when AWS named neither', () => {
    expect(line(undefined)).toBe('');
    expect(line({ policyType: 'boundary', denialType: 'implicit' })).toBe('');
  });
});
