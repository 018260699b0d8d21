/** Single-quote for POSIX shells: the one character that needs care is the quote itself. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `aws ...` with every argument quoted as needed; JSON documents compact, so one line pastes. */
export function command(parts: string[]): string {
  return parts.map(shellQuote).join(' ');
}
