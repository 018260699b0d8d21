import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';
import { ALL_FIXTURES } from '../test-support/all-fixtures';

// People redact a failure before they post it: the account ID ("XXXXXXXXXXXX", "************",
// "<account-id>", "{account_id}", "[REDACTED]"), the region ("<region>", "${AWS_REGION}"), the bucket
// and the role ("<bucket-name>", "<role-name>"). A placeholder stands where the name stood; the reading
// (cause, confidence, the denied action and the policy type) must not move. The resource itself is
// the placeholder's, so it is not compared.
const REDACTIONS: { name: string; redact: (t: string) => string }[] = [
  ...['XXXXXXXXXXXX', '************', '<account-id>', '{account_id}', '[REDACTED]'].map((p) => ({ name: `account IDs as ${p}`, redact: (t: string) => t.replace(/\b\d{12}\b/g, p) })),
  ...['<region>', '${AWS_REGION}'].map((p) => ({
    name: `regions as ${p}`,
    redact: (t: string) => t.replace(/\b(?:us|eu|ap|ca|sa|me|af|il|mx)-(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d\b/g, p),
  })),
  { name: 'buckets as <bucket-name>', redact: (t) => t.replace(/(s3:::|s3:\/\/)[a-z0-9][a-z0-9.-]{2,62}/g, '$1<bucket-name>') },
  { name: 'roles as <role-name>', redact: (t) => t.replace(/(:role\/)[\w+=,.@/-]{1,128}/g, '$1<role-name>') },
];

function reading(text: string) {
  const r = classifyText({ failureReason: text });
  return { cause: r.cause, confidence: r.confidence, action: r.deniedRequest?.action, policyType: r.deniedRequest?.policyType };
}

const cases = ALL_FIXTURES.flatMap((f) => REDACTIONS.map((r) => ({ id: f.id, redaction: r.name, text: f.text, redacted: r.redact(f.text) }))).filter((c) => c.redacted !== c.text);

describe('a redacted failure text reads as the text it was', () => {
  it('redacts something in many fixtures (the patterns find what they stand for)', () => {
    expect(cases.length).toBeGreaterThan(200);
  });
  it.each(cases)('$redaction: $id', ({ text, redacted }) => {
    expect(reading(redacted)).toEqual(reading(text));
  });
});
