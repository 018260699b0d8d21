import { jobEvidenceRoute } from '@/lib/server/api-routes';

/** `GET /api/jobs/{region}/{jobName}/evidence` -> EvidenceBundle (raw evidence, secrets redacted). */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request, { params }: { params: Promise<{ region: string; jobName: string }> }): Promise<Response> {
  return jobEvidenceRoute(params, undefined, request);
}
