import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkPalette, MIRROR, OUTPUT, THEME_CSS } from '../scripts/dark-palette';

describe('app/dark-palette.css', () => {
  it('is what scripts/dark-palette.ts makes from the installed Tailwind (run it after an upgrade)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(darkPalette(readFileSync(THEME_CSS, 'utf8')));
  });

  it('turns each shade to its mirror, and white to the dark card colour', () => {
    const css = darkPalette(':root { --color-slate-50: A; --color-slate-900: B; --color-slate-950: C; --color-slate-400: D; --color-slate-500: E; }');
    expect(css).toContain('--color-slate-50: C;');
    expect(css).toContain('--color-slate-900: A;');
    expect(css).toContain('--color-slate-400: E;');
    expect(css).toContain('--color-slate-500: D;');
    expect(css).toContain('--color-white: B;');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
  });

  it('keeps the light values inside .palette-fixed (terminal boxes stay as designed)', () => {
    const css = darkPalette(':root { --color-slate-50: A; --color-slate-950: C; --color-white: #fff; }');
    const fixed = css.slice(css.indexOf('.palette-fixed'));
    expect(fixed).toContain('--color-slate-50: A;');
    expect(fixed).toContain('--color-slate-950: C;');
    expect(fixed).toContain('--color-white: #fff;');
  });

  it('gives every light shade a dark one and the reverse', () => {
    const light = ['50', '100', '200', '300'];
    for (const shade of light) expect(Number(MIRROR[shade])).toBeGreaterThanOrEqual(700);
    for (const shade of ['700', '800', '900', '950']) expect(Number(MIRROR[shade])).toBeLessThanOrEqual(200);
  });
});
