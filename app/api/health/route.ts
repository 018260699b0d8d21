/** Readiness probe for the demo launcher, Playwright and load balancers: 200 once the app serves. */
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' });
}
