/**
 * A tiny ANSI SGR reader for log lines: colour codes become styled segments, every other escape
 * sequence is dropped. Output is plain strings plus style names, so the caller renders text nodes
 * and untrusted log content never becomes markup.
 */
export type AnsiColor = 'black' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'white';

export interface AnsiSegment {
  text: string;
  fg?: AnsiColor;
  bright?: boolean;
  bold?: boolean;
}

const COLORS: AnsiColor[] = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

// CSI sequences (ESC [ params final), OSC sequences (ESC ] ... BEL/ST) and lone two-byte escapes.
const ESCAPE = /\u001b\[([0-9;?]*)([@-~])|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]?/g;

interface Style {
  fg?: AnsiColor;
  bright?: boolean;
  bold?: boolean;
}

export function parseAnsi(input: string): AnsiSegment[] {
  const segments: AnsiSegment[] = [];
  let style: Style = {};
  let last = 0;
  for (const match of input.matchAll(ESCAPE)) {
    push(segments, input.slice(last, match.index), style);
    last = match.index + match[0].length;
    if (match[2] === 'm') style = applySgr(style, match[1] ?? '');
  }
  push(segments, input.slice(last), style);
  return segments;
}

/** The text with every escape sequence removed: what a copy or a search should see. */
export function stripAnsi(input: string): string {
  return parseAnsi(input)
    .map((s) => s.text)
    .join('');
}

function push(segments: AnsiSegment[], text: string, style: Style): void {
  if (text === '') return;
  const previous = segments[segments.length - 1];
  if (previous && previous.fg === style.fg && previous.bright === style.bright && previous.bold === style.bold) {
    previous.text += text;
    return;
  }
  const segment: AnsiSegment = { text };
  if (style.fg) segment.fg = style.fg;
  if (style.bright) segment.bright = true;
  if (style.bold) segment.bold = true;
  segments.push(segment);
}

function applySgr(style: Style, params: string): Style {
  const codes = params === '' ? [0] : params.split(';').map((p) => (p === '' ? 0 : Number(p)));
  let next: Style = { ...style };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) next = {};
    else if (code === 1) next.bold = true;
    else if (code === 22) delete next.bold;
    else if (code === 39) {
      delete next.fg;
      delete next.bright;
    } else if (code >= 30 && code <= 37) {
      next.fg = COLORS[code - 30];
      delete next.bright;
    } else if (code >= 90 && code <= 97) {
      next.fg = COLORS[code - 90];
      next.bright = true;
    } else if (code === 38 || code === 48) {
      // 256-colour and true-colour forms carry extra parameters; skip them rather than misread them.
      i += codes[i + 1] === 5 ? 2 : codes[i + 1] === 2 ? 4 : 1;
    }
  }
  return next;
}
