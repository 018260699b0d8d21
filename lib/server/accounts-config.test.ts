import { describe, expect, it } from 'vitest';
import { AccountsConfigError, orderedAccounts, parseAccountsConfig, readAccountsConfig } from './accounts-config';
import { checkAccountsAtStartup } from './accounts-startup';

const ROLE = 'arn:aws:iam::222233334444:role/JobtriageRead';

const YAML = `
defaultAccount: ml-research
accounts:
  - name: ml-platform
    accountId: "111122223333"
    regions: [us-east-1, eu-west-1]
  - name: ml-research
    accountId: "222233334444"
    readRoleArn: ${ROLE}
    externalId: jobtriage-ml-research
    regions:
      - us-east-1
      - us-east-1
`;

describe('JOBTRIAGE_CONFIG', () => {
  it('reads YAML: accounts, their role, ExternalId and regions (repeats dropped), and the default named by name', () => {
    const config = parseAccountsConfig(YAML, '/etc/jobtriage/accounts.yaml');
    expect(config.defaultAccountId).toBe('222233334444');
    expect(config.accounts[1]).toEqual({ name: 'ml-research', accountId: '222233334444', readRoleArn: ROLE, externalId: 'jobtriage-ml-research', regions: ['us-east-1'] });
    expect(orderedAccounts(config).map((a) => a.name)).toEqual(['ml-research', 'ml-platform']);
  });

  it('reads the JSON the demo ships; without defaultAccount the first account is the default', () => {
    const demo = readAccountsConfig('emulator/scenarios/accounts.demo.json');
    expect(demo.accounts.map((a) => a.accountId)).toEqual(['111122223333', '222233334444']);
    expect(demo.defaultAccountId).toBe('111122223333');
    const text = JSON.stringify({ accounts: [{ name: 'b', accountId: '222233334444', regions: ['eu-west-1'] }, { name: 'a', accountId: '111122223333', regions: ['us-east-1'] }] });
    expect(parseAccountsConfig(text, 'accounts.json').defaultAccountId).toBe('222233334444');
  });

  const BAD: [string, string, string, RegExp][] = [
    ['a short account id', 'x.json', JSON.stringify({ accounts: [{ name: 'a', accountId: '1234', regions: ['us-east-1'] }] }), /accounts\.0\.accountId: a 12-digit AWS account id/],
    // YAML reads an unquoted id as a number: said so, with the fix.
    ['an unquoted YAML id', 'x.yaml', 'accounts:\n  - name: a\n    accountId: 111122223333\n    regions: [us-east-1]\n', /accounts\.0\.accountId: .*quote it in YAML/],
    ['no regions', 'x.json', JSON.stringify({ accounts: [{ name: 'a', accountId: '111122223333', regions: [] }] }), /accounts\.0\.regions: at least one region/],
    ['a bad region', 'x.json', JSON.stringify({ accounts: [{ name: 'a', accountId: '111122223333', regions: ['Virginia'] }] }), /accounts\.0\.regions\.0: an AWS region name/],
    ['a role of another account', 'x.json', JSON.stringify({ accounts: [{ name: 'a', accountId: '111122223333', readRoleArn: ROLE, regions: ['us-east-1'] }] }), /accounts\.0\.readRoleArn: names account 222233334444, not this account/],
    ['an ExternalId without a role', 'x.json', JSON.stringify({ accounts: [{ name: 'a', accountId: '111122223333', externalId: 'xx', regions: ['us-east-1'] }] }), /accounts\.0\.externalId: .*readRoleArn, which is missing/],
    ['a repeated account', 'x.json', JSON.stringify({ accounts: [{ name: 'a', accountId: '111122223333', regions: ['us-east-1'] }, { name: 'b', accountId: '111122223333', regions: ['us-east-1'] }] }), /accounts\.1: repeats accounts\[0\]'s accountId/],
    ['an unknown default', 'x.json', JSON.stringify({ defaultAccount: 'nope', accounts: [{ name: 'a', accountId: '111122223333', regions: ['us-east-1'] }] }), /defaultAccount: "nope" is neither/],
    ['a misspelt key', 'x.json', JSON.stringify({ accounts: [{ name: 'a', accountId: '111122223333', region: ['us-east-1'] }] }), /accounts\.0(\.regions)?: /],
    ['no accounts', 'x.json', JSON.stringify({ accounts: [] }), /accounts: at least one account/],
    ['broken JSON', 'x.json', '{"accounts": [', /JOBTRIAGE_CONFIG x\.json is not valid JSON/],
    ['broken YAML', 'x.yml', 'accounts: [\n', /JOBTRIAGE_CONFIG x\.yml is not valid YAML/],
    ['an unknown extension', 'x.toml', 'accounts = []', /name a \.json, \.yaml or \.yml file/],
  ];
  it.each(BAD)('refuses %s, naming the file and the path inside it', (_what, path, text, message) => {
    expect(() => parseAccountsConfig(text, path)).toThrow(AccountsConfigError);
    expect(() => parseAccountsConfig(text, path)).toThrow(message);
    expect(() => parseAccountsConfig(text, path)).toThrow(path);
  });

  it('stops the server at start-up on a missing or broken file, and says which accounts it reads otherwise', () => {
    const lines: string[] = [];
    expect(checkAccountsAtStartup({}, (l) => lines.push(l))).toBeUndefined();
    expect(checkAccountsAtStartup({ JOBTRIAGE_CONFIG: '/nowhere/accounts.yaml' })).toMatch(/refusing to start: Cannot read JOBTRIAGE_CONFIG \/nowhere\/accounts\.yaml/);
    expect(checkAccountsAtStartup({ JOBTRIAGE_CONFIG: 'a.json' }, () => {}, () => '{"accounts": 1}')).toMatch(/a\.json is not a valid accounts configuration:\n {2}- accounts: /);
    const ok = checkAccountsAtStartup({ JOBTRIAGE_CONFIG: 'a.yaml' }, (l) => lines.push(l), () => YAML);
    expect(ok).toBeUndefined();
    expect(lines).toEqual(['jobtriage: reading 2 account(s) from a.yaml: ml-platform (111122223333), ml-research (222233334444)']);
  });

});
