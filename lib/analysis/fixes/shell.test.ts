import { describe, expect, it } from 'vitest';
import { cliDocument } from '../test-support/apply-fix';
import { command, shellQuote } from './shell';

describe('shellQuote', () => {
  it.each([
    ['ml-train', 'ml-train'],
    ['arn:aws:iam::111122223333:policy/Data_Science+Boundary', 'arn:aws:iam::111122223333:policy/Data_Science+Boundary'],
    ['two words', "'two words'"],
    ['$(rm -rf ~)', "'$(rm -rf ~)'"],
    ["it's", "'it'\\''s'"],
  ])('%s -> %s', (input, quoted) => {
    expect(shellQuote(input)).toBe(quoted);
  });

  it('a policy document with quotes, dollars and backticks survives the round trip', () => {
    const policy = { Version: '2012-10-17', Statement: [{ Sid: "Team's `data` $HOME", Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
    const cli = command(['aws', 'iam', 'put-role-policy', '--role-name', 'r', '--policy-name', 'p', '--policy-document', JSON.stringify(policy)]);
    expect(cli.startsWith('aws iam put-role-policy --role-name r --policy-name p --policy-document \'')).toBe(true);
    expect(cliDocument(cli)).toEqual(policy);
  });
});
