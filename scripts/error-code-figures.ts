/**
 * `npx tsx scripts/error-code-figures.ts`: how the text layer reads the AWS error-code catalogue
 * (lib/analysis/text/error-codes.catalogue.ts), per service and SDK form — right, unknown (labelled
 * otherwise), wrong — and each miss. The figures in docs/failure-texts.md come from here.
 */
import { classifyText } from '../lib/analysis/classify-text';
import { botocoreText, ERROR_CODE_CATALOGUE, javaText } from '../lib/analysis/text/error-codes.catalogue';

const FORMS = [
  ['botocore', botocoreText, (e: (typeof ERROR_CODE_CATALOGUE)[number]) => e.cause],
  ['java', javaText, (e: (typeof ERROR_CODE_CATALOGUE)[number]) => e.withoutOperation ?? e.cause],
] as const;

const rows = new Map<string, { right: number; unknown: number; wrong: number }>();
const misses: string[] = [];
for (const entry of ERROR_CODE_CATALOGUE) {
  for (const [form, textOf, expectedOf] of FORMS) {
    const expected = expectedOf(entry);
    const got = classifyText({ failureReason: textOf(entry) }).cause;
    const row = rows.get(entry.service) ?? { right: 0, unknown: 0, wrong: 0 };
    const verdict = got === expected ? 'right' : got === 'unknown' ? 'unknown' : 'wrong';
    row[verdict] += 1;
    rows.set(entry.service, row);
    if (verdict !== 'right') misses.push(`${verdict}\t${form}\t${entry.service}\t${entry.code}\texpected ${expected}\tgot ${got}`);
  }
}
const total = { right: 0, unknown: 0, wrong: 0 };
console.log('| service | texts | right | unknown | wrong |\n| --- | --- | --- | --- | --- |');
for (const [service, r] of rows) {
  console.log(`| ${service} | ${r.right + r.unknown + r.wrong} | ${r.right} | ${r.unknown} | ${r.wrong} |`);
  total.right += r.right;
  total.unknown += r.unknown;
  total.wrong += r.wrong;
}
console.log(`| all | ${total.right + total.unknown + total.wrong} | ${total.right} | ${total.unknown} | ${total.wrong} |`);
console.log(misses.join('\n'));
