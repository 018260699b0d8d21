import 'server-only';
import type { IncomingWebhookSendArguments } from '@slack/webhook';
import type { GroupNotice } from './notice';

/**
 * The two message shapes: Slack's (text plus Block Kit, for the incoming webhook) and a generic JSON
 * document for any other receiver (a chat bridge, PagerDuty via a relay, a script). Both link to the
 * group page. Documented in docs/api.md, "Webhook notifications".
 */

const HEADLINE: Record<GroupNotice['kind'], string> = {
  'new-group': 'New failure group',
  regression: 'Regression: a resolved failure group failed again',
};

/** Slack mrkdwn treats &, < and > as control characters: job names and titles are text, never links or mentions. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function slackMessage(notice: GroupNotice, url: string): IncomingWebhookSendArguments {
  const title = escapeSlack(notice.title);
  const failures = `${notice.count} failure${notice.count === 1 ? '' : 's'}`;
  return {
    // The fallback text notifications and screen readers show.
    text: `${HEADLINE[notice.kind]}: ${notice.title} (${failures}, latest ${notice.jobName})`,
    unfurl_links: false,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${HEADLINE[notice.kind]}*\n<${url}|${title}>` } },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: `*Cause*\n${escapeSlack(notice.cause)}` },
          { type: 'mrkdwn', text: `*Failures*\n${notice.count}` },
          { type: 'mrkdwn', text: `*Latest job*\n${escapeSlack(notice.jobName)}` },
          { type: 'mrkdwn', text: `*Account / region*\n${escapeSlack(notice.accountId)} / ${escapeSlack(notice.region)}` },
        ],
      },
    ],
  };
}

export interface GenericPayload {
  type: 'jobtriage.group.new' | 'jobtriage.group.regression';
  kind: GroupNotice['kind'];
  group: { id: string; title: string; cause: string; count: number; url: string };
  accountId: string;
  region: string;
  jobName: string;
  /** ISO time the notice was sent. */
  sentAt: string;
}

export function genericPayload(notice: GroupNotice, url: string, nowMs: number): GenericPayload {
  return {
    type: notice.kind === 'new-group' ? 'jobtriage.group.new' : 'jobtriage.group.regression',
    kind: notice.kind,
    group: { id: notice.groupId, title: notice.title, cause: notice.cause, count: notice.count, url },
    accountId: notice.accountId,
    region: notice.region,
    jobName: notice.jobName,
    sentAt: new Date(nowMs).toISOString(),
  };
}
