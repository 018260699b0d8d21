import type { FixTarget } from '../diagnosis';
import type { Change } from './changes';

/** A fix before verification: what to show, and the changes that re-simulation applies. */
export interface FixPlan {
  key: string;
  target: FixTarget;
  title: string;
  accountId: string;
  crossAccount: boolean;
  policy?: unknown;
  changedStatements?: unknown[];
  replaces?: unknown;
  cli: string;
  checkIds: string[];
  notes: string[];
  changes: Change[];
  /** Set when the document being changed could not be read: re-simulation can then only show the statement works on its own. */
  unverifiable?: string;
}
