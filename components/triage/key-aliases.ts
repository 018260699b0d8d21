import type { EvidenceBundle } from '@/lib/analysis/evidence';

/**
 * A KMS key's alias beside its ARN. People know their keys by alias (`alias/claims-data`); the
 * engine speaks in key ARNs. The evidence holds the link twice: when the job or a bucket named the
 * key by alias (DescribeKey resolved that ref to the key ARN), and in the key's own alias list
 * (kms:ListAliases, same account only). The alias the job used wins; else the first listed.
 */
export type KeyAliases = ReadonlyMap<string, string>;

const ALIAS_REF = /^(?:arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:)?(alias\/[\w/+=,.@-]+)$/;
const KEY_ARN = /arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:key\/[\w-]+/g;

/** Key ARN → alias name, from every key ref in the evidence that is an alias and was resolved. */
export function keyAliasesOf(evidence: Pick<EvidenceBundle, 'keys'>): KeyAliases {
  const aliases = new Map<string, string>();
  const keys = Object.values(evidence.keys ?? {});
  for (const key of keys) {
    const alias = ALIAS_REF.exec(key.ref.trim())?.[1];
    if (alias && key.metadata.ok && !aliases.has(key.metadata.value.arn)) aliases.set(key.metadata.value.arn, alias);
  }
  for (const key of keys) {
    const listed = key.aliases?.ok ? key.aliases.value[0] : undefined;
    if (listed && key.metadata.ok && !aliases.has(key.metadata.value.arn)) aliases.set(key.metadata.value.arn, listed);
  }
  return aliases;
}

export type AliasSegment = { text: string; alias?: undefined } | { text: string; alias: string };

/**
 * `text` cut around the first mention of each key ARN that has an alias, so the page can print the
 * alias after it. Once per text: a sentence that names the key twice reads the alias once.
 */
export function splitKeyArns(text: string, aliases: KeyAliases): AliasSegment[] {
  if (aliases.size === 0 || !text.includes(':key/')) return [{ text }];
  const out: AliasSegment[] = [];
  const named = new Set<string>();
  let last = 0;
  for (const match of text.matchAll(KEY_ARN)) {
    const alias = aliases.get(match[0]);
    if (!alias || named.has(match[0])) continue;
    named.add(match[0]);
    const at = match.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at) });
    out.push({ text: match[0], alias });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out.length > 0 ? out : [{ text }];
}
