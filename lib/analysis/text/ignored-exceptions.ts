import { EXCEPTION_CLASS_NAME, EXCEPTION_MODULE_PATH } from './client-traceback';
import { blankWords } from './mask-identifiers';

/**
 * Python prints an exception it cannot raise (one in a finaliser, a callback, a generator the garbage collector
 * closed) as "Exception ignored in: <function Pipe.__del__ at 0x…>", then its traceback and its exception line,
 * and the program goes on: webdataset's pipes closing at exit print an OSError for every shard. The program did
 * not fail of it, so the block is blanked like a quiet line, its length and punctuation kept; so is the same
 * exception printed again without its head (the toolkit's 1,024-character report cuts heads and keeps lines).
 */
// The toolkit's report may quote the block as the first line of the process's error output (`ErrorMessage "…`).
const IGNORED_HEAD = /^[ \t]*(?:ErrorMessage[ \t]{0,4}")?Exception ignored in\b/;
const EXCEPTION_END = new RegExp(String.raw`^[ \t]*${EXCEPTION_MODULE_PATH}${EXCEPTION_CLASS_NAME}(?:Error|Exception|Warning)\b`);
// How far the block may reach for its exception line: a traceback is a few frames; a head with none after it
// is blanked alone.
const MAX_BLOCK = 60;
// What makes an exception line the same one again: its class and its message's first characters (the shard's
// number after them differs).
const SAME_PREFIX = 40;

const signatureOf = (line: string) => line.trim().slice(0, SAME_PREFIX);

/** The text with each "Exception ignored in" block, and the same exception again, blanked; the same string when it has none. */
export function blankIgnoredExceptions(text: string): string {
  if (!text.includes('Exception ignored in')) return text;
  const lines = text.split('\n');
  const ignored = new Set<string>();
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (!IGNORED_HEAD.test(line)) {
      if (ignored.size > 0 && EXCEPTION_END.test(line) && ignored.has(signatureOf(line))) lines[i] = blankWords(line);
      continue;
    }
    let end = i;
    for (let j = i + 1; j < lines.length && j <= i + MAX_BLOCK; j += 1) {
      if (EXCEPTION_END.test(lines[j] ?? '')) {
        end = j;
        ignored.add(signatureOf(lines[j] ?? ''));
        break;
      }
    }
    for (let k = i; k <= end; k += 1) lines[k] = blankWords(lines[k] ?? '');
    i = end;
  }
  return lines.join('\n');
}
