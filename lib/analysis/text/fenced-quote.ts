// A post's Markdown code blocks hold what its writer copied from the job, the console or a log; the prose around them is the
// writer's account: what they tried ("bumped VolumeSizeInGB in case the download was running out of space"), what they
// ruled out ("it's not OOM"), their guess ("I assumed spot was just out of capacity"). Read as findings, those words
// outrank the error they surround (the eighty-seventh review). So a post with a code block is read for what it quotes:
// its blocks, its inline code spans, and the lines of its prose that quote an error in the error's own shape ("… the last
// line is botocore.exceptions.ClientError: An error occurred (ExpiredToken) …", "FailureReason: InternalServerError: …"),
// for the block may hold only the generic reason and the prose the log's line that says why (the eighty-eighth review).
// Nearest the job's own words first (the ninetieth and ninety-third reviews): the blocks carrying SageMaker's FailureReason
// label, then every block, then the prose's error lines too, each such quote deciding when it says why; then each block and
// line alone (one's wrapper may hide another's words); then the whole quote, inline spans too, which may be names the writer
// mentions in passing ("last week we hit `ResourceLimitExceeded`"). When the quote says no cause, the post is read without
// the writer's own code (classify-text.ts).
// A block opens with three or more backticks or tildes, a language tag or (as Slack writes it) the quote's first words
// after them on the same line, and closes with the same fence alone on its line or at the end of the quote's last line.
// A block left open runs to the end of the post. A block tagged as source code or configuration holds the writer's code
// (a retry helper naming ThrottlingException, a policy they pasted), not what the job printed, unless it holds an error's
// report all the same (a traceback pasted under ```python).

const OPENING = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/;
// What may follow an opening fence and still be a tag: one word, no space, no colon ("python", "text", "console").
const LANGUAGE_TAG = /^[\w+#.-]{0,20}$/;
const CODE_TAG = /^(?:python|py|python3|ipython|json|jsonc|ya?ml|hcl|terraform|tf|dockerfile|docker|javascript|js|typescript|ts|java|go|scala|r|toml|ini|cfg)$/i;
// An error's report in its own shape: a Python traceback's head, an exception or SageMaker class with its message after a
// colon, botocore's "An error occurred (Code)" or its sentence's tail ("GetBucketLocation operation: Access Denied", an issue's
// title, the hundred-and-thirty-third review), a FailureReason's label.
const ERROR_REPORT = /Traceback \(most recent call last\)|\b[A-Z][a-z]{1,20}(?:[A-Z][a-z0-9]{0,20}){1,6} operation: \S|\b[A-Z]\w{1,80}(?:Error|Exception|Exceeded)\b:[ \t]{1,4}\S|\bAn error occurred \(\w{1,100}\)|\bFailureReason\b"?:[ \t]{0,4}\S/;
const INLINE_SPAN = /`([^`\n]{1,2000})`/g;
const MAX_LINES = 2000;

interface Block {
  fence: string;
  tag: string;
  lines: string[];
}

// How near a piece is to the job's own words: a block that carries SageMaker's FailureReason label, or a prose line with the
// reason after the label in the reason's own shape ("FailureReason: InternalServerError: …"), is the job's report; a
// block is what the writer copied; a prose line in an error's shape copies too, though the sentence around it may say it is
// past ("Before the retry fix we had … ThrottlingException …. That's gone now", the ninetieth and ninety-third reviews); an
// inline code span may be a name mentioned in passing ("last week we hit `ResourceLimitExceeded`", "it's not a `CUDA out of
// memory`").
const LABELLED = 0;
const BLOCK = 1;
const PROSE_LINE = 2;
const MENTIONED = 3;
const FAILURE_REASON_LABEL = /\bFailureReason\b"?:[ \t]{0,4}\S/;
const LABELLED_REASON = /\bFailureReason\b"?:[ \t]{0,4}[A-Z]\w{1,80}:/;

interface Piece {
  text: string;
  rank: number;
}

/** What a post with a code block quotes, or undefined when it is no such post. */
export interface FencedPost {
  /** Its blocks, inline spans and error lines, in order, joined by a blank line ('' when every block was the writer's code). */
  readonly quote: string;
  /** Narrower quotes to read first, nearest the job's own words first: the labelled blocks, then all blocks, then the error lines too. */
  readonly narrower: readonly string[];
  /** The blocks and error lines one by one, when there are several: each may say why where together they do not. */
  readonly copied: readonly string[];
  /** The post without the blocks of the writer's own code, when any was left out: what to read when the quote says nothing. */
  readonly withoutCode?: string;
}

