import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { ALL_FIXTURES } from '../test-support/all-fixtures';
import { fixtureText } from '../test-support/text-readings';

const FIXTURES = ALL_FIXTURES;
const real = fixtureText(FIXTURES);

const causeOf = (text: string) => classifyText({ failureReason: text }).cause;

/** The text hard-wrapped at `width` columns at spaces, as a terminal's copy or a page's code block does. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + word.length + 1 > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

describe('a failure reason hard-wrapped at a width', () => {
  it.each([
    ['clarify-vpc-two-az-subnets', 100, 'vpc'],
    ['hyperpod-kueue-borrowing-limit-exceeded', 80, 'quota'],
    ['custom-container3-request-to-service-failed', 80, 'internal'],
    ['autogluon-cloud133-token-expired', 80, 'expired-credentials'],
    ['k8s-operator22-no-route', 80, 'vpc'],
    ['dsoaws223-pipeline-role-insufficient-title', 100, 'other-permission'],
    // Wrapped, these read a weaker cause from a broken sentence (an exception's class alone, "quota" without
    // "disk"); joined, the sentence's own reading is stronger and wins.
    ['mmdet12069-errno-122-disk-quota-title', 80, 'disk-space'],
    ['serverless-patterns-docker-tar-no-space', 80, 'disk-space'],
    ['setfit438-hf-task-env-required', 80, 'validation'],
    ['hf-inference31-cant-load-tokenizer-model-dir', 80, 'data'],
    // A word longer than the width (an image URI) on a line of its own, the line before it cut short.
    ['crpbot-dlc-manifest-unknown', 80, 'ecr'],
    ['crpbot-dlc-manifest-unknown', 100, 'ecr'],
    // The wrap fell before a "key:"-like word ("not\nfound: manifest unknown"), and the SDK's exception around
    // the reason was cut across lines too, so the reason's first line is the rest of a cut one.
    ['examples2525-processing-manifest-unknown', 80, 'ecr'],
    ['examples2525-processing-manifest-unknown', 120, 'ecr'],
    // botocore's sentence cut before "operation:": the operation names the request in both readings' words.
    ['gt-workflow2-lambda-assumerole-denied', 100, 'trust-policy'],
    ['dclm29-listobjectsv2-denied', 100, 's3-read'],
    // The console's label on a line of its own above the wrapped reason.
    ['smex275-endpoint-images-exist-permissions', 100, 'ecr'],
  ])('%s at %i columns reads as written, joined back', (id, width, cause) => {
    const wrapped = wrap(real(id), width);
    expect(wrapped).not.toBe(real(id));
    expect(causeOf(wrapped)).toBe(cause);
  });

  // Over every fixture and three widths, the join only ever gives back the fixture's own reading. The same
  // wrapped text with a blank line and a line after it is not a paragraph (a blank line starts a record, and a
  // timestamp would come off with the other log prefixes), so it is read without the join.
  it.each([80, 100, 120])('gives back only the fixture\'s own cause, at %i columns', (width) => {
    const other = FIXTURES.flatMap((f) => {
      const wrapped = wrap(f.text, width);
      if (wrapped === f.text) return [];
      const [joined, unjoined] = [causeOf(wrapped), causeOf(`${wrapped}\n\n-`)];
      return joined !== unjoined && joined !== 'unknown' && joined !== f.expected.cause ? [`${f.id}: ${unjoined} -> ${joined}`] : [];
    });
    expect(other).toEqual([]);
  });

  // Two lines at a width no tool wraps at (90) count as a wrap when the first stops mid-sentence and the next
  // goes on in lower case.
  it('joins two lines cut mid-sentence at any width', () => {
    const text = real('serverless-patterns-docker-tar-no-space');
    const wrapped = wrap(text, 90);
    expect(wrapped.split('\n')).toHaveLength(2);
    expect(wrapped).toMatch(/[^.!?:;]\n[a-z]/);
    expect(causeOf(wrapped)).toBe('disk-space');
  });

  // Kueue's admission report (a fixture), cut where a terminal 60 columns wide cuts it.
  const cut = "couldn't assign flavors to pod set worker: borrowing limit for\nnvidia.com/gpu in flavor ml.g5.8xlarge exceeded";
  it('joins a paragraph cut at a width', () => {
    expect(causeOf(cut)).toBe('quota');
  });

  // (A timestamp, an MPI tag or a shared indent before every line is a log viewer's prefix, taken off before
  // the lines are read, so the paragraph under it is joined all the same.)
  it.each([
    ['an exception', 'ValueError: '],
    ["the SDK's status line", 'Failed - '],
    ['a traceback', 'Traceback (most recent call last): '],
    ["a logfmt record's time", 'time="2024-05-02T10:00:02Z" msg='],
    ["a logfmt record's level", 'level=error msg='],
    ['a JSON record', '{"msg": '],
  ])('does not join a line that starts a record of its own (%s)', (_name, start) => {
    const [first, second] = cut.split('\n');
    expect(causeOf(`${first}\n${start}${second}`)).not.toBe('quota');
  });

  // Two lines at a common width are two messages as often as a wrap: a name or a label starting the second
  // joins it only when the first stops mid-sentence.
  it('joins a second line that starts with a label only after a sentence cut in two', () => {
    const cutAtLabel = 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject\noperation: Access Denied';
    expect(causeOf(cutAtLabel)).toBe('s3-read');
    // Joined, this one would read the same request; as two lines whose second starts a label of its own, it is two.
    const twoMessages = cutAtLabel.replace('\noperation:', '\nOperation:');
    expect(causeOf(twoMessages.replace('\n', ' '))).toBe('s3-read');
    expect(causeOf(twoMessages)).not.toBe('s3-read');
  });

  // Two logfmt records (Go's loggers, the Kubernetes agents): the first warned and went on, the second ended the run.
  // Joined as one sentence, the warned denial's action would decide.
  it('reads two structured records as two, the warned one passed over', () => {
    const records = [
      'time="2024-05-02T10:00:01Z" level=warning msg="An error occurred (AccessDenied) when calling the PutObject operation: Access Denied"',
      'time="2024-05-02T10:00:02Z" level=error msg="An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist"',
    ];
    expect(causeOf(records.join('\n'))).toBe('data');
  });
});

// A terminal or a console that cuts at a column, inside words.
const cutAt = (text: string, width: number): string => text.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? text;

describe('a failure reason cut at a column, inside words', () => {
  it('joins the cut words back: the action and the policy type read whole', () => {
    const denial =
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/AmazonSageMaker-ExecutionRole-20240101T000000/SageMaker is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-ml-artifacts/output/job-1/output/model.tar.gz" with an explicit deny in a service control policy';
    for (const width of [80, 120]) {
      const d = classifyText({ failureReason: cutAt(denial, width) });
      expect({ cause: d.cause, action: d.deniedRequest?.action, policyType: d.deniedRequest?.policyType }).toEqual({ cause: 'scp', action: 's3:PutObject', policyType: 'scp' });
    }
  });

  it('leaves two lines alone: a word wrap fills a line to the column by chance', () => {
    const text = real('serverless-patterns-docker-tar-no-space');
    expect(causeOf(cutAt(text, 80))).toBe('disk-space');
  });

  // Over every fixture and three widths, the join only ever gives back the fixture's own reading (the same
  // text with a blank line and a line after it is read without the join).
  it.each([80, 100, 120])("gives back only the fixture's own cause, at %i columns", (width) => {
    const other = FIXTURES.flatMap((f) => {
      if (f.text.includes('\n')) return [];
      const cut = cutAt(f.text, width);
      const [joined, unjoined] = [causeOf(cut), causeOf(`${cut}\n\n-`)];
      return joined !== unjoined && joined !== 'unknown' && joined !== f.expected.cause ? [`${f.id}: ${unjoined} -> ${joined}`] : [];
    });
    expect(other).toEqual([]);
  });
});

