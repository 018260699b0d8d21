import { describe, expect, it } from 'vitest';
import { StoreInputError } from '../input';
import type { Store, StoreConfig } from '../types';
import { ACCOUNT, OTHER_REGION } from './contract-scopes';

const G1 = '0123456789abcd';
const G2 = 'fedcba98765432';

/** The failure groups' state, part of the store contract (run by describeStoreContract on each backend). */
export function describeGroupContract(fresh: () => Promise<{ config: StoreConfig; store: Store }>, reopen: (config: StoreConfig) => Promise<Store>): void {
  describe('failure group state', () => {
    it('opens a group once: the first call says new, every later one (and the other replica) does not', async () => {
      const { config, store } = await fresh();
      const twin = await reopen(config);
      const opened = await Promise.all([store.openGroup(ACCOUNT, G1, '2026-11-01T10:00:00Z', 'job-a'), twin.openGroup(ACCOUNT, G1, '2026-11-01T10:00:00Z', 'job-a')]);
      expect(opened.filter(Boolean)).toHaveLength(1);
      expect(await store.openGroup(ACCOUNT, G1, '2026-11-02T10:00:00Z')).toBe(false);
      expect(await store.getGroupState(ACCOUNT, G1)).toEqual({ groupId: G1, status: 'open', statusChangedAt: '2026-11-01T10:00:00.000Z', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' });
      const { history } = await store.getGroupActivity(ACCOUNT, G1);
      expect(history.map((e) => [e.kind, e.actor, e.to, e.detail])).toEqual([['created', 'jobtriage', 'open', 'job-a']]);
      // Per account and region.
      expect(await store.getGroupState(OTHER_REGION, G1)).toBeUndefined();
      expect(await store.listGroupStates(OTHER_REGION)).toEqual([]);
    });

    it('applies status, assignee and a note as one change, one history event each, and keeps them across a restart', async () => {
      const { config, store } = await fresh();
      const after = await store.changeGroup(ACCOUNT, G1, { status: 'resolved', assignee: 'ana@example.com', note: 'Granted the role read access <b>not html</b>', actor: 'ana@example.com', at: '2026-11-03T09:00:00Z' });
      expect(after).toMatchObject({ groupId: G1, status: 'resolved', statusChangedAt: '2026-11-03T09:00:00.000Z', assignee: 'ana@example.com' });
      // Unchanged fields write no event; null unassigns.
      await store.changeGroup(ACCOUNT, G1, { status: 'resolved', assignee: null, actor: 'bo', at: '2026-11-03T10:00:00Z' });
      await store.close();
      const again = await reopen(config);
      expect(await again.getGroupState(ACCOUNT, G1)).toEqual({ groupId: G1, status: 'resolved', statusChangedAt: '2026-11-03T09:00:00.000Z', createdAt: '2026-11-03T09:00:00.000Z', updatedAt: '2026-11-03T10:00:00.000Z' });
      const { notes, history } = await again.getGroupActivity(ACCOUNT, G1);
      expect(notes).toEqual([{ id: expect.any(String), author: 'ana@example.com', body: 'Granted the role read access <b>not html</b>', at: '2026-11-03T09:00:00.000Z' }]);
      expect(history.map((e) => [e.kind, e.actor, e.from, e.to])).toEqual([
        ['created', 'ana@example.com', undefined, 'open'],
        ['status', 'ana@example.com', 'open', 'resolved'],
        ['assignee', 'ana@example.com', undefined, 'ana@example.com'],
        ['note', 'ana@example.com', undefined, undefined],
        ['assignee', 'bo', 'ana@example.com', undefined],
      ]);
      expect((await again.listGroupStates(ACCOUNT)).map((s) => s.groupId)).toEqual([G1]);
    });

    it('marks only a resolved group regressed, once, with the job that re-opened it', async () => {
      const { store } = await fresh();
      await store.openGroup(ACCOUNT, G1, '2026-11-01T00:00:00Z');
      expect(await store.markRegressed(ACCOUNT, G1, '2026-11-02T00:00:00Z', 'job-b')).toBe(false);
      expect(await store.markRegressed(ACCOUNT, G2, '2026-11-02T00:00:00Z', 'job-b')).toBe(false);
      expect(await store.getGroupState(ACCOUNT, G2)).toBeUndefined();
      await store.changeGroup(ACCOUNT, G1, { status: 'resolved', actor: 'ana', at: '2026-11-03T00:00:00Z' });
      const both = await Promise.all([store.markRegressed(ACCOUNT, G1, '2026-11-04T00:00:00Z', 'job-c'), store.markRegressed(ACCOUNT, G1, '2026-11-04T00:00:00Z', 'job-c')]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect(await store.getGroupState(ACCOUNT, G1)).toMatchObject({ status: 'regressed', statusChangedAt: '2026-11-04T00:00:00.000Z' });
      const { history } = await store.getGroupActivity(ACCOUNT, G1);
      expect(history.filter((e) => e.kind === 'regressed').map((e) => [e.actor, e.from, e.to, e.detail])).toEqual([['jobtriage', 'resolved', 'regressed', 'job-c']]);
      // An ignored group stays ignored.
      await store.changeGroup(ACCOUNT, G1, { status: 'ignored', actor: 'ana', at: '2026-11-05T00:00:00Z' });
      expect(await store.markRegressed(ACCOUNT, G1, '2026-11-06T00:00:00Z', 'job-d')).toBe(false);
    });

    it('refuses a bad change with a StoreInputError and writes nothing', async () => {
      const { store } = await fresh();
      await expect(store.changeGroup(ACCOUNT, G1, { status: 'closed', actor: 'ana', at: '2026-11-03T00:00:00Z' })).rejects.toBeInstanceOf(StoreInputError);
      await expect(store.changeGroup(ACCOUNT, 'not-an-id', { status: 'open', actor: 'ana', at: '2026-11-03T00:00:00Z' })).rejects.toBeInstanceOf(StoreInputError);
      await expect(store.changeGroup(ACCOUNT, G1, { note: '', actor: 'ana', at: '2026-11-03T00:00:00Z' })).rejects.toBeInstanceOf(StoreInputError);
      await expect(store.changeGroup(ACCOUNT, G1, { status: 'open', actor: '', at: '2026-11-03T00:00:00Z' })).rejects.toBeInstanceOf(StoreInputError);
      await expect(store.changeGroup(ACCOUNT, G1, { status: 'open', actor: 'ana', at: 'soon' })).rejects.toBeInstanceOf(StoreInputError);
      expect(await store.getGroupState(ACCOUNT, G1)).toBeUndefined();
      expect(await store.getGroupActivity(ACCOUNT, G1)).toEqual({ notes: [], history: [] });
    });
  });
}
