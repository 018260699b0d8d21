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

/** Whether the observation read the capacity or the instance's health on a line that says SageMaker retried it. */
function readOnRetriedLine(observation: Observation, message: string): boolean {
  if (!RETRIED_CAUSES.has(observation.cause)) return false;
  const at = message.indexOf(observation.excerpt);
  return at >= 0 && RETRIED.test(lineAt(message, at, observation.excerpt.length));
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
  const rest = readWithout(message.replace(RETRIED_LINE, (line) => ' '.repeat(line.length)));
  const weak = retried.map((o) => ({ ...o, strength: Math.min(o.strength, RETRIED_STRENGTH) }));
  return rest.length > 0 ? [...rest, ...weak] : [...found.filter((o) => !retried.includes(o)), ...weak];
}
