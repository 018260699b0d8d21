/**
 * A short, stable id for a group: the same account, region and group key give the same id in
 * every process, across restarts and re-diagnosis, on both store backends. 53 bits of cyrb53
 * (pure arithmetic, so it runs in the browser and the analysis layer alike), as 14 hex digits.
 */
export const GROUP_ID_PATTERN = /^[0-9a-f]{14}$/;

export function groupIdOf(accountId: string, region: string, key: string): string {
  return cyrb53(`${accountId}|${region}|${key}`).toString(16).padStart(14, '0');
}

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
