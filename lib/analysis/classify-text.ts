import type { TextDiagnosis } from './diagnosis';
import type { FailureText } from './observations';

/** PLACEHOLDER until the text layer lands: the signature is the contract. */
export function classifyText(_text: FailureText): TextDiagnosis {
  throw new Error('classifyText: not implemented yet');
}
