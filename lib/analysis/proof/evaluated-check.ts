import type { RequestDenial } from '@cloud-copilot/iam-simulate';
import type { Check } from '../diagnosis';
import type { PlannedRequest } from '../requests/planned-request';
import type { DecidingReason } from './deciding-reason';
import type { MissingPiece, PolicyInputs } from './policy-inputs';

/** A check plus what the fix builder needs to know about how it was decided. */
export interface EvaluatedCheck {
  check: Check;
  planned: PlannedRequest;
  inputs: PolicyInputs;
  deciding?: DecidingReason;
  /** Every policy type that denied, as the simulator listed them (an identity gap can sit beside a boundary gap). */
  denials: RequestDenial[];
  /** Evidence whose absence kept the check from a proven verdict (or that the verdict did not need). */
  missing: MissingPiece[];
}
