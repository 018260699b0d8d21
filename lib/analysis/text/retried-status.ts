import type { Observation } from '../observations';
import { THROTTLED } from './error-families';
import { lineAt } from './line-window';

// SageMaker's status messages for a start it retried: "Insufficient capacity error from EC2 while launching
// instances, retrying!", "Launched instance was unhealthy, replacing it!" (SecondaryStatusTransitions, the
// SDK's `fit()` log "Starting - …"). Each is an event the job went on past: it got its instances, or a
// replacement, and then failed for a reason the FailureReason or the log gives. Alone they are still what the
// text says; beside any other reading they yield to it. So does a job's status that it is waiting for capacity
// ("Pending - Training job waiting for capacity"): it waited, and then ran or failed for its own reason.
const RETRIED = /,[ \t]{0,4}(?:retrying|replacing it)[ \t]{0,4}[!.]?[ \t]*$|\bwaiting for (?:compute |instance )?capacity\b/i;
// The whole line that ends so, for blanking every such line of a message.
const RETRIED_LINE = new RegExp(`^[^\\n]*${RETRIED.source}`, 'gim');
const RETRIED_CAUSES: ReadonlySet<string> = new Set(['capacity', 'internal']);
/** Below every other reading of a failure (the code's own exception is 30). */
const RETRIED_STRENGTH = 20;

// A client's log that it is retrying a throttled call ("[DEBUG] Retrying Request: sagemaker/DescribeTrainingJob,
// attempt 2: ThrottlingException: Rate exceeded", a Terraform provider's; "Rate exceeded. Retrying in 2 seconds"):
// the call went on and the job's own failure is said elsewhere, as for a retried start. Only the lines that carry
// the throttle are passed over (another failure on a retried line, a denial or an OOM, is still read), and none
// when the retries ran out: on the throttle's line ("reached max retries: 4", "giving up after 5 attempts", "attempt
// 5 of 5", "retry quota exhausted", "stopped retrying") or by the retrying library's own exception (tenacity's and
// Google's `RetryError`, raised with the last attempt's error): that throttle is what failed.
const THROTTLE_RETRIED = /\bretrying\b|\bwill (?:be )?retr(?:y|ied)\b|\bbacking off\b/i;
// botocore's own count inside the error a retrying library logs ("Backing off … (botocore.exceptions.ClientError: …
// (reached max retries: 4): Rate exceeded)", backoff's; tenacity's "Retrying … as it raised ClientError …"): the
// client's inner retries, which the library's outer retry goes on past. On a line that says nothing of retrying, it
// is the final error.
const BOTOCORE_RETRIES = /\(reached max retries: \d{1,3}\)/gi;
// A line that carries a throttle: AWS's throttling message in words (THROTTLED, as the error detail reads it), a
// throttling code's name said in a sentence ("Throttling", "SlowDown", "RequestLimitExceeded"), or a rate limit.
const THROTTLE_WORDS = new RegExp(`${THROTTLED.source}|\\bThrottl|\\bSlow ?Down\\b|\\bRequestLimitExceeded\\b|\\brate limit`, 'i');
const RETRIES_EXHAUSTED =
  /\bmax(?:imum)?[ _](?:retries|attempts|retry)\b|\b(?:retries|attempts) (?:exhausted|exceeded)\b|\bretry (?:quota|budget|limit) (?:exhausted|exceeded)\b|\b(?:gave|giving) up\b|\bafter \d{1,3} (?:retries|attempts|tries)\b|\bno (?:more )?retries\b|\b(?:not|stopped) retrying\b|\b(?:failed after|retrying failed)\b/i;
const ATTEMPT_OF = /\battempt[ \t]{1,3}(\d{1,3})[ \t]{0,3}(?:of|\/)[ \t]{0,3}(\d{1,3})\b/i;
const RETRY_ERROR = /\bRetryError\b/;

/** Whether a line says its retries ran out: in words, or as the last of its numbered attempts. */
function saysRetriesRanOut(line: string): boolean {
  const attempt = ATTEMPT_OF.exec(line);
  const outer = THROTTLE_RETRIED.test(line) ? line.replace(BOTOCORE_RETRIES, '') : line;
  return RETRIES_EXHAUSTED.test(outer) || (attempt !== null && attempt[1] === attempt[2]);
}

/** Whether a line is a throttle a client says it is retrying, and not that its retries ran out. */
function isRetriedThrottleLine(line: string): boolean {
  return THROTTLE_RETRIED.test(line) && THROTTLE_WORDS.test(line) && !saysRetriesRanOut(line);
}

/** Whether the message says a throttled call's retries ran out, on a throttle's line or by a retrying library's exception. */
function throttleRetriesRanOut(message: string): boolean {
  return RETRY_ERROR.test(message) || message.split('\n').some((line) => THROTTLE_WORDS.test(line) && saysRetriesRanOut(line));
}

/**
 * Whether the observation read the capacity or the instance's health on a line that says SageMaker retried it,
 * or a throttle on a line that says a client is retrying the call.
 */
function readOnRetriedLine(observation: Observation, message: string): boolean {
  const throttle = observation.cause === 'throttling';
  if (!RETRIED_CAUSES.has(observation.cause) && !throttle) return false;
  const at = message.indexOf(observation.excerpt);
  if (at < 0) return false;
  const line = lineAt(message, at, observation.excerpt.length);
  return throttle ? isRetriedThrottleLine(line) && !throttleRetriesRanOut(message) : RETRIED.test(line);
}

/**
 * A message's observations with its retried lines passed over (SageMaker's retried starts, a client's retried
 * throttle): when a reading came from such a line, the message is read again with those lines blank
 * (`readWithout`), so that a reading elsewhere (the job's final "CapacityError: Unable to provision …", its CUDA
 * OOM) is found where it is; the retried lines' own readings follow, as weak as a passing event. With nothing else
 * read, they stand.
 */
export function passOverRetriedLines(found: Observation[], message: string, readWithout: (message: string) => Observation[]): Observation[] {
  const retried = found.filter((o) => readOnRetriedLine(o, message));
  if (retried.length === 0) return found;
  const blank = (line: string) => ' '.repeat(line.length);
  const withoutThrottles = message
    .split('\n')
    .map((line) => (isRetriedThrottleLine(line) ? blank(line) : line))
    .join('\n');
  const rest = readWithout(withoutThrottles.replace(RETRIED_LINE, blank));
  const weak = retried.map((o) => ({ ...o, strength: Math.min(o.strength, RETRIED_STRENGTH) }));
  return rest.length > 0 ? [...rest, ...weak] : [...found.filter((o) => !retried.includes(o)), ...weak];
}
