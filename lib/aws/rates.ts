import 'server-only';
import type { Rate } from './budget';

/**
 * Calls per second the dashboard allows itself per account, region and operation. AWS publishes
 * some of these (CloudWatch Logs; ListTrainingJobs as seen in Service Quotas) and not others
 * (DescribeTrainingJob and IAM are assumptions): see ../shared/AWS-NOTES.md, "Limits". Each is at
 * or below AWS's figure, and the burst is half the rate so that network jitter between our clock
 * and AWS's token bucket does not turn a paced call into a throttled one.
 */
const DEFAULT_RATES: Record<string, number> = {
  'sagemaker:ListTrainingJobs': 2,
  'sagemaker:DescribeTrainingJob': 20,
  'logs:FilterLogEvents': 5,
  'logs:GetLogEvents': 10,
  'logs:DescribeLogStreams': 25,
  'iam:*': 10,
  'ec2:*': 20,
  // ECR publishes no rate for GetRepositoryPolicy here: an assumption, and the dashboard asks once per job.
  'ecr:*': 10,
  'kms:*': 50,
  's3:*': 50,
  'sts:*': 20,
  // SQS publishes no per-API rate for standard queues ("nearly unlimited"); one poller needs few calls.
  'sqs:*': 50,
  'sagemaker:*': 10,
  'logs:*': 5,
};

/** The fallback for a service nobody listed: cautious, and still configurable. */
const FALLBACK_RATE = 5;

export type RateTable = Record<string, number>;

/**
 * Parses `JOBTRIAGE_AWS_RATES`: `sagemaker:ListTrainingJobs=2,iam:*=10`. Later entries win; a
 * malformed entry is an error at start-up, not a silently unlimited operation.
 */
export function parseRates(spec: string | undefined): RateTable {
  const table: RateTable = { ...DEFAULT_RATES };
  for (const entry of (spec ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const match = /^([a-z0-9-]+):([A-Za-z0-9*]+)=(\d+(?:\.\d+)?)$/.exec(entry);
    const perSecond = match ? Number(match[3]) : NaN;
    if (!match || !(perSecond > 0)) {
      throw new Error(`JOBTRIAGE_AWS_RATES: "${entry}" is not service:Operation=callsPerSecond (e.g. sagemaker:ListTrainingJobs=2)`);
    }
    table[`${match[1]}:${match[2]}`] = perSecond;
  }
  return table;
}

/** The rate for one operation: its own entry, else its service's `*`, else the fallback. */
export function rateFor(table: RateTable, service: string, operation: string): Rate {
  const perSecond = table[`${service}:${operation}`] ?? table[`${service}:*`] ?? FALLBACK_RATE;
  return { perSecond, burst: Math.max(1, Math.floor(perSecond / 2)) };
}
