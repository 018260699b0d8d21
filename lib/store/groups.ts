import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { GROUP_STATUSES } from '@/lib/analysis/groups/group-status';
import { checkName, checkScope, StoreInputError, toIso } from './input';
import type { GroupStatesTable, StoreDatabase } from './schema';
import type { GroupChange, GroupEvent, GroupNote, GroupState, Scope, StoreBackend } from './types';

/**
 * Failure groups' triage state: one row per group that was ever seen or touched, its notes, and an
 * append-only history. Every write is one transaction, so a refused change leaves nothing behind.
 */
type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

const ID = /^[0-9a-f]{14}$/;

function checkGroupId(id: string): string {
  if (typeof id !== 'string' || !ID.test(id)) throw new StoreInputError(`a group id is 14 hex digits, got ${JSON.stringify(id)}`);
  return id;
}

function checkStatus(status: string): string {
  if (!(GROUP_STATUSES as readonly string[]).includes(status)) throw new StoreInputError(`status must be one of ${GROUP_STATUSES.join(', ')}, got ${JSON.stringify(status)}`);
  return status;
}

function toState(row: GroupStatesTable): GroupState {
  return {
    groupId: row.group_id,
    status: row.status,
    statusChangedAt: row.status_changed_at,
    ...(row.assignee ? { assignee: row.assignee } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listGroupStates(db: Db, scope: Scope): Promise<GroupState[]> {
  checkScope(scope);
  const rows = await db.selectFrom('group_states').selectAll().where('account_id', '=', scope.accountId).where('region', '=', scope.region).execute();
  return rows.map(toState);
}

export async function getGroupState(db: Db, scope: Scope, groupId: string): Promise<GroupState | undefined> {
  checkScope(scope);
  const row = await db
    .selectFrom('group_states')
    .selectAll()
    .where('account_id', '=', scope.accountId)
    .where('region', '=', scope.region)
    .where('group_id', '=', checkGroupId(groupId))
    .executeTakeFirst();
  return row ? toState(row) : undefined;
}

async function addEvent(db: Db, scope: Scope, groupId: string, event: Omit<GroupEvent, 'id'>, seq: number): Promise<void> {
  await db
    .insertInto('group_events')
    .values({
      account_id: scope.accountId,
      region: scope.region,
      group_id: groupId,
      event_id: randomUUID(),
      at: event.at,
      seq,
      actor: event.actor,
      kind: event.kind,
      from_value: event.from ?? null,
      to_value: event.to ?? null,
      detail: event.detail ?? null,
    })
    .execute();
}

/** Inserts the `open` row unless there is one; the insert's own conflict handling decides who created it. */
async function insertOpen(db: Db, scope: Scope, groupId: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('group_states')
    .values({ account_id: scope.accountId, region: scope.region, group_id: groupId, status: 'open', status_changed_at: at, assignee: null, created_at: at, updated_at: at })
    .onConflict((oc) => oc.columns(['account_id', 'region', 'group_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function openGroup(db: Kysely<StoreDatabase>, scope: Scope, groupId: string, at: string, detail?: string): Promise<boolean> {
  checkScope(scope);
  checkGroupId(groupId);
  const when = toIso(at, 'at');
  return db.transaction().execute(async (trx) => {
    const created = await insertOpen(trx, scope, groupId, when);
    if (created) await addEvent(trx, scope, groupId, { at: when, actor: 'jobtriage', kind: 'created', to: 'open', ...(detail ? { detail } : {}) }, 0);
    return created;
  });
}

export async function changeGroup(db: Kysely<StoreDatabase>, backend: StoreBackend, scope: Scope, groupId: string, change: GroupChange): Promise<GroupState> {
  checkScope(scope);
  checkGroupId(groupId);
  const at = toIso(change?.at, 'at');
  const actor = checkName(change.actor, 'actor');
  if (change.status !== undefined) checkStatus(change.status);
  if (change.note !== undefined) checkName(change.note, 'note');
  if (change.assignee !== undefined && change.assignee !== null) checkName(change.assignee, 'assignee');

  return db.transaction().execute(async (trx) => {
    if (await insertOpen(trx, scope, groupId, at)) await addEvent(trx, scope, groupId, { at, actor, kind: 'created', to: 'open' }, 0);
    let read = trx.selectFrom('group_states').selectAll().where('account_id', '=', scope.accountId).where('region', '=', scope.region).where('group_id', '=', groupId);
    // SQLite serialises writers on the file; PostgreSQL needs the row lock to read-then-write safely.
    if (backend === 'postgres') read = read.forUpdate();
    const before = toState(await read.executeTakeFirstOrThrow());
    const updates: Partial<GroupStatesTable> = { updated_at: at };
    let seq = 1;
    if (change.status !== undefined && change.status !== before.status) {
      updates.status = change.status;
      updates.status_changed_at = at;
      await addEvent(trx, scope, groupId, { at, actor, kind: 'status', from: before.status, to: change.status }, seq++);
    }
    const assignee = change.assignee === null ? undefined : change.assignee;
    if (change.assignee !== undefined && assignee !== before.assignee) {
      updates.assignee = assignee ?? null;
      await addEvent(trx, scope, groupId, { at, actor, kind: 'assignee', ...(before.assignee ? { from: before.assignee } : {}), ...(assignee ? { to: assignee } : {}) }, seq++);
    }
    if (change.note !== undefined) {
      const noteId = randomUUID();
      await trx.insertInto('group_notes').values({ account_id: scope.accountId, region: scope.region, group_id: groupId, note_id: noteId, author: actor, body: change.note, created_at: at }).execute();
      await addEvent(trx, scope, groupId, { at, actor, kind: 'note', detail: noteId }, seq++);
    }
    await trx.updateTable('group_states').set(updates).where('account_id', '=', scope.accountId).where('region', '=', scope.region).where('group_id', '=', groupId).execute();
    return toState(await trx.selectFrom('group_states').selectAll().where('account_id', '=', scope.accountId).where('region', '=', scope.region).where('group_id', '=', groupId).executeTakeFirstOrThrow());
  });
}

export async function markRegressed(db: Kysely<StoreDatabase>, scope: Scope, groupId: string, at: string, detail: string): Promise<boolean> {
  checkScope(scope);
  checkGroupId(groupId);
  const when = toIso(at, 'at');
  return db.transaction().execute(async (trx) => {
    // One conditional update: of two replicas seeing the same failure, one wins and writes the event.
    const result = await trx
      .updateTable('group_states')
      .set({ status: 'regressed', status_changed_at: when, updated_at: when })
      .where('account_id', '=', scope.accountId)
      .where('region', '=', scope.region)
      .where('group_id', '=', groupId)
      .where('status', '=', 'resolved')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await addEvent(trx, scope, groupId, { at: when, actor: 'jobtriage', kind: 'regressed', from: 'resolved', to: 'regressed', detail }, 0);
    return true;
  });
}

export async function getGroupActivity(db: Db, scope: Scope, groupId: string): Promise<{ notes: GroupNote[]; history: GroupEvent[] }> {
  checkScope(scope);
  checkGroupId(groupId);
  const notes = await db
    .selectFrom('group_notes')
    .selectAll()
    .where('account_id', '=', scope.accountId)
    .where('region', '=', scope.region)
    .where('group_id', '=', groupId)
    .orderBy('created_at', 'asc')
    .orderBy('note_id', 'asc')
    .execute();
  const events = await db
    .selectFrom('group_events')
    .selectAll()
    .where('account_id', '=', scope.accountId)
    .where('region', '=', scope.region)
    .where('group_id', '=', groupId)
    .orderBy('at', 'asc')
    .orderBy('seq', 'asc')
    .execute();
  return {
    notes: notes.map((n) => ({ id: n.note_id, author: n.author, body: n.body, at: n.created_at })),
    history: events.map((e) => ({
      id: e.event_id,
      at: e.at,
      actor: e.actor,
      kind: e.kind as GroupEvent['kind'],
      ...(e.from_value !== null ? { from: e.from_value } : {}),
      ...(e.to_value !== null ? { to: e.to_value } : {}),
      ...(e.detail !== null ? { detail: e.detail } : {}),
    })),
  };
}
