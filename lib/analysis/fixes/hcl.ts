/**
 * JSON-shaped values as HCL expressions. HCL's object constructor takes `"key" : value` as well as
 * `key = value`, so a policy keeps the JSON shape people compare with the console (it is what
 * `terraform fmt` leaves of a pasted policy). What HCL adds are templates: `${` and `%{` inside a
 * string start an interpolation and are escaped as `$${` and `%%{`; IAM's own `${aws:username}`
 * policy variables must reach AWS as written.
 */
export function hclString(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  // In a replacement string `$$` is one `$`: '$$$${' writes `$${`.
  return `"${out.replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{')}"`;
}

export function hclValue(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${hclValue(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${hclString(k)} : ${hclValue(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** A Terraform resource label: letters, digits, underscores and dashes, starting with a letter. */
export function hclLabel(text: string): string {
  const label = text.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^[^a-z]+/, '').replace(/_+$/, '');
  return (label || 'jobtriage').slice(0, 64);
}
