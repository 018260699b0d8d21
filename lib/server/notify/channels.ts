import 'server-only';
import { IncomingWebhook, IncomingWebhookHTTPError } from '@slack/webhook';
import type { GroupNotice } from './notice';
import { genericPayload, slackMessage } from './payloads';

/** One place a notice goes. `send` throws on failure; a `PermanentError` is not worth retrying. */
export interface Channel {
  name: string;
  send(notice: GroupNotice, url: string, nowMs: number): Promise<void>;
}

/** A refusal that retrying will not change (a 4xx other than 429: a revoked webhook, a bad payload). */
export class PermanentError extends Error {}

function isPermanentStatus(status: number): boolean {
  return status >= 400 && status < 500 && status !== 429 && status !== 408;
}

/** Slack through the official client; its own retries stay off, the notifier's bounded retries apply. */
export function slackChannel(webhookUrl: string, timeoutMs: number): Channel {
  const webhook = new IncomingWebhook(webhookUrl, { timeout: timeoutMs });
  return {
    name: 'slack',
    async send(notice, url) {
      try {
        await webhook.send(slackMessage(notice, url));
      } catch (error) {
        if (error instanceof IncomingWebhookHTTPError && isPermanentStatus(error.statusCode)) {
          throw new PermanentError(`Slack refused the message: HTTP ${error.statusCode} ${error.body}`.trim());
        }
        throw error;
      }
    },
  };
}

/** Any receiver of a JSON POST (see payloads.ts for the document). */
export function webhookChannel(webhookUrl: string, timeoutMs: number): Channel {
  return {
    name: 'webhook',
    async send(notice, url, nowMs) {
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'jobtriage-notifier' },
        body: JSON.stringify(genericPayload(notice, url, nowMs)),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) return;
      const said = `the webhook answered HTTP ${response.status}`;
      throw isPermanentStatus(response.status) ? new PermanentError(said) : new Error(said);
    },
  };
}
