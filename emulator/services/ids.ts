/**
 * Stable AWS-looking ids (AROA..., ANPA...) derived from names, so the same scenario always yields
 * the same ids and tests can compare them.
 */
import { createHash } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function stableId(prefix: string, seed: string, length = 17): string {
  const digest = createHash('sha256').update(seed).digest();
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHABET[(digest[i] ?? 0) % ALPHABET.length];
  return prefix + id;
}

/** Lowercase hex, as in `rtbassoc-0a1b2c...` or `pl-63a5...`. */
export function stableHex(seed: string, length = 17): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}
