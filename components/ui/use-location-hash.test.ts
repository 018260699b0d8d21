import { describe, expect, it } from 'vitest';
import { readHash } from './use-location-hash';

describe('readHash', () => {
  it.each([
    ['#check-input-train-s3-getobject', 'check-input-train-s3-getobject'],
    ['#check-a%20b', 'check-a b'],
    ['', ''],
    ['#', ''],
    // Malformed escapes must not throw: the page would crash on a mangled link.
    ['#check-%E0%A4%A', 'check-%E0%A4%A'],
    ['#%', '%'],
  ])('%j → %j', (hash, expected) => {
    expect(readHash(hash)).toBe(expected);
  });
});
