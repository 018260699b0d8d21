import { startBackgroundWork } from '@/lib/server/services';

/** Readiness probe for the demo launcher, Playwright and load balancers: 200 once the app serves. */
export const dynamic = 'force-dynamic';

export function GET() {
  // The first probe after start-up also starts the live-events poller (JOBTRIAGE_EVENTS_QUEUE_URL).
  startBackgroundWork();
  return Response.json({ status: 'ok' });
}
