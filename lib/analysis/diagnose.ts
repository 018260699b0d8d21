import type { Diagnosis } from './diagnosis';
import type { EvidenceBundle } from './evidence';

/** PLACEHOLDER until the proof layer lands: the signature is the contract. */
export function diagnose(_bundle: EvidenceBundle): Diagnosis {
  throw new Error('diagnose: not implemented yet');
}
