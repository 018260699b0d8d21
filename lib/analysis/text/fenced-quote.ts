// A post's Markdown code blocks hold what its writer copied from the job, the console or a log; the prose around them is the
// writer's account: what they tried ("bumped VolumeSizeInGB in case the download was running out of space"), what they
// ruled out ("it's not OOM"), their guess ("I assumed spot was just out of capacity"). Read as findings, those words
// outrank the error they surround (the eighty-seventh review). The blocks, read alone, are the quote: when they say a
// cause, it is the post's; when they say none (the writer's own code, or a reason with no detail), the whole post is read.
// A block opens with three or more backticks or tildes, a language tag or (as Slack writes it) the quote's first words
// after them on the same line, and closes with the same fence alone on its line or at the end of the quote's last line.
// A block left open runs to the end of the post.

const OPENING = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/;
// What may follow an opening fence and still be a tag: one word, no space, no colon ("python", "text", "console").
const LANGUAGE_TAG = /^[\w+#.-]{0,20}$/;
const MAX_LINES = 2000;

interface Block {
  fence: string;
  lines: string[];
}

/** The text of the post's code blocks, joined by blank lines, when there is prose outside them; otherwise undefined. */
export function fencedQuote(text: string): string | undefined {
  if (!text.includes('```') && !text.includes('~~~')) return undefined;
  const lines = text.split('\n', MAX_LINES);
  const blocks: string[] = [];
  let open: Block | undefined;
  let prose = false;
  for (const line of lines) {
    if (open) {
      const closed = closingOf(line, open.fence);
      if (closed === undefined) {
        open.lines.push(line);
        continue;
      }
      if (closed !== '') open.lines.push(closed);
      blocks.push(open.lines.join('\n'));
      open = undefined;
      continue;
    }
    const opening = OPENING.exec(line);
    if (!opening) {
      if (line.trim() !== '') prose = true;
      continue;
    }
    const fence = opening[1]!;
    const rest = opening[2]!.trim();
    if (LANGUAGE_TAG.test(rest)) {
      open = { fence, lines: [] };
      continue;
    }
    // Slack's form: the quote starts on the fence's line, and may end there ("```ResourceLimitExceeded: …```").
    const sameLine = closingOf(rest, fence);
    if (sameLine !== undefined) blocks.push(sameLine);
    else open = { fence, lines: [rest] };
  }
  if (open) blocks.push(open.lines.join('\n'));
  const quote = blocks.filter((b) => b.trim() !== '').join('\n\n');
  return prose && quote !== '' ? quote : undefined;
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
