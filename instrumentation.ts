/**
 * Runs once when the server starts (next start, the standalone server). The sign-on settings are
 * checked there so a misconfigured or unprotected production server stops at start-up with a
 * message that says what to set, instead of serving IAM policies and logs to whoever asks.
 */
export async function register(): Promise<void> {
  // The Node-only module is imported under this test, so the edge bundle never sees process.exit.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { enforceAuthAtStartup } = await import('./lib/server/auth/startup-check');
    enforceAuthAtStartup();
    const { enforceAccountsAtStartup } = await import('./lib/server/accounts-startup');
    enforceAccountsAtStartup();
  }
}
