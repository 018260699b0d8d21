/**
 * Input checks shared by the routes, the pages and the client: bad input is refused before any
 * AWS call is made.
 */

/** SageMaker's TrainingJobName pattern, at most 63 characters. */
const JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** Commercial, GovCloud, China and ISO partitions all follow this shape. */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export function isValidJobName(name: string): boolean {
  return name.length <= 63 && JOB_NAME.test(name);
}

export function isWellFormedRegion(region: string): boolean {
  return REGION.test(region);
}

export type Validation = { ok: true } | { ok: false; message: string };

export function validateJobName(name: string): Validation {
  if (isValidJobName(name)) return { ok: true };
  return {
    ok: false,
    message: `"${truncate(name)}" is not a valid training job name: SageMaker names are 1 to 63 letters, digits and hyphens, starting and ending with a letter or digit.`,
  };
}

/** A region must be well formed and among the ones this deployment is configured for. */
export function validateRegion(region: string, allowed: readonly string[]): Validation {
  if (!isWellFormedRegion(region)) {
    return { ok: false, message: `"${truncate(region)}" is not an AWS region name (expected something like us-east-1).` };
  }
  if (!allowed.includes(region)) {
    return { ok: false, message: `Region ${region} is not configured for this dashboard. Configured regions: ${allowed.join(', ')}.` };
  }
  return { ok: true };
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
