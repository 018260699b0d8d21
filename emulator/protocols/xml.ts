/**
 * A tiny XML writer for the Query protocols. Values are escaped here and nowhere else, so a policy
 * document or log line can never break the envelope it travels in.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Serialises a value the way the Query protocols do: ISO times, lowercase booleans, lists as `<itemName>`. */
export function toXml(value: unknown, itemName: string): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return isoSeconds(value);
  if (Array.isArray(value)) return value.map((v) => element(itemName, v, itemName)).join('');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => element(k, v, itemName))
      .join('');
  }
  return escapeXml(String(value));
}

export function element(name: string, value: unknown, itemName = 'member'): string {
  return `<${name}>${toXml(value, itemName)}</${name}>`;
}

/** AWS writes timestamps in XML as ISO 8601 in UTC. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
