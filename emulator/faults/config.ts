/**
 * The faults one emulator run injects. Everything is optional; an empty object is a healthy AWS.
 */
export interface Faults {
  /** Added to every signed call before it is answered. */
  latencyMs?: number;
  /** Requests per second per operation, keyed `sagemaker:DescribeTrainingJob`. */
  rateLimits?: Record<string, number>;
  /** Share of calls (0..1) answered with the service's 500. */
  errorRate?: number;
  /** Deterministic alternative for tests: every Nth signed call fails with a 500. */
  errorEvery?: number;
  /** Seed for `errorRate`'s random draws, so a run can be replayed. */
  seed?: number;
  /** IAM actions refused to the dashboard, e.g. `iam:GetRole` (`*` wildcards allowed). */
  deny?: string[];
  /**
   * When set, every action the dashboard calls that matches none of these (`*` wildcards allowed) is
   * refused: the dashboard holds exactly these permissions (`--allow-only-policy FILE`).
   */
  allowOnly?: string[];
  /** Milliseconds clock for the rate limiter; tests inject one to stay deterministic. */
  clock?: () => number;
  /** How latency is waited out; tests inject one to observe it without timing anything. */
  delay?: (ms: number) => Promise<void>;
}

/** Parses `sagemaker:DescribeTrainingJob=5,logs:FilterLogEvents=5`. */
export function parseRateLimits(spec: string): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, value] = part.split('=');
    const rate = Number(value);
    if (!key || !key.includes(':') || !Number.isFinite(rate) || rate <= 0) {
      throw new Error(`Invalid rate limit "${part}": expected service:Operation=<requests per second>`);
    }
    limits[key.trim()] = rate;
  }
  return limits;
}
