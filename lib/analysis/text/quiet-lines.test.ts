import { describe, expect, it } from 'vitest';
import { blankQuietLines, withoutWarningLines } from './quiet-lines';

describe('blankQuietLines', () => {
  it("blanks a line logged at INFO or DEBUG, keeping its length and punctuation", () => {
    const line = '[2023-10-16:12:06:50:INFO] Failed to parse hyperparameter objective value reg:squarederror to Json.';
    const text = `${line}\nValueError: bad`;
    const blanked = blankQuietLines(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toMatch(/^\[0000-00-00:00:00:00:xxxx\] xxxxxx xx xxxxx/);
    expect(blanked.endsWith('\nValueError: bad')).toBe(true);
  });

  it('keeps a quiet line that names an exception or an error class', () => {
    const text = '2022-12-15 12:37:17 INFO [ssm-agent-worker] Entering SSM Agent hibernate - ThrottlingException: Rate exceeded';
    expect(blankQuietLines(text)).toBe(text);
  });

  it('reads the level only near the start of a line, and only in capitals', () => {
    const prose = 'ValueError: see the log for more info about INFO';
    expect(blankQuietLines(prose)).toBe(prose);
    const late = `ValueError: ${'x'.repeat(90)} INFO`;
    expect(blankQuietLines(late)).toBe(late);
  });
});

describe('withoutWarningLines', () => {
  it('drops the lines logged at WARN or WARNING and keeps the rest', () => {
    const text = '23/10/16 12:07:00 WARN Client: falling back to uploading libraries\n403 Forbidden: Access Denied';
    expect(withoutWarningLines(text)).toBe('\n403 Forbidden: Access Denied');
  });
});
