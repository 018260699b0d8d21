import { describe, expect, it } from 'vitest';
import { causeOf } from '../test-support/text-readings';
import { stripLinePrefixes } from './line-prefixes';

// A failure text quoted on a page or in a one-line JSON field often has its lines joined by spaces, or
// every line indented (a Markdown code block). The readings that leaned on a line break read the same
// text either way; the fixtures' multi-line texts were checked joined (all but two read the same: TGI's
// launcher line and setuptools' "running …" line are line-anchored by design).

describe('lines joined by a space', () => {
  it.each([
    // S3 clients' field list on one line: the operation still names the request.
    ['the fields of a failed S3 request', 'AccessDenied: Access Denied Operation: HeadObject Bucket: your-bucket-name Key: your-object-key', 's3-read'],
    // The Go SDK's code with an empty message, its details line joined.
    ["the Go SDK's empty-message code", 's3aws: SlowDown: status code: 503, request id: 1A2B, host id: x', 'throttling'],
    // SageMaker's status line and the runtime's exec error in one sentence pair: the exec error, not the image.
    ['a status line then an exec error', '2019-05-09 14:22:17 Training - Downloading the training image. exec: "train": executable file not found in $PATH', 'user-code'],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it('still reads an image that is not found, its URI holding dots', () => {
    expect(causeOf('ClientError: The training image 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-algo:1.0 does not exist.')).toBe('ecr');
  });

  it('reads the operation only where its value ends the field', () => {
    expect(causeOf('AccessDenied: Access Denied. The Operation: field is missing from this report')).not.toBe('s3-read');
  });
});

describe('an indent every line shares', () => {
  it('is taken off, as a Markdown code block adds it', () => {
    expect(stripLinePrefixes('    Invalid ML instance type.\n    Please retry.')).toBe('Invalid ML instance type.\nPlease retry.');
    expect(causeOf('    Invalid combination: instance m5 and Cuda 12.2. Please provide a supported configuration for this region.')).toBe('validation');
  });

  it("keeps the text's own indentation under a line that has none", () => {
    const traceback = 'Traceback (most recent call last):\n  File "train.py", line 3, in <module>\nKeyError: x';
    expect(stripLinePrefixes(traceback)).toBe(traceback);
  });

  it('takes only the indent all non-blank lines share, blank lines included', () => {
    expect(stripLinePrefixes('    a\n\n      b\n    c')).toBe('a\n\n  b\nc');
    expect(stripLinePrefixes('\t\tx\n\ty')).toBe('\tx\ny');
  });
});
