import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it.each<[Parameters<typeof csvCell>[0], string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded ', '" padded "'],
    ['', ''],
    [undefined, ''],
    [null, ''],
    [true, 'true'],
    [42, '42'],
    [-1, '-1'],
    // Formula injection: shown as text, never evaluated.
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', '"\'\r=1"'],
    // Only the first character matters: a formula sign inside text is just text.
    ['a=b', 'a=b'],
    ['s3://bucket/key', 's3://bucket/key'],
  ])('%j -> %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends, a trailing one included', () => {
    expect(toCsv(['name', 'note'], [['a', 'x,y'], ['b', undefined]])).toBe('name,note\r\na,"x,y"\r\nb,\r\n');
  });

  it('round-trips through a strict RFC 4180 reader', () => {
    const rows = [['job-1', 'He said "no", then left\nfor good'], ['job-2', '=1+2']];
    const text = toCsv(['name', 'summary'], rows);
    expect(parseCsv(text)).toEqual([['name', 'summary'], ['job-1', 'He said "no", then left\nfor good'], ['job-2', "'=1+2"]]);
  });
});

// A small RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}
