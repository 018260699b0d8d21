import 'server-only';
import { parseAuthConfig, type AuthConfig } from './auth-config';

let cached: AuthConfig | undefined;

/** The app's sign-on settings, parsed once from the environment (throws when misconfigured). */
export function authConfig(): AuthConfig {
  cached ??= parseAuthConfig(process.env);
  return cached;
}
