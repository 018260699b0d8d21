import { isWellFormedRegion, validateJobName } from '@/lib/validation';

/**
 * A job link (`/jobs/<region>/<job name>[?account=<id>]`) whose region, name or account cannot exist is a 400, answered by
 * the proxy before the page streams (after that the status can no longer change). Whether the
 * region is configured and the job exists is the app's to say (404).
 */
const JOB_LINK = /^\/jobs\/([^/]+)\/([^/]+)\/?$/;

export function checkJobLink(rawPath: string, account: string | null = null): string | undefined {
  const m = JOB_LINK.exec(rawPath);
  if (!m) return undefined;
  // `?account=` absent or empty means the default account; anything else must be an account id.
  if (account !== null && account !== '' && !/^\d{12}$/.test(account)) return `account="${account.slice(0, 40)}" is not a 12-digit AWS account id.`;
  const [region, name] = [decodeURIComponent(m[1] ?? ''), decodeURIComponent(m[2] ?? '')];
  if (!isWellFormedRegion(region)) return `“${region.slice(0, 80)}” is not an AWS region name (expected something like us-east-1).`;
  const valid = validateJobName(name);
  return valid.ok ? undefined : valid.message;
}

/** Untrusted text into HTML: the five characters that matter. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
