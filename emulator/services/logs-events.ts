/**
 * GetLogEvents and FilterLogEvents with CloudWatch's paging semantics. Each call scans a bounded
 * block of a stream, as the service does, so a page can be empty before the end:
 * - GetLogEvents ends when the returned nextForwardToken equals the one sent;
 * - FilterLogEvents ends when no nextToken is returned.
 */
import { AwsError } from '../errors';
import type { ResolvedLogEvent } from '../scenario/resolved';
import type { CallContext, Params } from '../types';
import { compileFilterPattern } from './filter-pattern';
import { findStream, groupNameOf, inWindow, streamsOf } from './logs-store';
import { decodeToken, encodeToken } from './paging';

/** AWS tokens look like `f/<56 digits>/s`; ours keep that form with the position inside. */
function streamToken(direction: 'f' | 'b', position: number): string {
  return `${direction}/${String(position).padStart(56, '0')}/s`;
}

function readStreamToken(token: string): { direction: 'f' | 'b'; position: number } {
  const match = /^([fb])\/(\d{56})\/s$/.exec(token);
  if (!match) throw new AwsError('InvalidParameterException', 'The specified nextToken is invalid.');
  return { direction: match[1] as 'f' | 'b', position: Number(match[2]) };
}

function limitOf(input: Params): number {
  const limit = input.limit ?? 10_000;
  if (typeof limit !== 'number' || limit < 1 || limit > 10_000) {
    throw new AwsError(
      'InvalidParameterException',
      `1 validation error detected: Value '${String(limit)}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000`,
    );
  }
  return limit;
}

export function getLogEvents(ctx: CallContext, input: Params) {
  const stream = findStream(ctx, groupNameOf(input), input.logStreamName);
  const limit = limitOf(input);
  const all = stream.events;
  const scan = ctx.pageSize;
  const token = typeof input.nextToken === 'string' ? readStreamToken(input.nextToken) : undefined;
  const direction = token?.direction ?? (input.startFromHead === true ? 'f' : 'b');
  const from = Math.min(token?.position ?? (direction === 'f' ? 0 : all.length), all.length);
  const out = (e: ResolvedLogEvent) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime });

  if (direction === 'f') {
    const events: ResolvedLogEvent[] = [];
    let position = from;
    while (position < all.length && position - from < scan && events.length < limit) {
      const event = all[position++];
      if (event && inWindow(event.timestamp, input)) events.push(event);
    }
    // At the end the forward token comes back unchanged: that is how a caller knows it is done.
    return { events: events.map(out), nextForwardToken: streamToken('f', position), nextBackwardToken: streamToken('b', from) };
  }
  const events: ResolvedLogEvent[] = [];
  let position = from;
  while (position > 0 && from - position < scan && events.length < limit) {
    const event = all[--position];
    if (event && inWindow(event.timestamp, input)) events.unshift(event);
  }
  return { events: events.map(out), nextForwardToken: streamToken('f', from), nextBackwardToken: streamToken('b', position) };
}

export function filterLogEvents(ctx: CallContext, input: Params) {
  const group = groupNameOf(input);
  const names = Array.isArray(input.logStreamNames) ? (input.logStreamNames as unknown[]) : undefined;
  const prefix = typeof input.logStreamNamePrefix === 'string' ? input.logStreamNamePrefix : undefined;
  if (names && prefix !== undefined) {
    throw new AwsError('InvalidParameterException', 'logStreamNames and logStreamNamePrefix are mutually exclusive.');
  }
  const streams = streamsOf(ctx, group).filter(
    (s) => (names === undefined || names.includes(s.name)) && (prefix === undefined || s.name.startsWith(prefix)),
  );
  const matches = compileFilterPattern(typeof input.filterPattern === 'string' ? input.filterPattern : undefined);
  const merged = streams
    .flatMap((s, streamIndex) => s.events.map((e, eventIndex) => ({ ...e, logStreamName: s.name, streamIndex, eventIndex })))
    .filter((e) => inWindow(e.timestamp, input, 'inclusive'))
    .sort((a, b) => a.timestamp - b.timestamp || a.streamIndex - b.streamIndex || a.eventIndex - b.eventIndex);

  const scope = `logs:FilterLogEvents:${group}`;
  let from = 0;
  if (typeof input.nextToken === 'string') {
    const decoded = decodeToken(scope, input.nextToken);
    if (decoded === undefined) throw new AwsError('InvalidParameterException', 'The specified nextToken is invalid.');
    from = decoded;
  }
  const limit = limitOf(input);
  // One call searches a bounded slice of the group, so pages can be empty and still not the end.
  const scan = ctx.pageSize * 2;
  const found: typeof merged = [];
  let position = from;
  while (position < merged.length && position - from < scan && found.length < limit) {
    const event = merged[position++];
    if (event && matches(event.message)) found.push(event);
  }
  return {
    events: found.map((e) => ({
      logStreamName: e.logStreamName,
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: e.ingestionTime,
      eventId: `${e.timestamp}${String(e.streamIndex).padStart(6, '0')}${String(e.eventIndex).padStart(8, '0')}`,
    })),
    searchedLogStreams: streams.map((s) => ({ logStreamName: s.name, searchedCompletely: position >= merged.length })),
    nextToken: position < merged.length ? encodeToken(scope, position) : undefined,
  };
}
