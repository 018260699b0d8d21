import { EXCEPTION_CLASS_NAME, EXCEPTION_MODULE_PATH, TRACEBACK_HEADER } from './client-traceback';
import { blankWords } from './mask-identifiers';

/**
 * Python prints an exception it cannot raise (one in a finaliser, a callback, a generator the garbage collector
 * closed) as "Exception ignored in: <function Pipe.__del__ at 0x…>", then its traceback and its exception line,
 * and the program goes on: webdataset's pipes closing at exit print an OSError for every shard. The program did
 * not fail of it, so the block is blanked like a quiet line, its length and punctuation kept; so is the same
 * exception printed again without its head (the toolkit's 1,024-character report cuts heads and keeps lines).
 * An exception that ends a traceback of its own is the program's, whatever was ignored before it.
 */
// The toolkit's report may quote the block as the first line of the process's error output (`ErrorMessage "…`).
const IGNORED_HEAD = /^[ \t]*(?:ErrorMessage[ \t]{0,4}")?Exception ignored in\b/;
// An exception's line ends the block: the classes named so, and those raised at the interpreter's shutdown
// (KeyboardInterrupt, SystemExit). Not any "Name:" line: a log's "INFO:root:" or a progress line's "Epoch: 3"
// printed by another process inside the block is not its end, nor a frame's or a traceback's header line.
const EXCEPTION_END = new RegExp(
  String.raw`^[ \t]*${EXCEPTION_MODULE_PATH}(?:${EXCEPTION_CLASS_NAME}(?:Error|Exception|Warning)|KeyboardInterrupt|SystemExit|GeneratorExit|StopAsyncIteration|StopIteration)(?::|[ \t]*$)`,
);
// Python's chain of exceptions inside one block: the block goes on to the chain's last exception.
const CHAIN = /^[ \t]*(?:During handling of the above exception|The above exception was the direct cause)/;
const CHAIN_REACH = 3;
// How far the block may reach for its exception line: a traceback is a few frames; a head with none after it
// is blanked alone.
const MAX_BLOCK = 60;

// The same exception again: the same line but for its numbers (the shard's index, an address).
const signatureOf = (line: string) => line.trim().replace(/\d+/g, '#');
const isTracebackHeader = (line: string) => line.includes(TRACEBACK_HEADER);

// A frame at a module's top level is the program running, never a finaliser or a callback Python ignored.
const MODULE_FRAME = /^[ \t]*File [^\n]{1,400}, in <module>/;

/**
 * Where the block whose head is at `head` ends: its exception's line, or the line before a second traceback; only
 * the head when the traceback under it is the program's own (the head's own lines were cut from the paste).
 */
function blockEnd(lines: readonly string[], head: number): { end: number; exception?: string } {
  let headers = 0;
  for (let j = head + 1; j < lines.length && j <= head + MAX_BLOCK; j += 1) {
    const line = lines[j] ?? '';
    if (MODULE_FRAME.test(line)) return { end: head };
    if (isTracebackHeader(line) && ++headers > 1) return { end: j - 1 };
    if (EXCEPTION_END.test(line)) {
      const chained = lines.slice(j + 1, j + 1 + CHAIN_REACH).findIndex((next) => CHAIN.test(next));
      if (chained < 0) return { end: j, exception: line };
      // The chain's next traceback belongs to the same block.
      headers = 0;
      j += chained + 1;
    }
  }
  return { end: head };
}

/** The text with each "Exception ignored in" block, and the same exception again, blanked; the same string when it has none. */
export function blankIgnoredExceptions(text: string): string {
  if (!text.includes('Exception ignored in')) return text;
  const lines = text.split('\n');
  const ignored = new Set<string>();
  // The first frame of each ignored traceback: the same traceback again, its head cut from the paste, is ignored too.
  const ignoredFrames = new Set<string>();
  // Inside a traceback no ignored head opened: its exception line is the program's.
  let ownTraceback = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const repeated = isTracebackHeader(line) && ignoredFrames.has(signatureOf(lines[i + 1] ?? ''));
    if (IGNORED_HEAD.test(line) || repeated) {
      const { end, exception } = blockEnd(lines, i);
      if (exception !== undefined) ignored.add(signatureOf(exception));
      const firstFrame = lines.slice(i + 1, end + 1).find((l) => l.trimStart().startsWith('File '));
      if (firstFrame !== undefined) ignoredFrames.add(signatureOf(firstFrame));
      for (let k = i; k <= end; k += 1) lines[k] = blankWords(lines[k] ?? '');
      i = end;
      ownTraceback = false;
      continue;
    }
    if (isTracebackHeader(line)) ownTraceback = true;
    else if (EXCEPTION_END.test(line)) {
      if (!ownTraceback && ignored.has(signatureOf(line))) lines[i] = blankWords(line);
      ownTraceback = false;
    }
  }
  return lines.join('\n');
}
