import type { Fix } from '../diagnosis';
import type { Change } from './changes';

/**
 * A fix before verification: what to show (the Fix fields, minus what verification decides), and
 * the changes that re-simulation applies.
 */
export type FixPlan = Omit<Fix, 'id' | 'verified' | 'notes'> & {
  key: string;
  notes: string[];
  changes: Change[];
  /** Set when the document being changed could not be read: re-simulation can then only show the statement works on its own. */
  unverifiable?: string;
};
