import { describe, expect, it } from 'vitest';
import { blankQuietLines, isLoggedBelowErrorAt, isWarningLineAt, withoutWarningLines } from './quiet-lines';

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

  it("reads a structured logger's level field, logfmt's and JSON's, in lower case", () => {
    const logfmt = 'time="2024-05-02T10:00:01Z" level=info msg="could not connect, retrying"';
    expect(blankQuietLines(`${logfmt}\nValueError: bad`)).toMatch(/^xxxx="0000-00-00x00:00:00x" xxxxx=xxxx xxx="xxxxx xxx xxxxxxx, xxxxxxxx"\nValueError: bad$/);
    const json = '{"time":"2024-05-02T10:00:01Z","level":"debug","msg":"could not connect"}';
    expect(blankQuietLines(json)).not.toContain('connect');
    // A command line's flag is not the line's level.
    const flag = '/usr/bin/python3 train.py --log-level=info --epochs 3';
    expect(blankQuietLines(flag)).toBe(flag);
  });

  it("blanks the throwable under an AWS SDK logger's INFO record, not under Multi Model Server's own loggers", () => {
    const throwable = 'java.lang.IllegalStateException: Model archive is missing its manifest\n\tat com.amazonaws.ml.mms.archive.ModelArchive.load(ModelArchive.java:93)';
    const sdk = `2020-06-24 16:36:57,511 [INFO ] main com.amazonaws.http.JsonErrorResponseHandler - Unable to read the exception content\n${throwable}`;
    expect(blankQuietLines(sdk)).not.toContain('IllegalStateException');
    // com.amazonaws.ml.mms… and its abbreviation c.a.m.m. are the model server's, whose throwable is its failure.
    const mms = `2020-06-24 16:36:57,511 [INFO ] main com.amazonaws.ml.mms.ModelServer - Failed to load model: Exception\n${throwable}`;
    expect(blankQuietLines(mms)).toContain('IllegalStateException: Model archive is missing its manifest');
    const abbreviated = `2020-06-24 16:36:57,511 [INFO ] [c.a.m.m.ModelServer] - Failed to load model: Exception\n${throwable}`;
    expect(blankQuietLines(abbreviated)).toContain('IllegalStateException: Model archive is missing its manifest');
  });
});

describe('withoutWarningLines', () => {
  it('drops the lines logged at WARN or WARNING and keeps the rest', () => {
    const text = '23/10/16 12:07:00 WARN Client: falling back to uploading libraries\n403 Forbidden: Access Denied';
    expect(withoutWarningLines(text)).toBe('\n403 Forbidden: Access Denied');
  });

  it("drops a structured logger's warning records too", () => {
    const text = 'time="2024-05-02T10:00:01Z" level=warning msg="retrying upload"\n{"level": "warn", "msg": "slow"}\nlevel=error msg="failed"';
    expect(withoutWarningLines(text)).toBe('\n\nlevel=error msg="failed"');
  });
});

describe('isWarningLineAt and isLoggedBelowErrorAt', () => {
  it('take a level field as the line\'s level, and a flag or another field named level as none', () => {
    const text = 'ts=1 level=warn msg="a"\nts=2 lvl=x loglevel=warning msg="b"\npython train.py --log-level=warning\nts=3 level=debug msg="c"';
    const lineOf = (n: number): number => text.split('\n').slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
    expect([0, 1, 2, 3].map((n) => isWarningLineAt(text, lineOf(n)))).toEqual([true, false, false, false]);
    expect([0, 1, 2, 3].map((n) => isLoggedBelowErrorAt(text, lineOf(n)))).toEqual([true, false, false, true]);
  });
});
