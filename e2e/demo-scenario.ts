import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The demo account as the emulator serves it: the specs' oracle. Each job's `expect` says what it
 * is meant to demonstrate, so the tests follow the scenario instead of copying it.
 */
export interface DemoJob {
  name: string;
  region: string;
  status: string;
  expect?: { cause: string; decidedBy?: string; statementId?: string; partialEvidence?: string[]; note: string };
  environment?: Record<string, string>;
  logStreams?: { name: string; events: { message: string }[] }[];
}

const file = path.join(__dirname, '..', 'emulator', 'scenarios', 'demo.json');
const scenario = JSON.parse(readFileSync(file, 'utf8')) as { trainingJobs: DemoJob[] };

export const demoJobs: readonly DemoJob[] = scenario.trainingJobs;

export function failedJobs(region: string): DemoJob[] {
  return demoJobs.filter((j) => j.region === region && j.status === 'Failed');
}

/** The six headline causes of issue 4, each with every demo job meant to show it. */
export const HEADLINE_CAUSES = ['s3-read', 's3-write', 'kms', 'boundary', 'bucket-policy', 'vpc'] as const;

export function jobsWithCause(cause: string): DemoJob[] {
  return demoJobs.filter((j) => j.status === 'Failed' && j.expect?.cause === cause && !j.expect.partialEvidence?.length);
}

export function jobsWithPartialEvidence(): DemoJob[] {
  return demoJobs.filter((j) => j.status === 'Failed' && (j.expect?.partialEvidence?.length ?? 0) > 0);
}

/** Log lines planted to attack the page: HTML, and secrets the server must mask. */
export function jobWithLogLine(pattern: RegExp): { job: DemoJob; line: string } {
  for (const job of demoJobs) {
    for (const stream of job.logStreams ?? []) {
      const event = stream.events.find((e) => pattern.test(e.message));
      if (event) return { job, line: event.message };
    }
  }
  throw new Error(`the demo account has no log line matching ${pattern}`);
}
