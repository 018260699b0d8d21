// No 'server-only' here: instrumentation.ts reads the file at start-up, outside React's server graph.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isWellFormedRegion } from '@/lib/validation';

/**
 * The accounts this deployment reads (JOBTRIAGE_CONFIG, JSON or YAML), validated with zod at
 * start-up: a typo fails there with the file, the path inside it and the problem, never later as a
 * quietly missing account. Without the file the dashboard reads the one account its own credentials
 * belong to, in JOBTRIAGE_REGIONS, as before.
 */

const ACCOUNT_ID = /^\d{12}$/;
// AssumeRole's limits: ExternalId 2-1224 characters of [\w+=,.@:/-].
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/[\w+=,.@/-]+$/;

const Account = z.strictObject({
  name: z.string().trim().min(1, 'a name to show, e.g. "ml-research"').max(64),
  // YAML reads an unquoted id as a number (and drops its leading zeros): the message says how to write it.
  accountId: z.string({ error: 'a 12-digit AWS account id as a string (quote it in YAML: "012345678901")' }).regex(ACCOUNT_ID, 'a 12-digit AWS account id'),
  readRoleArn: z.string().regex(ROLE_ARN, 'an IAM role ARN, arn:aws:iam::<account id>:role/<name>').optional(),
  externalId: z.string().regex(EXTERNAL_ID, '2 to 1224 characters of letters, digits and +=,.@:/-').optional(),
  regions: z.array(z.string().refine(isWellFormedRegion, 'an AWS region name such as us-east-1')).min(1, 'at least one region'),
});

const Config = z
  .strictObject({
    accounts: z.array(Account).min(1, 'at least one account'),
    /** The account a URL without `account=` means: its id or name; the first account when absent. */
    defaultAccount: z.string().optional(),
  })
  .superRefine((config, issues) => {
    const seen = new Map<string, number>();
    config.accounts.forEach((account, i) => {
      for (const key of [`id:${account.accountId}`, `name:${account.name}`]) {
        const first = seen.get(key);
        if (first !== undefined) issues.addIssue({ code: 'custom', path: ['accounts', i], message: `repeats accounts[${first}]'s ${key.startsWith('id:') ? 'accountId' : 'name'}` });
        else seen.set(key, i);
      }
      const roleAccount = account.readRoleArn ? ROLE_ARN.exec(account.readRoleArn)?.[1] : undefined;
      if (roleAccount && roleAccount !== account.accountId) {
        issues.addIssue({ code: 'custom', path: ['accounts', i, 'readRoleArn'], message: `names account ${roleAccount}, not this account (${account.accountId})` });
      }
      if (account.externalId && !account.readRoleArn) {
        issues.addIssue({ code: 'custom', path: ['accounts', i, 'externalId'], message: 'an ExternalId is only used to assume readRoleArn, which is missing' });
      }
    });
    if (config.defaultAccount !== undefined && !config.accounts.some((a) => a.accountId === config.defaultAccount || a.name === config.defaultAccount)) {
      issues.addIssue({ code: 'custom', path: ['defaultAccount'], message: `"${config.defaultAccount}" is neither the accountId nor the name of a configured account` });
    }
  });

export interface AccountConfig {
  name: string;
  accountId: string;
  /** The role assumed to read this account; absent: the dashboard's own credentials read it. */
  readRoleArn?: string;
  externalId?: string;
  regions: string[];
}

export interface AccountsConfig {
  accounts: AccountConfig[];
  defaultAccountId: string;
}

export class AccountsConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountsConfigError';
  }
}

/** Parses a configuration file's text; `path` names it in errors and decides the format (.json, .yaml, .yml). */
export function parseAccountsConfig(text: string, path: string): AccountsConfig {
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(path) ? parseYaml(text) : /\.json$/i.test(path) ? JSON.parse(text) : unknownFormat(path);
  } catch (error) {
    if (error instanceof AccountsConfigError) throw error;
    throw new AccountsConfigError(`JOBTRIAGE_CONFIG ${path} is not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
  const parsed = Config.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new AccountsConfigError(`JOBTRIAGE_CONFIG ${path} is not a valid accounts configuration:\n${lines.join('\n')}`);
  }
  const { accounts, defaultAccount } = parsed.data;
  const accountsOut = accounts.map((a) => ({ ...a, regions: [...new Set(a.regions)] }));
  const chosen = accountsOut.find((a) => a.accountId === defaultAccount || a.name === defaultAccount) ?? accountsOut[0];
  return { accounts: accountsOut, defaultAccountId: (chosen as AccountConfig).accountId };
}

export function readAccountsConfig(path: string, readText: (path: string) => string = (p) => readFileSync(p, 'utf8')): AccountsConfig {
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    throw new AccountsConfigError(`Cannot read JOBTRIAGE_CONFIG ${path}: ${(error as Error).message}`);
  }
  return parseAccountsConfig(text, path);
}

function unknownFormat(path: string): never {
  throw new AccountsConfigError(`JOBTRIAGE_CONFIG ${path}: name a .json, .yaml or .yml file (the extension says how to read it).`);
}

/** The configured accounts, the default one first (what `account=` absent means, and the selector's first entry). */
export function orderedAccounts(config: AccountsConfig): AccountConfig[] {
  const first = config.accounts.filter((a) => a.accountId === config.defaultAccountId);
  return [...first, ...config.accounts.filter((a) => a.accountId !== config.defaultAccountId)];
}

/** "ml-platform (111122223333), ml-research (222233334444)": what a refusal lists. */
export function describeAccounts(accounts: readonly Pick<AccountConfig, 'name' | 'accountId'>[]): string {
  return accounts.map((a) => (a.name === a.accountId ? a.accountId : `${a.name} (${a.accountId})`)).join(', ');
}
