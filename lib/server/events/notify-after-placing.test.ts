import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../context';
import type { GroupNotice } from '../notify/notice';
import { notifyAfterPlacing, type PlacedFailure } from './notify-after-placing';

const ctx = { accountId: '111122223333', region: 'eu-west-1' } as RequestContext;

describe('notifyAfterPlacing', () => {
  const cases: { placed: PlacedFailure | undefined; notified: boolean }[] = [
    { placed: { groupId: 'g1', event: 'new-group', title: 't', cause: 'kms', count: 1 }, notified: true },
    { placed: { groupId: 'g1', event: 'regression', title: 't', cause: 'kms', count: 9, status: 'regressed' }, notified: true },
    { placed: { groupId: 'g1', event: 'known', title: 't', cause: 'kms', count: 2 }, notified: false },
    { placed: undefined, notified: false },
  ];
  it.each(cases)('$placed.event → notified: $notified', async ({ placed, notified }) => {
    const sent: GroupNotice[] = [];
    await notifyAfterPlacing(async () => placed, { notify: (n) => void sent.push(n) })(ctx, 'job-7');
    expect(sent).toEqual(
      notified && placed
        ? [{ kind: placed.event, groupId: 'g1', title: 't', cause: 'kms', accountId: '111122223333', region: 'eu-west-1', count: placed.count, jobName: 'job-7', ...(placed.status ? { status: placed.status } : {}) }]
        : [],
    );
  });
});
