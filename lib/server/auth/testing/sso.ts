import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in single sign-on for tests: real key pairs from node:crypto, tokens signed the way an
 * ALB (ES256, padded base64, `signer` header, key by kid) and an OIDC proxy (RS256, JWKS) sign
 * them, and a local HTTP server publishing the public keys. Nothing here is mocked in the verifier.
 */
export const TEST_ALB_ARN = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/jobtriage/50dc6c495c0c9188';
export const TEST_ISSUER = 'https://sso.example.test/';
export const TEST_AUDIENCE = 'jobtriage';

export interface KeyPair { kid: string; privateKey: KeyObject; publicKey: KeyObject }

export const ecKey = (): KeyPair => ({ kid: randomUUID(), ...generateKeyPairSync('ec', { namedCurve: 'P-256' }) });
export const rsaKey = (): KeyPair => ({ kid: randomUUID(), ...generateKeyPairSync('rsa', { modulusLength: 2048 }) });

type Json = Record<string, unknown>;

/** A compact JWT. `padded` writes ALB's base64 (with `=`); `alg: 'none'` leaves the signature empty. */
export function signToken(key: KeyPair, header: Json, payload: Json, options: { padded?: boolean } = {}): string {
  const encode = (part: Json) => {
    const b64 = Buffer.from(JSON.stringify(part)).toString('base64url');
    return options.padded ? b64 + '='.repeat((4 - (b64.length % 4)) % 4) : b64;
  };
  const alg = (header.alg as string | undefined) ?? 'ES256';
  const data = `${encode({ kid: key.kid, ...header, alg })}.${encode(payload)}`;
  if (alg === 'none') return `${data}.`;
  const signature =
    alg === 'ES256'
      ? sign('sha256', Buffer.from(data), { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(data), key.privateKey);
  return `${data}.${signature.toString('base64url')}`;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The token an ALB puts in x-amzn-oidc-data for a signed-in user. */
export function albToken(key: KeyPair, claims: Json = {}, header: Json = {}): string {
  const payload = { sub: 'u-123', email: 'ana@example.com', name: 'Ana Lima', exp: nowSeconds() + 120, iss: TEST_ISSUER, ...claims };
  return signToken(key, { alg: 'ES256', typ: 'JWT', signer: TEST_ALB_ARN, iss: TEST_ISSUER, client: 'client-1', exp: payload.exp, ...header }, payload, { padded: true });
}

/** The token an OIDC proxy (oauth2-proxy, Pomerium, ...) forwards. */
export function oidcToken(key: KeyPair, claims: Json = {}, header: Json = {}): string {
  const now = nowSeconds();
  const payload = { sub: 'u-456', email: 'bo@example.com', name: 'Bo Chen', groups: ['ml-platform'], iss: TEST_ISSUER, aud: TEST_AUDIENCE, iat: now, exp: now + 120, ...claims };
  return signToken(key, { alg: 'RS256', typ: 'JWT', ...header }, payload);
}

export interface KeyServer { url: string; fetches: string[]; close(): Promise<void> }

/**
 * Publishes public keys: `GET /alb/<kid>` answers the PEM (as the regional ELB endpoint does),
 * `GET /jwks.json` the RSA keys as a JWKS. Every fetch is recorded, to prove caching.
 */
export async function startKeyServer(keys: { alb?: KeyPair[]; jwks?: KeyPair[] }, port = 0): Promise<KeyServer> {
  const fetches: string[] = [];
  const server: Server = createServer((req, res) => {
    fetches.push(req.url ?? '');
    const alb = keys.alb?.find((k) => req.url === `/alb/${k.kid}`);
    if (alb) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(alb.publicKey.export({ type: 'spki', format: 'pem' }));
      return;
    }
    if (req.url === '/jwks.json') {
      const jwks = (keys.jwks ?? []).map((k) => ({ ...k.publicKey.export({ format: 'jwk' }), kid: k.kid, alg: 'RS256', use: 'sig' }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: jwks }));
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, fetches, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
