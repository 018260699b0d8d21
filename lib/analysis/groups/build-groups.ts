import type { Cause } from '../diagnosis';
import { groupIdOf } from './group-id';
import { groupIdentityOf, type GroupMember } from './group-identity';

export const TREND_DAYS = 30;
const DAY_MS = 86_400_000;

/** A failure group as the analysis sees it: identity, members and counts (state lives in the store). */
export interface FailureGroupFacts {
  id: string;
  key: string;
  cause: Cause;
  title: string;
  role?: string;
  resource?: string;
  signature?: string;
  count: number;
  /** ISO: the oldest and newest member's failure time. */
  firstSeen: string;
  lastSeen: string;
  /** Failures per UTC day over the last 30 days, oldest first; the last entry is today. */
  daily: number[];
  /** Newest first. */
  members: GroupMember[];
  /** The newest member's summary speaks for the group. */
  summary: string;
}

/**
 * Groups proven failures into problems: one group per identity (see group-identity.ts), newest
 * activity first. `nowMs` fixes "today" for the daily counts.
 */
export function buildGroups(members: readonly GroupMember[], scope: { accountId: string; region: string }, nowMs: number): FailureGroupFacts[] {
  const byKey = new Map<string, { identity: ReturnType<typeof groupIdentityOf>; members: GroupMember[] }>();
  for (const member of members) {
    const identity = groupIdentityOf(member);
    const entry = byKey.get(identity.key);
    if (entry) entry.members.push(member);
    else byKey.set(identity.key, { identity, members: [member] });
  }
  const today = Math.floor(nowMs / DAY_MS);
  return [...byKey.values()]
    .map(({ identity, members: list }) => {
      const sorted = [...list].sort((a, b) => b.failedAt.localeCompare(a.failedAt) || a.name.localeCompare(b.name));
      const newest = sorted[0] as GroupMember;
      const oldest = sorted[sorted.length - 1] as GroupMember;
      const daily = new Array<number>(TREND_DAYS).fill(0);
      for (const m of sorted) {
        const age = today - Math.floor(Date.parse(m.failedAt) / DAY_MS);
        if (age >= 0 && age < TREND_DAYS) daily[TREND_DAYS - 1 - age]! += 1;
      }
      const facts: FailureGroupFacts = {
        id: groupIdOf(scope.accountId, scope.region, identity.key),
        key: identity.key,
        cause: identity.cause,
        title: identity.title,
        count: sorted.length,
        firstSeen: oldest.failedAt,
        lastSeen: newest.failedAt,
        daily,
        members: sorted,
        summary: newest.summary,
      };
      if (identity.role) facts.role = identity.role;
      if (identity.resource) facts.resource = identity.resource;
      if (identity.signature) facts.signature = identity.signature;
      return facts;
    })
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || b.count - a.count || a.id.localeCompare(b.id));
}
