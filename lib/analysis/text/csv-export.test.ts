import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';
import { unCsvExport } from './csv-export';

// A log saved from the CloudWatch console as CSV, as aws/sagemaker-python-sdk#605 quotes one.
describe("a CloudWatch console's CSV export", () => {
  it('gives back each event as the job printed it', () => {
    const exported = [
      '2020-08-11 16:26:05.459,import',
      '2020-08-11 16:26:10.585,"10.32.0.2 - - [11/Aug/2020:16:26:09 +0000] ""GET /ping HTTP/1.1"" 504 192 ""-"" ""AHC/2.0"""',
    ].join('\n');
    expect(unCsvExport(exported)).toBe('import\n10.32.0.2 - - [11/Aug/2020:16:26:09 +0000] "GET /ping HTTP/1.1" 504 192 "-" "AHC/2.0"');
  });

  it('keeps a message that spans lines, the header row off, and commas of an unquoted message', () => {
    const exported = '@timestamp,@message\n2024-01-29 10:12:15.123,"Traceback (most recent call last):\n  File ""train.py"", line 3\nKeyError: x"\n2024-01-29 10:12:15.124,a, b';
    expect(unCsvExport(exported)).toBe('Traceback (most recent call last):\n  File "train.py", line 3\nKeyError: x\na, b');
  });

  it('reads the job\'s own words in it', () => {
    const failure = "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied";
    expect(causeOf(`2024-01-29 10:12:15.123,"${failure.replace(/"/g, '""')}"`)).toBe('s3-read');
    expect(causeOf('2024-01-29 10:12:15.123,"ValueError: ""x"", not a number"\n2024-01-29 10:12:15.200,Traceback end')).toBe(causeOf('ValueError: "x", not a number\nTraceback end'));
  });

  it.each([
    // Python logging's stamp has a comma before its milliseconds: a log line, not a field.
    ["Python logging's stamp", '2024-01-29 10:12:15,123 ERROR boom'],
    // A quote left open, or a later line that is not an event: only starts like an export.
    ['a quote left open', '2024-01-29 10:12:15.123,"never closed\nmore'],
    ['a later line that is not an event', '2024-01-29 10:12:15.123,first\nsecond line'],
  ])('leaves %s as it is', (_name, text) => {
    expect(unCsvExport(text)).toBe(text);
  });
});
