import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../scenario/load';
import { resolveScenario } from '../scenario/resolved';
import { Queues } from '../sqs/queues';
import { failJob, readFailJobRequest } from './fail-job';

const NOW = new Date('2026-11-28T10:00:00Z');

function demoDeps(turn = 0) {
  const scenario = resolveScenario(readScenarioFile('emulator/scenarios/demo.json'), new Date('2026-11-28T09:00:00Z'));
  const queues = new Queues(() => NOW.getTime());
  queues.create('us-east-1', scenario.accountId, 'jobtriage-events');
  return { scenario, queues, eventsQueue: { region: 'us-east-1', name: 'jobtriage-events' }, now: NOW, host: '127.0.0.1:4599', turn };
}

describe('failJob', () => {
  it('picks a template by cause and region, shifts it to end now, and queues its two events', () => {
    const deps = demoDeps();
    const result = failJob(deps, { cause: 'kms', region: 'us-east-1' });
    expect(result).toMatchObject({ ok: true, region: 'us-east-1' });
    if (!result.ok) return;
    const template = deps.scenario.trainingJobs.find((j) => j.name === result.like);
    expect(template?.expect?.cause).toBe('kms');
    const job = deps.scenario.trainingJobs.find((j) => j.name === result.job);
    expect(job?.lastModifiedTime).toEqual(NOW);
    expect(job?.roleArn).toBe(template?.roleArn);
    // The copy is a failure like the template's, not a second test oracle.
    expect(job?.expect).toBeUndefined();
    expect(job?.logStreams.every((s) => s.name.startsWith(`${result.job}/`))).toBe(true);
    const queue = deps.queues.find('us-east-1', deps.scenario.accountId, 'jobtriage-events');
    expect(queue?.messages.map((m) => JSON.parse(m.body).detail.TrainingJobStatus)).toEqual(['InProgress', 'Failed']);
  });

  it('says why when nothing matches', () => {
    expect(failJob(demoDeps(), { cause: 'no-such-cause' })).toEqual({ ok: false, message: 'The account has no failed job with cause no-such-cause to repeat.' });
    expect(failJob(demoDeps(), { like: 'nlp-intent-bert-run-117' })).toEqual({ ok: false, message: 'No failed job "nlp-intent-bert-run-117" to repeat.' });
  });

  it('reads the request body strictly', () => {
    expect(readFailJobRequest('')).toEqual({});
    expect(readFailJobRequest('{"cause":"kms"}')).toEqual({ cause: 'kms' });
    expect(readFailJobRequest('{"name":"bad name!"}')).toEqual({ error: '"bad name!" is not a valid training job name.' });
    expect(readFailJobRequest('{"like":3}')).toEqual({ error: '"like" must be a non-empty string.' });
    expect(readFailJobRequest('[]')).toEqual({ error: 'The body must be a JSON object.' });
  });
});
