// A condition's clause before a report on its line ("If your role does not have kms:Decrypt access to the key, the job will
// fail", "… may fail if there is insufficient capacity", "If your job has no internet access, …"): a writer's advice about what
// would happen, not what did. Each reading says how far back the clause may start, whether "when" opens one (a time as often:
// "Deploy step failed when creating model X - the role does not have …"), and whether a colon or a sentence's mark ends it.

export interface ConditionClause {
  /** How many characters before the report the clause may start. */
  readonly reach: number;
  /** Whether "when" opens a condition here, not only a time. */
  readonly when?: boolean;
  /** Whether a colon, "!" or "?" ends the clause, as "." and ";" always do. */
  readonly colonEnds?: boolean;
}

/** A test of whether the report at `at` in `text` stands in a condition's clause, as `clause` reads one. */
export function conditionBefore(clause: ConditionClause): (text: string, at: number) => boolean {
  const words = ['if', 'unless', 'whether', 'in case', ...(clause.when ? ['when'] : [])].join('|');
  const stops = clause.colonEnds === false ? '.;' : '.;:!?';
  const pattern = new RegExp(String.raw`\b(?:${words})\b[^${stops}\n]{0,${clause.reach}}$`, 'i');
  return (text, at) => pattern.test(text.slice(Math.max(0, at - clause.reach), at));
}