/** A post with a code block, read into its quote (its blocks, inline spans and error lines) and its prose. */
export function fencedQuote(text: string): FencedPost | undefined {
  if (!text.includes('```') && !text.includes('~~~')) return undefined;
  const pieces: Piece[] = [];
  const kept: string[] = [];
  let open: (Block & { raw: string[] }) | undefined;
  let prose = false;
  let blocks = 0;
  let leftOut = false;
  const close = (block: Block & { raw: string[] }) => {
    blocks += 1;
    const body = block.lines.join('\n');
    if (CODE_TAG.test(block.tag) && !ERROR_REPORT.test(body)) {
      leftOut = true;
      return;
    }
    // A block tagged as code that reports an error anyway may be a traceback pasted under ```python, or the writer's code
    // with an old error in a comment ("# was failing with: … AccessDenied …", the ninetieth review): weighed as a prose line.
    const rank = FAILURE_REASON_LABEL.test(body) ? LABELLED : CODE_TAG.test(block.tag) ? PROSE_LINE : BLOCK;
    pieces.push({ text: body, rank });
    kept.push(...block.raw);
  };
  for (const line of text.split('\n', MAX_LINES)) {
    if (open) {
      open.raw.push(line);
      const closed = closingOf(line, open.fence);
      if (closed === undefined) open.lines.push(line);
      else {
        if (closed !== '') open.lines.push(closed);
        close(open);
        open = undefined;
      }
      continue;
    }
    const opening = OPENING.exec(line);
    if (!opening) {
      kept.push(line);
      if (line.trim() === '') continue;
      prose = true;
      pieces.push(...proseQuotes(line));
      continue;
    }
    const fence = opening[1]!;
    const rest = opening[2]!.trim();
    if (LANGUAGE_TAG.test(rest)) {
      open = { fence, tag: rest, lines: [], raw: [line] };
      continue;
    }
    // Slack's form: the quote starts on the fence's line, and may end there ("```ResourceLimitExceeded: …```").
    const sameLine = closingOf(rest, fence);
    if (sameLine !== undefined) close({ fence, tag: '', lines: [sameLine], raw: [line] });
    else open = { fence, tag: '', lines: [rest], raw: [line] };
  }
  if (open) close(open);
  if (!prose || blocks === 0) return undefined;
  const upTo = (rank: number) => joined(pieces.filter((p) => p.rank <= rank));
  const quote = upTo(MENTIONED);
  const narrower = [...new Set([upTo(LABELLED), upTo(BLOCK), upTo(PROSE_LINE)])].filter((q) => q !== '' && q !== quote);
  if (quote === '' && !leftOut) return undefined;
  const copied = pieces.filter((p) => p.rank <= PROSE_LINE && p.text.trim() !== '').map((p) => p.text);
  return { quote, narrower, copied: copied.length > 1 ? copied : [], ...(leftOut ? { withoutCode: kept.join('\n') } : {}) };
}

function joined(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => p.text)
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

/** A prose line's quotes: the whole line when it reports an error in the error's shape, else its inline code spans. */
function proseQuotes(line: string): Piece[] {
  if (ERROR_REPORT.test(line)) {
    // A label in the prose is the job's report only with the reason after it in the reason's own shape ("… went to Failed with
    // FailureReason: InternalServerError: …"); otherwise it is the writer's sentence about a reason ("Last week the
    // FailureReason: was `ResourceLimitExceeded`", the ninety-third review), copied as any error line is.
    const text = line.replace(/`/g, '');
    return [{ text, rank: LABELLED_REASON.test(text) ? LABELLED : PROSE_LINE }];
  }
  return [...line.matchAll(INLINE_SPAN)].map((m) => ({ text: m[1]!, rank: MENTIONED }));
}

/** The line's words before a closing fence, '' for a fence alone, or undefined when the line does not close the block. */
function closingOf(line: string, fence: string): string | undefined {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith(fence[0]!.repeat(3))) return undefined;
  const body = trimmed.replace(/[`~]{3,}$/, '');
  // A fence alone closes only with at least as many marks as opened it; words before it are Slack's closing.
  if (body.trim() === '') return trimmed.trim().length >= fence.length ? '' : undefined;
  return body;
}
