import { describe, expect, it } from 'vitest';
import { conditionBefore } from './condition-clause';

const at = (text: string, report: string) => text.indexOf(report);

describe('conditionBefore', () => {
  it("finds an 'if' or 'unless' clause on the report's line, within its reach", () => {
    const text = 'If your role does not have kms:Decrypt access to the key, the job will fail';
    expect(conditionBefore({ reach: 160 })(text, at(text, 'does not have'))).toBe(true);
    expect(conditionBefore({ reach: 5 })(text, at(text, 'does not have'))).toBe(false);
  });

  it("reads 'when' as a condition only where the reading says so", () => {
    const text = 'Deploy step failed when creating model X - the execution role does not have iam:PassRole';
    expect(conditionBefore({ reach: 160 })(text, at(text, 'does not have'))).toBe(false);
    expect(conditionBefore({ reach: 160, when: true })(text, at(text, 'does not have'))).toBe(true);
  });

  it('ends the clause at a sentence, a new line and, unless told otherwise, a colon', () => {
    const sentence = 'Check if it ran. The role does not have s3:GetObject';
    expect(conditionBefore({ reach: 160 })(sentence, at(sentence, 'does not have'))).toBe(false);
    const line = 'Check whether it ran\nThe role does not have s3:GetObject';
    expect(conditionBefore({ reach: 160 })(line, at(line, 'does not have'))).toBe(false);
    const colon = 'If the job fails, the log says: Insufficient capacity';
    expect(conditionBefore({ reach: 160 })(colon, at(colon, 'Insufficient'))).toBe(false);
    expect(conditionBefore({ reach: 160, colonEnds: false })(colon, at(colon, 'Insufficient'))).toBe(true);
  });
});
