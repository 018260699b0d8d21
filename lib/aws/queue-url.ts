/**
 * The region a queue URL names: `sqs.<region>.amazonaws.com` (and the legacy `<region>.queue.amazonaws.com`);
 * undefined for a URL that does not say (a local endpoint), where the caller's default applies. No SDK
 * import: the environment parser uses it.
 */
export function regionOfQueueUrl(queueUrl: string): string | undefined {
  try {
    const host = new URL(queueUrl).hostname;
    return /^sqs\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(host)?.[1] ?? /^([a-z0-9-]+)\.queue\.amazonaws\.com$/.exec(host)?.[1];
  } catch {
    return undefined;
  }
}
