import { describe, expect, it } from 'vitest';
import { collectPages } from './paginate';

describe('collectPages', () => {
  it('follows the token to the end, empty pages included', async () => {
    const book: Record<string, { items: number[]; next?: string }> = { start: { items: [1], next: 'a' }, a: { items: [], next: 'b' }, b: { items: [2, 3] } };
    await expect(collectPages('numbers', 5, async (t) => book[t ?? 'start'] ?? { items: [] })).resolves.toEqual([1, 2, 3]);
  });

  it('treats an empty-string token as the end', async () => {
    await expect(collectPages('numbers', 5, async () => ({ items: [1], next: '' }))).resolves.toEqual([1]);
  });

  it('refuses to pass off a capped listing as complete', async () => {
    let calls = 0;
    const never = async () => ({ items: [calls++], next: 'more' });
    await expect(collectPages('the things', 3, never)).rejects.toMatchObject({ name: 'PageCapReached', message: expect.stringMatching(/^the things has more than 3 pages/) });
    expect(calls).toBe(3);
  });
});
