// No 'server-only' here: instrumentation.ts loads this at start-up, outside React's server graph.
import { describeAccounts, readAccountsConfig } from './accounts-config';

/**
 * JOBTRIAGE_CONFIG checked when the server starts: a missing or invalid file stops it there, with
 * the file, the path inside it and the problem, rather than at the first request. Returns the
 * message to print before exiting, or undefined to start (logging which accounts it reads).
 */
export function checkAccountsAtStartup(source: Record<string, string | undefined>, log: (line: string) => void = console.log, readText?: (path: string) => string): string | undefined {
  const path = source.JOBTRIAGE_CONFIG?.trim();
  if (!path) return undefined;
  try {
    const config = readAccountsConfig(path, readText);
    log(`jobtriage: reading ${config.accounts.length} account(s) from ${path}: ${describeAccounts(config.accounts)}`);
    return undefined;
  } catch (error) {
    return `jobtriage: refusing to start: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function enforceAccountsAtStartup(): void {
  const problem = checkAccountsAtStartup(process.env);
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
