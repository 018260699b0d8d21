import type { Observation } from '../observations';
import { lineAt } from './line-window';

// SageMaker's status messages for a start it retried: "Insufficient capacity error from EC2 while launching
// instances, retrying!", "Launched instance was unhealthy, replacing it!" (SecondaryStatusTransitions, the
// SDK's `fit()` log "Starting - …"). Each is an event the job went on past: it got its instances, or a
// replacement, and then failed for a reason the FailureReason or the log gives. Alone they are still what the
// text says; beside any other reading they yield to it.
const RETRIED = /,[ \t]{0,4}(?:retrying|replacing it)[ \t]{0,4}[!.]?[ \t]*$/i;
// The whole line that ends so, for blanking every such line of a message.
const RETRIED_LINE = new RegExp(`^[^\\n]*${RETRIED.source}`, 'gim');
const RETRIED_CAUSES: ReadonlySet<string> = new Set(['capacity', 'internal']);
/** Below every other reading of a failure (the code's own exception is 30). */
const RETRIED_STRENGTH = 20;

// A client's log that it is retrying a throttled call ("[DEBUG] Retrying Request: sagemaker/DescribeTrainingJob,
// attempt 2: ThrottlingException: Rate exceeded", a Terraform provider's; "Rate exceeded. Retrying in 2 seconds"):
// the call went on and the job's own failure is said elsewhere, as for a retried start. Not a line that says the
// retries ran out ("reached max retries: 4", "giving up after 5 attempts"): that throttle is what failed.
const THROTTLE_RETRIED = /\bretrying\b|\bwill (?:be )?retr(?:y|ied)\b/i;
const RETRIES_EXHAUSTED =
  /\bmax(?:imum)?[ _](?:retries|attempts|retry)\b|\b(?:retries|attempts) (?:exhausted|exceeded)\b|\b(?:gave|giving) up\b|\bafter \d{1,3} (?:retries|attempts|tries)\b|\bno (?:more )?retries\b|\bnot retrying\b|\bfailed after retrying\b/i;
const RETRIED_THROTTLE_LINE = new RegExp(`^(?=[^\\n]*(?:${THROTTLE_RETRIED.source}))(?![^\\n]*(?:${RETRIES_EXHAUSTED.source}))[^\\n]*$`, 'gim');

/** Whether a line says it is retrying a call, and not that its retries ran out. */
function isRetryingLine(line: string): boolean {
  return THROTTLE_RETRIED.test(line) && !RETRIES_EXHAUSTED.test(line);
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
  return throttle ? isRetryingLine(line) : RETRIED.test(line);
}

/**
 * A message's observations with its retried starts passed over: when a reading came from a line SageMaker
 * says it retried, the message is read again with those lines blank (`readWithout`), so that a reading of
 * the same kind elsewhere (the job's final "CapacityError: Unable to provision …") is found where it is; the
 * retried lines' own readings follow, as weak as a passing event. With nothing else read, they stand.
 */
export function passOverRetriedStarts(found: Observation[], message: string, readWithout: (message: string) => Observation[]): Observation[] {
  const retried = found.filter((o) => readOnRetriedLine(o, message));
  if (retried.length === 0) return found;
  const blank = (line: string) => ' '.repeat(line.length);
  const rest = readWithout(message.replace(RETRIED_LINE, blank).replace(RETRIED_THROTTLE_LINE, blank));
  const weak = retried.map((o) => ({ ...o, strength: Math.min(o.strength, RETRIED_STRENGTH) }));
  return rest.length > 0 ? [...rest, ...weak] : [...found.filter((o) => !retried.includes(o)), ...weak];
}
