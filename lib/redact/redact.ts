/**
 * Secret masking for everything the server passes on from a job: environment variables,
 * hyperparameters and log lines. Pure (no I/O) so it can be tested on its own and run anywhere.
 * AWS warns not to put secrets in Environment or HyperParameters; people do anyway, and training
 * scripts print them. Masking keeps a short prefix so a person can still tell which key it was.
 */

export const REDACTED = '[redacted]';

// AWS access key ids: a 4-letter type prefix (AKIA long-term, ASIA temporary, ...) and 16 more.
const ACCESS_KEY_ID = /\b((?:AKIA|ASIA|AIDA|AROA|ABIA|ACCA|AGPA|ANPA|ANVA|APKA|ASCA|AIPA)[A-Z0-9]{4})[A-Z0-9]{12}\b/g;

// The prefixes of key ids that are credentials (AWS IAM user guide, "Unique identifiers"): access
// keys, temporary access keys, STS bearer tokens, context-specific credentials. The other prefixes
// (AROA roles, AIDA users, ...) are ids that policies legitimately quote.
const CREDENTIAL_KEY_ID = /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{4})[A-Z0-9]{12}\b/g;

// STS session tokens have no label in a bare dump or a URL, but a fixed start: the serialised
// header of the token (`IQoJb3JpZ2luX2Vj` today, `FwoGZXIvYXdzE` and `AQoDYXdzE` before).
const BARE_SESSION_TOKEN = /(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|AQoDYXdzE)[A-Za-z0-9/+=%]{20,}/g;

// A 40-character secret after a label that says it is one (`aws_secret_access_key = ...`, `"SecretAccessKey": "..."`).
const LABELLED_SECRET =
  /((?:secret[_-]?access[_-]?key|secretaccesskey|aws[_-]?secret|secret[_-]?key)["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi;

// Session tokens are long base64 blobs after a label; in a presigned URL they are URL-encoded (`%2F`),
// and the URL's signature is itself a bearer credential until it expires.
const LABELLED_TOKEN =
  /((?:session[_-]?token|security[_-]?token|sessiontoken|x-amz-security-token|x-amz-signature)["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=%]{16,}/gi;

// `password=...`, `token: ...`, `api_key=...` in free text, up to whitespace, quote, comma or `&`.
const LABELLED_VALUE =
  /\b((?:[A-Za-z0-9_]*(?:password|passwd|pwd|token|secret|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential)s?)["']?\s*[:=]\s*["']?)(?!\[redacted\])[^\s"',&;]{6,}/gi;

// A standalone 40-char base64-ish string that mixes cases and digits: the shape of an AWS secret key.
const BARE_SECRET = /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=]))(?=[^\s]*[a-z])(?=[^\s]*[A-Z])(?=[^\s]*[0-9])[A-Za-z0-9/+=]{40}/g;

/** Names of settings whose value is a secret whatever it looks like. */
const SECRET_NAME = /(password|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential)/i;

// `HF_TOKEN`, `github_token`: secrets; `max_tokens`, `pad_token=<pad>`: tokenizer settings. So a
// token-named value is masked only when it is long and opaque like a credential.
const TOKEN_NAME = /token$/i;
const OPAQUE = /^[A-Za-z0-9._~+/=-]{16,}$/;

const maskKeyId = (_m: string, prefix: string) => `${prefix}${'*'.repeat(12)}`;

/**
 * Masks AWS credentials only: key ids, labelled secret keys, session tokens. Precise enough to run
 * over policy documents and fix commands, where the broader free-text rules would mangle ARNs such
 * as `...:secret:db-password` and role ids in conditions.
 */
export function redactCredentials(text: string): string {
  return text
    .replace(CREDENTIAL_KEY_ID, maskKeyId)
    .replace(LABELLED_SECRET, (_m, label: string) => `${label}${REDACTED}`)
    .replace(LABELLED_TOKEN, (_m, label: string) => `${label}${REDACTED}`)
    .replace(BARE_SESSION_TOKEN, REDACTED);
}

/** Masks the secrets in a piece of free text (a log line, a failure reason, an error message). */
export function redactText(text: string): string {
  return redactCredentials(text)
    .replace(ACCESS_KEY_ID, maskKeyId)
    .replace(LABELLED_VALUE, (_m, label: string) => `${label}${REDACTED}`);
}

/**
 * `redactCredentials` over every string of a JSON-safe value (keys kept): the last pass over what a
 * route returns, so a credential in a policy document, a key description or a fix is masked too.
 */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactCredentials(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  }
  return value;
}

/** Masks one setting: the whole value when its name says secret, otherwise whatever looks like a key. */
export function redactSetting(name: string, value: string): string {
  if (value !== '' && SECRET_NAME.test(name)) return REDACTED;
  if (TOKEN_NAME.test(name) && OPAQUE.test(value)) return REDACTED;
  return redactText(value).replace(BARE_SECRET, REDACTED);
}

/** Environment variables or hyperparameters with every secret-looking value masked. */
export function redactSettings(settings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(settings).map(([name, value]) => [name, redactSetting(name, value)]));
}
