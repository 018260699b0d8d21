import { describe, expect, it } from 'vitest';
import { checkAuthAtStartup } from './startup-check';

const ALB = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/jt/50dc6c495c0c9188';
const jwtEnv = { JOBTRIAGE_AUTH: 'jwt', JOBTRIAGE_JWT_HEADER: 'x-auth-request-access-token', JOBTRIAGE_JWT_ISSUER: 'https://sso.example.test/', JOBTRIAGE_JWT_AUDIENCE: 'jobtriage', JOBTRIAGE_JWKS_URL: 'https://sso.example.test/jwks' };

describe('checkAuthAtStartup: a production server never starts unprotected by accident', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['none in production (the default mode)', { NODE_ENV: 'production' }, /refusing to start without sign-on.*\n.*JOBTRIAGE_AUTH=alb with JOBTRIAGE_ALB_ARN[\s\S]*JOBTRIAGE_ALLOW_NO_AUTH=1/],
    ['none in production, spelled out', { NODE_ENV: 'production', JOBTRIAGE_AUTH: 'none', JOBTRIAGE_ALLOW_NO_AUTH: '0' }, /refusing to start without sign-on/],
    ['alb without the ALB ARN', { JOBTRIAGE_AUTH: 'alb' }, /needs JOBTRIAGE_ALB_ARN/],
    ['alb with a malformed ARN', { JOBTRIAGE_AUTH: 'alb', JOBTRIAGE_ALB_ARN: 'my-alb' }, /"my-alb" is not an application load balancer ARN/],
    ['jwt without issuer and keys', { JOBTRIAGE_AUTH: 'jwt', JOBTRIAGE_JWT_HEADER: 'authorization', JOBTRIAGE_JWT_AUDIENCE: 'x' }, /needs JOBTRIAGE_JWT_ISSUER, JOBTRIAGE_JWKS_URL/],
    ['an unknown mode', { JOBTRIAGE_AUTH: 'basic' }, /sign-on settings are wrong/],
  ])('refuses %s', (_label, env, message) => {
    expect(checkAuthAtStartup(env, () => {})).toMatch(message);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['none in production when allowed on purpose', { NODE_ENV: 'production', JOBTRIAGE_ALLOW_NO_AUTH: '1' }, /WARNING: no sign-in/],
    ['none in development', { NODE_ENV: 'development' }, /WARNING: no sign-in/],
    ['alb in production', { NODE_ENV: 'production', JOBTRIAGE_AUTH: 'alb', JOBTRIAGE_ALB_ARN: ALB }, /sign-in required \(JOBTRIAGE_AUTH=alb\)$/],
    ['jwt with an allow-list', { NODE_ENV: 'production', ...jwtEnv, JOBTRIAGE_ALLOWED_GROUPS: 'ml' }, /JOBTRIAGE_AUTH=jwt\), with an allow-list/],
  ])('starts with %s, and says so in the log', (_label, env, logged) => {
    const lines: string[] = [];
    expect(checkAuthAtStartup(env, (l) => lines.push(l))).toBeUndefined();
    expect(lines.join('\n')).toMatch(logged);
  });
});
