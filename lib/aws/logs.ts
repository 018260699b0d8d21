import 'server-only';
import {
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  type LogStream,
} from '@aws-sdk/client-cloudwatch-logs';
import type { LogLine, LogStreamExcerpt, LogsEvidence, Piece } from '@/lib/analysis/evidence';
import { redactText } from '@/lib/redact';
import type { AwsClients } from './scoped-clients';
import { toMissing } from './errors';

/**
 * A bounded excerpt of a training job's logs: per stream the tail, plus the lines matching error
 * terms anywhere in the job's streams. AWS rates these APIs at 5-10 TPS per account ("designed for
 * human interaction"), so every call is capped and a whole stream is never read.
 */

export const TRAINING_LOG_GROUP = '/aws/sagemaker/TrainingJobs';
/** Lines read from the end of each stream. */
export const TAIL_LINES = 50;
/** Matched lines kept per job, across streams. */
export const MAX_MATCHED_LINES = 200;
/** Streams whose tail is read; further streams still contribute their matched lines. */
export const MAX_TAIL_STREAMS = 8;
const MAX_STREAM_PAGES = 4;
const MAX_FILTER_PAGES = 10;
const MAX_TAIL_PAGES = 10;

/**
 * Case-sensitive CloudWatch terms (`?` = any of them): what training failures print — Python
 * tracebacks, AWS denials, the OOM killer and CUDA's "out of memory".
 */
export const ERROR_FILTER_PATTERN =
  '?Error ?error ?ERROR ?Exception ?Traceback ?AccessDenied ?Denied ?denied ?Forbidden ?Killed ?OOM ?"out of memory" ?"exit code"';

/** The job's log streams are `<jobName>/algo-<n>-<epoch>`: the trailing slash keeps `foo` from matching `foo-2`. */
export function streamPrefix(jobName: string): string {
  return `${jobName}/`;
}

export async function getJobLogs(aws: AwsClients, jobName: string): Promise<Piece<LogsEvidence>> {
  const prefix = streamPrefix(jobName);
  const logGroupName = TRAINING_LOG_GROUP;
  const streamsSite = { action: 'logs:DescribeLogStreams', resource: `${logGroupName}:${prefix}*` };

  let streams: LogStream[];
  try {
    streams = await listStreams(aws, prefix);
  } catch (error) {
    const missing = toMissing(error, streamsSite);
    if (missing.kind === 'not-found') {
      missing.message = `log group ${logGroupName} does not exist in ${aws.region}: no training job in this region has written logs (${missing.message})`;
    }
    return { ok: false, missing };
  }
  if (streams.length === 0) {
    return {
      ok: false,
      missing: {
        kind: 'not-found',
        ...streamsSite,
        message: `no log streams named ${prefix}… in log group ${logGroupName}: the job may have failed before its container started, or the streams were deleted`,
      },
    };
  }

  try {
    const matched = await filterErrorLines(aws, prefix);
    const excerpts = await Promise.all(
      streams.map(async (stream, index): Promise<LogStreamExcerpt> => {
        const name = stream.logStreamName ?? '';
        const hits = matched.byStream.get(name) ?? [];
        if (index >= MAX_TAIL_STREAMS) return { name, lines: hits, truncated: true };
        const tail = await readTail(aws, name);
        const earliest = tail.lines[0]?.timestamp;
        const moreBefore =
          !tail.reachedStart &&
          (stream.firstEventTimestamp === undefined || earliest === undefined || stream.firstEventTimestamp < Date.parse(earliest));
        return { name, lines: mergeLines(tail.lines, hits), truncated: moreBefore || matched.capped };
      }),
    );
    // Past the stream-listing cap, a stream still shows its matched lines: FilterLogEvents found them by prefix.
    const listed = new Set(excerpts.map((e) => e.name));
    for (const [name, lines] of matched.byStream) if (!listed.has(name)) excerpts.push({ name, lines, truncated: true });
    return { ok: true, value: { logGroup: logGroupName, streams: excerpts } };
  } catch (error) {
    const e = error as { site?: { action: string; resource?: string }; cause?: unknown };
    return { ok: false, missing: toMissing(e.cause ?? error, e.site ?? { action: 'logs:GetLogEvents' }) };
  }
}

