import type { Observation } from '../observations';
import { lineAt } from './line-window';

// SageMaker's status messages for a start it retried: "Insufficient capacity error from EC2 while launching
// instances, retrying!", "Launched instance was unhealthy, replacing it!" (SecondaryStatusTransitions, the
// SDK's `fit()` log "Starting - …"). Each is an event the job went on past: it got its instances, or a
// replacement, and then failed for a reason the FailureReason or the log gives. Alone they are still what the
// text says; beside any other reading they yield to it.
const RETRIED = /,[ \t]{0,4}(?:retrying|replacing it)[ \t]{0,4}[!.]?[ \t]*$/i;
const RETRIED_CAUSES: ReadonlySet<string> = new Set(['capacity', 'internal']);
/** Below every other reading of a failure (the code's own exception is 30). */
const RETRIED_STRENGTH = 20;

/**
 * The observation as weak as a passing event when it read the capacity or the instance's health on a line that
 * says SageMaker retried it; the observation itself otherwise.
 */
export function weakenRetriedStart(observation: Observation, message: string): Observation {
  if (!RETRIED_CAUSES.has(observation.cause)) return observation;
  const at = message.indexOf(observation.excerpt);
  if (at < 0 || !RETRIED.test(lineAt(message, at, observation.excerpt.length))) return observation;
  return { ...observation, strength: Math.min(observation.strength, RETRIED_STRENGTH) };
}
