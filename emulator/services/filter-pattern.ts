/**
 * CloudWatch Logs term filter patterns: `ERROR Exception` (all terms, case-sensitive),
 * `?ERROR ?Exception` (any term), `"exact phrase"`. JSON and space-delimited patterns are not
 * emulated and are refused rather than silently matching the wrong lines.
 */
import { AwsError } from '../errors';

export function compileFilterPattern(pattern: string | undefined): (message: string) => boolean {
  const text = (pattern ?? '').trim();
  if (text === '') return () => true;
  if (text.startsWith('{') || text.startsWith('[')) {
    throw new AwsError('InvalidParameterException', 'The local AWS endpoint emulates term filter patterns only.');
  }
  const tokens = [...text.matchAll(/(\?)?(?:"([^"]*)"|(\S+))/g)].map((m) => ({
    optional: m[1] === '?',
    term: m[2] ?? m[3] ?? '',
  }));
  const any = tokens.filter((t) => t.optional).map((t) => t.term);
  const all = tokens.filter((t) => !t.optional).map((t) => t.term);
  return (message) =>
    all.every((term) => message.includes(term)) && (any.length === 0 || any.some((term) => message.includes(term)));
}
