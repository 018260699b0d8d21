import 'server-only';
import type { Gateways } from '@/lib/aws/gateways';
import type { Store } from '@/lib/store/types';
import type { Syncs } from './job-sync';
import type { GroupNotice } from './notify/notice';

/**
 * Who is asking. A placeholder until sign-on lands: `none` is local use and the demo. The shape is
 * here now so every use case already receives it and nothing has to be threaded through later.
 */
export type Identity =
  | { mode: 'none' }
  | { mode: 'alb' | 'jwt'; subject: string; email?: string; name?: string; groups?: string[] };

/**
 * Everything a use case may touch, built once per request (route handler or page): who asks, the
 * AWS gateways bound to one account and region, and the process's shared settings. Use cases take
 * it as their first argument; nothing they do reads a global.
 */
export interface RequestContext {
  identity: Identity;
  /** AWS reads behind the store: descriptions once ever, shared evidence once per TTL. */
  gateways: Gateways;
  /** The same, but shared evidence is read from AWS now (and stored for everyone): "Re-run triage". */
  fresh: Gateways;
  store: Store;
  /** The process's background listing, describing and proving, per account and region. */
  syncs: Syncs;
  /** Sends a notice about a failure group (Slack, webhook), in the background; never blocks or throws. */
  notify: (notice: GroupNotice) => void;
  /** The account and region the gateways read (mirrors gateways.scope, for use cases and keys). */
  accountId: string;
  /** The account's name from JOBTRIAGE_CONFIG (its id when not configured), for labels. */
  accountName: string;
  region: string;
  settings: ContextSettings;
}

/** What varies per deployment and a use case needs to know (not how AWS is reached). */
export interface ContextSettings {
  listMaxPages: number;
  /** Parallel work one request fans out to; the AWS budget below it holds for the whole process. */
  concurrency: number;
  evidenceTtlMs: number;
  now: () => number;
}
