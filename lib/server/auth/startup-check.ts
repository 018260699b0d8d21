// No 'server-only' here: instrumentation.ts loads this at start-up, outside React's server graph.
import { parseAuthConfig, startupRefusal } from './auth-config';

/**
 * The start-up verdict on the sign-on settings: a message to print before exiting, or undefined
 * to start. Without sign-on it says so loudly in the log every time the server starts.
 */
export function checkAuthAtStartup(source: Record<string, string | undefined>, log: (line: string) => void = console.warn): string | undefined {
  let config;
  try {
    config = parseAuthConfig(source);
  } catch (error) {
    return `jobtriage: the sign-on settings are wrong, refusing to start: ${error instanceof Error ? error.message : String(error)}`;
  }
  const refusal = startupRefusal(config, source.NODE_ENV);
  if (refusal) return refusal;
  if (config.mode === 'none') {
    log('jobtriage: WARNING: no sign-in (JOBTRIAGE_AUTH=none): anyone who can reach this server sees every job, log line and IAM policy it reads. Set JOBTRIAGE_AUTH=alb or jwt (README "Behind SSO").');
  } else {
    log(`jobtriage: sign-in required (JOBTRIAGE_AUTH=${config.mode})${config.allow.emailDomains.length + config.allow.groups.length > 0 ? ', with an allow-list' : ''}`);
  }
  return undefined;
}

/** instrumentation.ts: exit before serving anything when the check fails. */
export function enforceAuthAtStartup(): void {
  const problem = checkAuthAtStartup(process.env);
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
