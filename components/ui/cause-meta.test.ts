import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/lib/analysis/diagnosis';
import { CAUSE_META, causeMeta } from './cause-meta';

const hue = (classes: string) => /bg-([a-z]+)-/.exec(classes)?.[1];

describe('CAUSE_META', () => {
  it('has an entry for every cause id and nothing else', () => {
    expect(Object.keys(CAUSE_META).sort()).toEqual([...CAUSES].sort());
  });

  it('gives every cause its own label and its own colour', () => {
    const entries = CAUSES.map((c) => CAUSE_META[c]);
    expect(new Set(entries.map((m) => m.label)).size).toBe(CAUSES.length);
    expect(new Set(entries.map((m) => hue(m.badge))).size).toBe(CAUSES.length);
    expect(new Set(entries.map((m) => hue(m.swatch))).size).toBe(CAUSES.length);
  });

  it('keeps badge and swatch on the same hue, so chips and badges agree', () => {
    for (const c of CAUSES) expect(hue(CAUSE_META[c].swatch)).toBe(hue(CAUSE_META[c].badge));
  });

  it('marks the permission causes as such', () => {
    expect(CAUSE_META['s3-read'].permission).toBe(true);
    expect(CAUSE_META['user-code'].permission).toBe(false);
  });

  it('falls back to unknown for an id it does not know', () => {
    expect(causeMeta('not-a-cause')).toBe(CAUSE_META.unknown);
    expect(causeMeta('kms')).toBe(CAUSE_META.kms);
  });
});
