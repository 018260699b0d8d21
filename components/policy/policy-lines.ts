/**
 * A policy document as formatted lines, with the lines of chosen statements marked, so the page can
 * highlight "the statement that decided it" or "the statement this fix adds" inside the whole
 * document. The lines joined are exactly `formatPolicy(doc)`: what is shown is what is copied.
 */
export interface PolicyLine {
  text: string;
  highlighted: boolean;
}

export function formatPolicy(doc: unknown): string {
  return JSON.stringify(doc, null, 2) ?? String(doc);
}

/** Statements match when they are the same JSON, or share a non-empty Sid. */
export function isSameStatement(a: unknown, b: unknown): boolean {
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  const sa = sidOf(a);
  return sa !== undefined && sa === sidOf(b);
}

export function policyLines(doc: unknown, highlights: readonly unknown[] = [], highlightIndexes: readonly number[] = []): PolicyLine[] {
  const text = formatPolicy(doc);
  if (!isRecord(doc) || doc.Statement === undefined) return plain(text);
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  const marked = statements.map((s, i) => highlightIndexes.includes(i) || highlights.some((h) => isSameStatement(s, h)));
  if (!marked.some(Boolean)) return plain(text);

  // Format with placeholders where the statements go, then put each statement back line by line.
  const marker = (i: number) => `__jobtriage_statement_${i}__`;
  const placeholders = Array.isArray(doc.Statement) ? statements.map((_, i) => marker(i)) : marker(0);
  const skeleton = formatPolicy({ ...doc, Statement: placeholders });
  const lines: PolicyLine[] = [];
  for (const line of skeleton.split('\n')) {
    const found = /^(\s*)(?:"Statement": )?"__jobtriage_statement_(\d+)__"(,?)$/.exec(line);
    if (!found) {
      lines.push({ text: line, highlighted: false });
      continue;
    }
    const [, indent = '', index = '0', comma = ''] = found;
    const i = Number(index);
    const prefix = line.trimStart().startsWith('"Statement"') ? '"Statement": ' : '';
    const body = formatPolicy(statements[i]).split('\n');
    body.forEach((b, k) => {
      const first = k === 0 ? `${indent}${prefix}` : indent;
      const last = k === body.length - 1 ? comma : '';
      lines.push({ text: `${first}${b}${last}`, highlighted: marked[i] ?? false });
    });
  }
  return lines;
}

function plain(text: string): PolicyLine[] {
  return text.split('\n').map((t) => ({ text: t, highlighted: false }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sidOf(statement: unknown): string | undefined {
  if (!isRecord(statement)) return undefined;
  return typeof statement.Sid === 'string' && statement.Sid !== '' ? statement.Sid : undefined;
}
