import 'server-only';
import type { GroupPatch, GroupSummary } from '@/lib/dto/groups';
import type { UseCaseResult } from '@/lib/dto/jobs';
import { fail } from '../api-error';
import type { RequestContext } from '../context';
import { scopeOf } from '../stored-diagnosis';
import { actorOf, meOf } from './actor';
import { toGroupSummary } from './group-facts';
import { findGroup } from './group-detail';

/**
 * A person's change to a group: status, assignee, a note, as one write with its history. Signed in,
 * a group is assigned to oneself ("me" or one's own email) or to nobody; without sign-in anyone may
 * type a name. An unknown group is a 404 and nothing is written.
 */
export async function updateGroup(ctx: RequestContext, id: string, patch: GroupPatch): Promise<UseCaseResult<GroupSummary>> {
  const assignee = assigneeOf(ctx, patch.assignee);
  if (!assignee.ok) return assignee;
  const found = await findGroup(ctx, id);
  if (!found.ok) return found;
  const state = await ctx.store.changeGroup(scopeOf(ctx), id, {
    ...(patch.status ? { status: patch.status } : {}),
    ...(assignee.value !== undefined ? { assignee: assignee.value } : {}),
    ...(patch.note !== undefined ? { note: patch.note } : {}),
    actor: actorOf(ctx.identity),
    at: new Date(ctx.settings.now()).toISOString(),
  });
  return { ok: true, value: toGroupSummary(ctx, found.value, state, found.value.count) };
}

function assigneeOf(ctx: RequestContext, asked: GroupPatch['assignee']): UseCaseResult<string | null | undefined> {
  if (asked === undefined || asked === null) return { ok: true, value: asked };
  const me = meOf(ctx.identity);
  if (!me) return asked.toLowerCase() === 'me' ? fail(400, 'invalid-parameter', 'Without sign-in the dashboard does not know who "me" is: send a name.') : { ok: true, value: asked };
  if (asked.toLowerCase() === 'me' || asked.toLowerCase() === me.toLowerCase()) return { ok: true, value: me };
  return fail(400, 'invalid-parameter', `Signed in, you can assign a group to yourself ("me" or ${me}) or unassign it (null), not to ${asked.slice(0, 100)}.`);
}
