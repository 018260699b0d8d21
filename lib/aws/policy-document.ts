import 'server-only';
import type { Piece, PolicyDocument } from '@/lib/analysis/evidence';
import type { CallSite } from './errors';

/**
 * IAM returns policy documents URL-encoded (RFC 3986) and SDK v3 does not decode them: decode
 * exactly once, then parse. S3 and EC2 return plain JSON: parse only. A document that fails either
 * step is one failed piece of evidence, never a crash.
 */
export function parseIamDocument(raw: string | undefined, site: CallSite): Piece<PolicyDocument> {
  if (raw === undefined) return bad(site, 'the response carried no policy document');
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch (error) {
    return bad(site, `the policy document is not valid URL-encoding: ${(error as Error).message}`);
  }
  return parseJsonDocument(decoded, site);
}

export function parseJsonDocument(text: string, site: CallSite): Piece<PolicyDocument> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return bad(site, `the policy document is not valid JSON: ${(error as Error).message}`);
  }
  if (!isPolicyDocument(parsed)) return bad(site, 'the policy document has no Statement');
  return { ok: true, value: parsed };
}

function isPolicyDocument(value: unknown): value is PolicyDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'Statement' in value;
}

function bad(site: CallSite, message: string): Piece<PolicyDocument> {
  return { ok: false, missing: { kind: 'error', action: site.action, ...(site.resource ? { resource: site.resource } : {}), message } };
}