async function listStreams(aws: AwsClients, prefix: string): Promise<LogStream[]> {
  const streams: LogStream[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const out = await aws.logs().send(
      new DescribeLogStreamsCommand({ logGroupName: TRAINING_LOG_GROUP, logStreamNamePrefix: prefix, limit: 50, nextToken }),
    );
    streams.push(...(out.logStreams ?? []));
    nextToken = out.nextToken || undefined;
    pages += 1;
  } while (nextToken && pages < MAX_STREAM_PAGES);
  return streams.sort((a, b) => (a.logStreamName ?? '').localeCompare(b.logStreamName ?? '', 'en', { numeric: true }));
}

/** FilterLogEvents is done only when there is no nextToken; pages may be empty before then. */
async function filterErrorLines(aws: AwsClients, prefix: string): Promise<{ byStream: Map<string, LogLine[]>; capped: boolean }> {
  const byStream = new Map<string, LogLine[]>();
  let count = 0;
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const out = await withSite({ action: 'logs:FilterLogEvents', resource: `${TRAINING_LOG_GROUP}:${prefix}*` }, () =>
      aws.logs().send(
        new FilterLogEventsCommand({
          logGroupName: TRAINING_LOG_GROUP,
          logStreamNamePrefix: prefix,
          filterPattern: ERROR_FILTER_PATTERN,
          limit: Math.min(100, MAX_MATCHED_LINES - count),
          nextToken,
        }),
      ),
    );
    for (const event of out.events ?? []) {
      if (count >= MAX_MATCHED_LINES) break;
      const stream = event.logStreamName ?? '';
      const lines = byStream.get(stream) ?? [];
      lines.push(toLine(event.timestamp, event.message, true));
      byStream.set(stream, lines);
      count += 1;
    }
    nextToken = out.nextToken || undefined;
    pages += 1;
  } while (nextToken && pages < MAX_FILTER_PAGES && count < MAX_MATCHED_LINES);
  return { byStream, capped: nextToken !== undefined };
}

/** The last TAIL_LINES events, reading backwards from the end; an empty page is not the start. */
async function readTail(aws: AwsClients, streamName: string): Promise<{ lines: LogLine[]; reachedStart: boolean }> {
  let lines: LogLine[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_TAIL_PAGES && lines.length < TAIL_LINES; page += 1) {
    const out = await withSite({ action: 'logs:GetLogEvents', resource: `${TRAINING_LOG_GROUP}:${streamName}` }, () =>
      aws.logs().send(
        new GetLogEventsCommand({
          logGroupName: TRAINING_LOG_GROUP,
          logStreamName: streamName,
          startFromHead: false,
          limit: TAIL_LINES - lines.length,
          nextToken: token,
        }),
      ),
    );
    lines = [...(out.events ?? []).map((e) => toLine(e.timestamp, e.message, false)), ...lines];
    // Reading backwards, the start is reached when the backward token stops moving.
    if (!out.nextBackwardToken || out.nextBackwardToken === token) return { lines, reachedStart: true };
    token = out.nextBackwardToken;
  }
  return { lines, reachedStart: false };
}

/** Tail and matched lines in time order; a tail line that also matched is marked, not repeated. */
export function mergeLines(tail: LogLine[], matched: LogLine[]): LogLine[] {
  const key = (l: LogLine) => `${l.timestamp}\u0000${l.message}`;
  const matchedKeys = new Set(matched.map(key));
  const tailKeys = new Set(tail.map(key));
  const merged = [
    ...tail.map((l) => (matchedKeys.has(key(l)) ? { ...l, matched: true } : l)),
    ...matched.filter((l) => !tailKeys.has(key(l))),
  ];
  // Stable sort: lines with the same timestamp keep the order AWS gave them.
  return merged.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
}

function toLine(timestamp: number | undefined, message: string | undefined, matched: boolean): LogLine {
  return { timestamp: new Date(timestamp ?? 0).toISOString(), message: redactText((message ?? '').replace(/\r?\n$/, '')), matched };
}

/** Tags a failure with the call that failed, so the Missing names the right action. */
async function withSite<T>(site: { action: string; resource?: string }, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    throw Object.assign(new Error('log call failed'), { site, cause });
  }
}
