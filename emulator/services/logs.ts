/**
 * CloudWatch Logs (awsJson1_1, `Logs_20140328.<Op>`): the training log group's streams and events.
 * Timestamps here are epoch milliseconds (Long), not the protocol's timestamp type.
 */
import { AwsError } from '../errors';
import { awsJsonProtocol } from '../protocols/aws-json';
import type { CallContext, Params, ServiceDef } from '../types';
import { jsonFaultErrors } from './fault-errors';
import { filterLogEvents, getLogEvents } from './logs-events';
import { groupNameOf, logGroupArn, logStreamArn, streamsOf } from './logs-store';
import { decodeToken, encodeToken } from './paging';

function describeLogStreams(ctx: CallContext, input: Params) {
  const group = groupNameOf(input);
  const prefix = typeof input.logStreamNamePrefix === 'string' ? input.logStreamNamePrefix : undefined;
  const orderBy = input.orderBy === 'LastEventTime' ? 'LastEventTime' : 'LogStreamName';
  if (orderBy === 'LastEventTime' && prefix !== undefined) {
    throw new AwsError('InvalidParameterException', 'Cannot order by LastEventTime with a logStreamNamePrefix.');
  }
  const limit = typeof input.limit === 'number' ? input.limit : 50;
  if (limit < 1 || limit > 50) {
    throw new AwsError(
      'InvalidParameterException',
      `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50`,
    );
  }
  const streams = streamsOf(ctx, group).filter((s) => prefix === undefined || s.name.startsWith(prefix));
  const lastEvent = (s: (typeof streams)[number]) => s.events.at(-1)?.timestamp ?? 0;
  if (orderBy === 'LastEventTime') streams.sort((a, b) => lastEvent(a) - lastEvent(b) || a.name.localeCompare(b.name));
  if (input.descending === true) streams.reverse();

  const scope = `logs:DescribeLogStreams:${group}:${prefix ?? ''}:${orderBy}:${String(input.descending)}`;
  let from = 0;
  if (typeof input.nextToken === 'string') {
    const decoded = decodeToken(scope, input.nextToken);
    if (decoded === undefined) throw new AwsError('InvalidParameterException', 'The specified nextToken is invalid.');
    from = decoded;
  }
  // Never more than the emulator's page size, so callers always paginate.
  const size = Math.min(limit, ctx.pageSize);
  const page = streams.slice(from, from + size);
  return {
    logStreams: page.map((s) => {
      const first = s.events[0];
      const last = s.events.at(-1);
      return {
        logStreamName: s.name,
        creationTime: (first?.timestamp ?? ctx.now.getTime()) - 1000,
        firstEventTimestamp: first?.timestamp,
        lastEventTimestamp: last?.timestamp,
        lastIngestionTime: last?.ingestionTime,
        arn: logStreamArn(ctx, group, s.name),
        storedBytes: 0,
      };
    }),
    nextToken: from + size < streams.length ? encodeToken(scope, from + size) : undefined,
  };
}

export const logsService: ServiceDef = {
  signingName: 'logs',
  protocol: awsJsonProtocol('Logs_20140328'),
  errors: jsonFaultErrors(),
  operations: {
    DescribeLogStreams: {
      action: 'logs:DescribeLogStreams',
      resource: (ctx, input) => logGroupArn(ctx, groupNameOf(input)),
      handle: describeLogStreams,
    },
    GetLogEvents: {
      action: 'logs:GetLogEvents',
      resource: (ctx, input) => logStreamArn(ctx, groupNameOf(input), String(input.logStreamName)),
      handle: getLogEvents,
    },
    FilterLogEvents: {
      action: 'logs:FilterLogEvents',
      resource: (ctx, input) => logGroupArn(ctx, groupNameOf(input)),
      handle: filterLogEvents,
    },
  },
};
