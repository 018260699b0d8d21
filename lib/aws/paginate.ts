import 'server-only';

/**
 * Follows a service's page token up to a cap. SDK paginators have none, and a listing that stops
 * early must not pass for a complete one: a role's policy list missing its last page would let the
 * diagnosis call a request allowed or denied on half the evidence. So reaching the cap with a token
 * still in hand throws, and the caller's `attempt` turns that into a failed piece saying why.
 */
export async function collectPages<T>(
  what: string,
  maxPages: number,
  page: (token: string | undefined) => Promise<{ items: T[]; next?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const out = await page(token);
    all.push(...out.items);
    token = out.next || undefined;
    pages += 1;
  } while (token && pages < maxPages);
  if (token) {
    throw Object.assign(new Error(`${what} has more than ${maxPages} pages; the dashboard stopped there rather than read on, so the list is incomplete`), {
      name: 'PageCapReached',
    });
  }
  return all;
}
