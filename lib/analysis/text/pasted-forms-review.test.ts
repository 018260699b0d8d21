import { describe, expect, it } from 'vitest';
import forms from './review-sets/forty-ninth-review-forms.json';
import { causeOf } from '../test-support/text-readings';

// The forty-ninth review (docs/failure-texts.md): 25 ordinary failures of every kind, each rendered by an independent
// reviewer in the forms users paste them in (the SDK's notebook exception, sagemaker-core's, the CLI's JSON, boto3's
// printed dict, Step Functions' and Lambda's records, Airflow's log, a chat message, a Markdown fence, a quoted reply, a
// JSON log record, `aws logs tail`, the console's rows, Logs Insights, the SDK's streamed logs, the lines joined into
// one), labelled before running. Every variant must read as its plain text's label.
const variants = forms as readonly { id: string; text: string; expected: { cause: string } }[];

describe('an ordinary failure reads the same in every form it is pasted in (the forty-ninth review)', () => {
  it('holds every cause the reviewer wrote, in at least eight forms each', () => {
    const bases = variants.filter((v) => v.id.endsWith('-plain'));
    expect(bases.length).toBe(25);
    expect(variants.length).toBeGreaterThanOrEqual(25 * 9);
  });

  it.each(variants.map((v) => [v.id, v.text, v.expected.cause] as const))('%s reads as labelled', (_id, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });
});
