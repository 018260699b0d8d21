import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '@/lib/analysis/test-support/bundle';
import { LogsPanel } from './logs-panel';

const text = (unproven?: number) => renderToStaticMarkup(<LogsPanel evidence={buildBundle({})} lead unproven={unproven} />).replace(/<[^>]+>/g, ' ');

describe('LogsPanel leading the page', () => {
  it('says no request was refused when every request was checked', () => {
    expect(text(0)).toMatch(/No request the job makes was refused\./);
  });

  it('with requests left unproven, claims no more than the readable policies show', () => {
    const said = text(7);
    expect(said).not.toMatch(/No request the job makes was refused\./);
    expect(said).toMatch(/refused by the policies the dashboard could read; 7 could not be checked/);
  });
});
