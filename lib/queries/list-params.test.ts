import { describe, expect, it } from 'vitest';
import { parseListParams, regionsFor, resolveWindow, toSearchParams } from './list-params';

const REGIONS = ['us-east-1', 'eu-west-1'];

describe('parseListParams', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parseListParams({}, REGIONS)).toEqual({
      filters: { region: 'us-east-1', range: '7d' },
      view: { causes: [], sort: 'failedAt', dir: 'desc', view: 'groups', page: 1 },
    });
  });

  it('shows the per-job table with view=table, and anything else grouped', () => {
    expect(parseListParams({ view: 'table' }, REGIONS).view.view).toBe('table');
    expect(parseListParams({ view: 'bogus' }, REGIONS).view.view).toBe('groups');
    const table = parseListParams({ view: 'table' }, REGIONS);
    expect(toSearchParams(table.filters, table.view, REGIONS).toString()).toBe('view=table');
  });

  it('reads every parameter', () => {
    const { filters, view } = parseListParams(
      new URLSearchParams('region=eu-west-1&range=custom&from=2026-11-20T08:00&to=2026-11-21&q=resnet&cause=kms,vpc,bogus&sort=name&dir=asc&view=groups&page=3'),
      REGIONS,
    );
    expect(filters).toEqual({ region: 'eu-west-1', range: 'custom', from: '2026-11-20T08:00:00.000Z', to: '2026-11-21T00:00:00.000Z', q: 'resnet' });
    expect(view).toEqual({ causes: ['kms', 'vpc'], sort: 'name', dir: 'asc', view: 'groups', page: 3 });
  });

  it('refuses what it cannot use instead of passing it on', () => {
    const { filters, view } = parseListParams({ region: 'mars-1', range: 'forever', q: 'a b<script>', page: '-2', sort: 'evil' }, REGIONS);
    expect(filters).toEqual({ region: 'us-east-1', range: '7d' });
    expect(view.page).toBe(1);
    expect(view.sort).toBe('failedAt');
  });

  it('round-trips through the URL', () => {
    const state = parseListParams({ region: 'eu-west-1', range: '24h', q: 'bert', cause: 's3-read', view: 'table' }, REGIONS);
    const again = parseListParams(toSearchParams(state.filters, state.view, REGIONS), REGIONS);
    expect(again).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    const state = parseListParams({}, REGIONS);
    expect(toSearchParams(state.filters, state.view, REGIONS).toString()).toBe('');
  });
});

describe('the account in the list URL', () => {
  const ACCOUNTS = [
    { id: '111122223333', name: 'ml-platform', regions: ['us-east-1', 'eu-west-1'] },
    { id: '222233334444', name: 'ml-research', regions: ['us-east-1'] },
  ];

  it('names the default account when none is in the URL, so the link it writes keeps its meaning', () => {
    const state = parseListParams({}, REGIONS, ACCOUNTS);
    expect(state.filters).toEqual({ account: '111122223333', region: 'us-east-1', range: '7d' });
    expect(toSearchParams(state.filters, state.view, REGIONS, ACCOUNTS).toString()).toBe('account=111122223333');
  });

  it("offers each account's own regions, and every region (or all of them) in the merged list", () => {
    expect(parseListParams({ account: '222233334444', region: 'eu-west-1' }, REGIONS, ACCOUNTS).filters.region).toBe('us-east-1');
    expect(regionsFor('222233334444', REGIONS, ACCOUNTS)).toEqual(['us-east-1']);
    expect(regionsFor('all', REGIONS, ACCOUNTS)).toEqual(['all', 'us-east-1', 'eu-west-1']);
    const merged = parseListParams({ account: 'all' }, REGIONS, ACCOUNTS);
    expect(merged.filters).toEqual({ account: 'all', region: 'all', range: '7d' });
    expect(toSearchParams(merged.filters, merged.view, REGIONS, ACCOUNTS).toString()).toBe('account=all');
  });

  it('round-trips an account and region through the URL', () => {
    const state = parseListParams({ account: 'all', region: 'eu-west-1', range: '24h' }, REGIONS, ACCOUNTS);
    expect(parseListParams(toSearchParams(state.filters, state.view, REGIONS, ACCOUNTS), REGIONS, ACCOUNTS)).toEqual(state);
  });

  it('has no account at all with one account, as before', () => {
    expect(parseListParams({ account: '111122223333' }, REGIONS, []).filters).toEqual({ region: 'us-east-1', range: '7d' });
  });
});

describe('resolveWindow', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');

  it('ends relative ranges now', () => {
    expect(resolveWindow({ region: 'us-east-1', range: '24h' }, now)).toEqual({ since: '2026-11-22T12:00:00.000Z', until: '2026-11-23T12:00:00.000Z' });
  });

  it('passes custom bounds through, open ends stay open', () => {
    expect(resolveWindow({ region: 'us-east-1', range: 'custom', from: '2026-11-01T00:00:00.000Z' }, now)).toEqual({ since: '2026-11-01T00:00:00.000Z' });
  });
});
