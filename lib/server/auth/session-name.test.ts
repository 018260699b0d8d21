import { describe, expect, it } from 'vitest';
import type { Identity } from '../context';
import type { VerifiedIdentity } from './allow-list';
import { sessionNameFor } from './session-name';

const user = (fields: Partial<VerifiedIdentity>): Identity => ({ mode: 'jwt', subject: 'sub-1', ...fields });
const AWS_PATTERN = /^[\w+=,.@-]{2,64}$/;

describe('sessionNameFor: who looked, in a form AssumeRole accepts', () => {
  it.each<[string, Identity, string]>([
    ['the email when there is one', user({ email: 'ana.lima+ml@example.com' }), 'ana.lima+ml@example.com'],
    ['the subject without an email', user({}), 'sub-1'],
    ['characters AWS refuses replaced', user({ subject: 'CN=Ana Lima/OU=ML:team' }), 'CN=Ana-Lima-OU=ML-team'],
    ['never starting with aws:', user({ subject: 'aws:root' }), 'aws-root'],
    ['a one-character subject padded', user({ subject: 'x' }), 'user-x'],
    ['no sign-in named as such', { mode: 'none' }, 'jobtriage-no-sign-in'],
  ])('%s', (_label, identity, expected) => {
    expect(sessionNameFor(identity)).toBe(expected);
    expect(sessionNameFor(identity)).toMatch(AWS_PATTERN);
  });

  it('cuts a long address to 64 characters', () => {
    const name = sessionNameFor(user({ email: `${'a'.repeat(80)}@example.com` }));
    expect(name).toHaveLength(64);
    expect(name).toMatch(AWS_PATTERN);
  });
});
