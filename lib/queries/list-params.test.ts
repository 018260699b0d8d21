import { describe, expect, it } from 'vitest';
import { parseListParams, resolveWindow, toSearchParams } from './list-params';

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

describe('resolveWindow', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');

  it('ends relative ranges now', () => {
    expect(resolveWindow({ region: 'us-east-1', range: '24h' }, now)).toEqual({ since: '2026-11-22T12:00:00.000Z', until: '2026-11-23T12:00:00.000Z' });
  });

  it('passes custom bounds through, open ends stay open', () => {
    expect(resolveWindow({ region: 'us-east-1', range: 'custom', from: '2026-11-01T00:00:00.000Z' }, now)).toEqual({ since: '2026-11-01T00:00:00.000Z' });
  });
});
