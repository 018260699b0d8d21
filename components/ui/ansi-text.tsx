import { parseAnsi, type AnsiColor } from './ansi';

/** Colours readable on the log panel's dark background; bright variants a shade lighter. */
const FG: Record<AnsiColor, [string, string]> = {
  black: ['text-slate-400', 'text-slate-300'],
  red: ['text-red-400', 'text-red-300'],
  green: ['text-green-400', 'text-green-300'],
  yellow: ['text-yellow-300', 'text-yellow-200'],
  blue: ['text-blue-400', 'text-blue-300'],
  magenta: ['text-fuchsia-400', 'text-fuchsia-300'],
  cyan: ['text-cyan-400', 'text-cyan-300'],
  white: ['text-slate-100', 'text-white'],
};

/** A log line with its ANSI colours as spans. Every piece is a React text node: HTML stays literal. */
export function AnsiText({ text }: { text: string }) {
  return (
    <>
      {parseAnsi(text).map((segment, i) => {
        const classes = [segment.fg ? FG[segment.fg][segment.bright ? 1 : 0] : '', segment.bold ? 'font-bold' : ''].join(' ').trim();
        return classes ? (
          <span key={i} className={classes}>
            {segment.text}
          </span>
        ) : (
          <span key={i}>{segment.text}</span>
        );
      })}
    </>
  );
}
