/**
 * "Fail a job now": a new failed training job joins the account, repeating the failure of one the
 * scenario already has (same role, data, image and cause, shifted to now and renamed to the next
 * run of its family), and SageMaker's two state-change events for it (InProgress, then Failed) go
 * on the events queue, as an EventBridge rule targeting SQS would deliver them. Tests and the demo
 * use it to see a failure arrive live.
 */
import type { ResolvedJob, ResolvedScenario } from '../scenario/resolved';
import { trainingJobStateChange } from '../events/training-job-event';
import type { Queues } from '../sqs/queues';
import type { CallContext } from '../types';

export interface FailJobRequest {
  /** The failed job whose failure to repeat; default: the next failed job of the scenario, in turn. */
  like?: string;
  /** The new job's name; default: the template's name with its run number bumped. */
  name?: string;
  /** Only templates in this region. */
  region?: string;
  /** Only templates whose scenario says they demonstrate this cause (`expect.cause`: `kms`, `s3-read`, ...). */
  cause?: string;
}

export type FailJobResult =
  | { ok: true; job: string; region: string; like: string; eventIds: string[] }
  | { ok: false; message: string };

export interface FailJobDeps {
  scenario: ResolvedScenario;
  queues: Queues;
  /** Where events go: one queue, as a rule in every region forwarding to one bus and queue. */
  eventsQueue: { region: string; name: string };
  now: Date;
  host: string;
  /** Which default template is next (kept by the caller across calls). */
  turn: number;
}

const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** The request body, checked: a clear message rather than a silently different job. */
export function readFailJobRequest(body: string): FailJobRequest | { error: string } {
  let parsed: unknown = {};
  if (body.trim() !== '') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return { error: 'The body must be JSON: {"like"?: "<failed job>", "cause"?: "<cause>", "name"?: "<new job name>", "region"?: "<region>"}.' };
    }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { error: 'The body must be a JSON object.' };
  const request: FailJobRequest = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (key !== 'like' && key !== 'name' && key !== 'region' && key !== 'cause') return { error: `Unknown field "${key}": expected like, name, region or cause.` };
    if (typeof value !== 'string' || value === '') return { error: `"${key}" must be a non-empty string.` };
    request[key] = value;
  }
  if (request.name !== undefined && !NAME.test(request.name)) return { error: `"${request.name}" is not a valid training job name.` };
  return request;
}

export function failJob(deps: FailJobDeps, request: FailJobRequest): FailJobResult {
  const { scenario } = deps;
  const failed = scenario.trainingJobs.filter(
    (j) => j.status === 'Failed' && (!request.region || j.region === request.region) && (!request.cause || j.expect?.cause === request.cause),
  );
  const template = request.like ? failed.find((j) => j.name === request.like) : failed[deps.turn % Math.max(1, failed.length)];
  if (!template) {
    const where = `${request.cause ? ` with cause ${request.cause}` : ''}${request.region ? ` in ${request.region}` : ''}`;
    return { ok: false, message: request.like ? `No failed job "${request.like}"${where} to repeat.` : `The account has no failed job${where} to repeat.` };
  }
  const name = request.name ?? nextRunName(scenario, template);
  if (scenario.trainingJobs.some((j) => j.region === template.region && j.name === name)) {
    return { ok: false, message: `A training job named "${name}" already exists in ${template.region}.` };
  }
  scenario.trainingJobs.push(cloneAt(template, name, deps.now));
  const ctx = callContext(deps, template.region);
  const events = [trainingJobStateChange(ctx, name, deps.now, 'InProgress'), trainingJobStateChange(ctx, name, deps.now)];
  const queue = deps.queues.find(deps.eventsQueue.region, scenario.accountId, deps.eventsQueue.name);
  if (queue) for (const event of events) deps.queues.send(queue, JSON.stringify(event));
  return { ok: true, job: name, region: template.region, like: template.name, eventIds: events.map((e) => e.id) };
}

/** `nlp-intent-bert-run-118` → the next free `nlp-intent-bert-run-<n>` (`ckpt-03` → `ckpt-04`); a name without a number gets `-2`. */
function nextRunName(scenario: ResolvedScenario, template: ResolvedJob): string {
  const stem = template.name.replace(/-?\d+$/, '');
  const taken = new Set(scenario.trainingJobs.filter((j) => j.region === template.region).map((j) => j.name));
  const digits = /(\d+)$/.exec(template.name)?.[1] ?? '1';
  for (let n = Number(digits) + 1; ; n++) {
    // Keeps the family's zero padding: ckpt-03 → ckpt-04.
    const name = `${stem}-${String(n).padStart(digits.length, '0')}`.slice(0, 63);
    if (!taken.has(name)) return name;
  }
}

/** The template's failure, renamed and shifted so that it ends now. */
function cloneAt(template: ResolvedJob, name: string, now: Date): ResolvedJob {
  const shift = now.getTime() - template.lastModifiedTime.getTime();
  const at = (d: Date) => new Date(d.getTime() + shift);
  const maybe = (d: Date | undefined) => (d ? at(d) : undefined);
  const rename = (text: string) => text.split(template.name).join(name);
  const { expect: _oracle, ...job } = structuredClone(template);
  return {
    ...job,
    name,
    ...(job.failureReason ? { failureReason: rename(job.failureReason) } : {}),
    createdAt: at(job.createdAt),
    trainingStartTime: maybe(job.trainingStartTime),
    trainingEndTime: maybe(job.trainingEndTime),
    lastModifiedTime: at(job.lastModifiedTime),
    transitions: job.transitions.map((t) => ({ ...t, start: at(t.start), end: maybe(t.end), message: rename(t.message) })),
    logStreams: job.logStreams.map((s) => ({
      name: rename(s.name),
      events: s.events.map((e) => ({ ...e, timestamp: e.timestamp + shift, ingestionTime: e.ingestionTime + shift, message: rename(e.message) })),
    })),
  };
}

function callContext(deps: FailJobDeps, region: string): CallContext {
  return {
    region,
    accountId: deps.scenario.accountId,
    requestId: 'fail-job',
    now: deps.now,
    scenario: deps.scenario,
    principalArn: '',
    pageSize: 10,
    queues: deps.queues,
    host: deps.host,
  };
}
