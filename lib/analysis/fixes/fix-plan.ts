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
  /** The note to show when re-simulation cannot prove the fix (instead of the generic one). */
  unverifiedNote?: string;
  /**
   * Set when the fix names a value the evidence cannot fill (`subnet-XXXXXXXX`): re-simulation proves it only once that
   * value is filled in, so it is never shown as verified.
   */
  namesPlaceholder?: boolean;
  /**
   * Plans that are ways around the same denial (the compliant change, the exception) share this:
   * they are alternatives, never applied together nor verified together.
   */
  alternatives?: string;
  /**
   * A step that must come first whatever follows (a disabled key enabled): offered, unverified, even when the checks
   * still fail after it, since what else denies them shows only once it is taken.
   */
  firstStep?: boolean;
};
