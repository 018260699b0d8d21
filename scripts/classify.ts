/**
 * `npm run --silent classify`: the text layer of the diagnosis engine as a filter.
 *
 * Reads JSON lines `{"id": "...", "text": "..."}` on stdin (a FailureReason or a log excerpt) and
 * writes one JSON line per input: `{"id", "cause", "confidence", "action"?, "resource"?,
 * "policyType"?}`. It calls the same `classifyText` the dashboard uses, so the CLI and the page
 * never disagree. Input is streamed line by line, so a large file never sits in memory.
 *
 * Blank lines and a leading byte-order mark are ignored. A malformed line (bad JSON, no id, no text) is reported on stderr with
 * its line number and skipped; the rest still run and the exit code stays 0, because one bad line
 * in a bulk export should not throw away the verdicts for the good ones.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { classifyText } from '../lib/analysis/classify-text';

interface ClassifiedLine {
  id: string | number;
  cause: string;
  confidence: string;
  action?: string;
  resource?: string;
  policyType?: string;
}

type LineResult = { ok: true; output: ClassifiedLine } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One input line to its verdict, or the reason it cannot be read. */
function classifyLine(line: string): LineResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(parsed)) return { ok: false, reason: 'expected a JSON object with "id" and "text"' };
  const { id, text } = parsed;
  // 1e400 parses to Infinity, which JSON.stringify writes back as null: the verdict would lose its id.
  if (!((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    return { ok: false, reason: 'missing "id" (a non-empty string or a finite number)' };
  }
  if (typeof text !== 'string') return { ok: false, reason: 'missing "text" (a string)' };

  const diagnosis = classifyText({ failureReason: text });
  const denied = diagnosis.deniedRequest;
  return {
    ok: true,
    output: {
      id,
      cause: diagnosis.cause,
      confidence: diagnosis.confidence,
      ...(denied?.action ? { action: denied.action } : {}),
      ...(denied?.resource ? { resource: denied.resource } : {}),
      ...(denied?.policyType ? { policyType: denied.policyType } : {}),
    },
  };
}

/** Writes respecting backpressure, so piping into a slow reader does not buffer everything. */
async function writeLine(text: string): Promise<void> {
  if (!process.stdout.write(`${text}\n`)) await once(process.stdout, 'drain');
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    // Files saved by Windows tools start with a byte-order mark, which JSON.parse refuses.
    const raw = lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (raw.trim() === '') continue;
    let result: LineResult;
    try {
      result = classifyLine(raw);
    } catch (error) {
      // A rule fault on one text must not stop the batch.
      result = { ok: false, reason: `could not classify (${error instanceof Error ? error.message : String(error)})` };
    }
    if (result.ok) await writeLine(JSON.stringify(result.output));
    else process.stderr.write(`classify: line ${lineNumber}: ${result.reason}; skipped\n`);
  }
}

// A reader that goes away early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().catch((error: unknown) => {
  process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
