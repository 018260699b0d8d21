import { describe, expect, it } from 'vitest';
import { readEvent } from './read-event';

const failed = {
  version: '0',
  id: '844e2571-85d4-695f-b930-0153b71dcb42',
  'detail-type': 'SageMaker Training Job State Change',
  source: 'aws.sagemaker',
  account: '111122223333',
  time: '2026-11-28T09:42:26Z',
  region: 'us-east-1',
  resources: ['arn:aws:sagemaker:us-east-1:111122223333:training-job/nlp-intent-bert-run-120'],
  detail: {
    TrainingJobName: 'nlp-intent-bert-run-120',
    TrainingJobStatus: 'Failed',
    SecondaryStatus: 'Failed',
    FailureReason: 'ClientError: Data download failed: AccessDenied',
    CreationTime: Date.parse('2026-11-28T09:30:00Z'),
    SomethingNewAwsAdds: { nested: true },
  },
};

const cases: { name: string; body: unknown; expected: ReturnType<typeof readEvent>['kind']; reason?: RegExp }[] = [
  { name: 'a Failed training job event', body: failed, expected: 'failed' },
  { name: 'an InProgress event', body: { ...failed, detail: { ...failed.detail, TrainingJobStatus: 'InProgress' } }, expected: 'ignored', reason: /InProgress, not Failed/ },
  { name: 'a Completed event', body: { ...failed, detail: { ...failed.detail, TrainingJobStatus: 'Completed' } }, expected: 'ignored' },
  { name: 'another detail-type', body: { ...failed, 'detail-type': 'SageMaker Endpoint State Change' }, expected: 'ignored', reason: /Endpoint State Change/ },
  { name: 'another source', body: { ...failed, source: 'aws.batch' }, expected: 'ignored' },
  { name: 'no job name', body: { ...failed, detail: { TrainingJobStatus: 'Failed' } }, expected: 'invalid', reason: /detail\.TrainingJobName/ },
  { name: 'a job name with a slash', body: { ...failed, detail: { ...failed.detail, TrainingJobName: '../etc' } }, expected: 'invalid' },
  { name: 'a bad account id', body: { ...failed, account: 'me' }, expected: 'invalid', reason: /account/ },
  { name: 'a bad time', body: { ...failed, time: 'yesterday' }, expected: 'invalid', reason: /time/ },
  { name: 'an array', body: [failed], expected: 'invalid', reason: /not an EventBridge event/ },
  { name: 'JSON null', body: null, expected: 'invalid' },
];

describe('readEvent', () => {
  it.each(cases)('$name → $expected', ({ body, expected, reason }) => {
    const read = readEvent(JSON.stringify(body));
    expect(read.kind).toBe(expected);
    if (reason && 'reason' in read) expect(read.reason).toMatch(reason);
  });

  it('a body that is not JSON is invalid, not a crash', () => {
    expect(readEvent('{"version": ')).toEqual({ kind: 'invalid', reason: 'the message body is not JSON' });
  });

  it('reads the job, its scope and its creation time (epoch ms) from a failed event', () => {
    expect(readEvent(JSON.stringify(failed))).toEqual({
      kind: 'failed',
      eventId: failed.id,
      accountId: '111122223333',
      region: 'us-east-1',
      jobName: 'nlp-intent-bert-run-120',
      createdAt: '2026-11-28T09:30:00.000Z',
      failureReason: 'ClientError: Data download failed: AccessDenied',
    });
    const { CreationTime: _absent, ...noCreation } = failed.detail;
    expect(readEvent(JSON.stringify({ ...failed, detail: noCreation }))).toMatchObject({ createdAt: '2026-11-28T09:42:26.000Z' });
  });
});
