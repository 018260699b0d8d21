import { findIf, type GrammarVerdict } from './grammar-verdict';

/**
 * What a built-in algorithm says is wrong on the customer's side, in its own words, once the side is
 * known to be the customer's (SageMaker's `ClientError`, or the algorithm toolkit's `UserError`,
 * failure-parts.ts). There the customer gave only the job's settings and its input, so a sentence that
 * constrains a named setting is the request's (`validation`) and one that finds the input's location
 * wrong is the input (`data`). Outside that side the same words are as often a script's own checks.
 */

// A setting named as the algorithms name them: the word "parameter", a quoted value ("Metric 'auc'"), or a
// snake_case name (`tree_method`, `base_score`).
const NAMED_SETTING = /\bparameters?\b|'[^'\n]{1,60}'|\b[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,6}\b/i;
// What the setting must be, in the XGBoost container's and the algorithms' sentences: "can only be applied
// for classification", "can be used only when the tree_method parameter is set to …", "should be selected
// from these options", "expects float input", "should be greater equal to 0", "must be in (0,1)", "Require
// input for parameter 'num_class'", "Do not need to setup parameter 'num_class' for …".
const SETTING_CONSTRAINT =
  /\b(?:can|may) only be (?:used|applied|set|specified)\b|\b(?:can|may) be (?:used|applied|set|specified) only\b|\b(?:should|must) be (?:selected from|one of)\b|\bmust be in [[(]|\bexpects? (?:a |an )?(?:float|int(?:eger)?|string|bool(?:ean)?|numeric|number|positive)\b|\b(?:should|must) be (?:greater|less|larger|smaller|higher|lower)(?: than)?(?: or)? equal\b|\brequire[sd]? input for parameter\b|\bdo not need to set ?up parameter\b/i;
const CONSTRAINT_WORDS = ['only', 'selected from', 'one of', 'must be in', 'expect', 'equal', 'require', 'need to set'];

// The input's location, as the job's container sees it: a path under /opt/ml/input/data/, or the data's
// path named in words ("training data's path", "the data path"), with what is wrong with it: missing, not
// a valid path, a hidden file in it ("Hidden file found in the data path! Remove that before training."), a
// file in it that could not be read ("imread read blank (None) image for file: /opt/ml/input/data/…").
const INPUT_LOCATION = /\/opt\/ml\/input\/data\/|\b(?:training |input )?data(?:'s|set)? (?:path|directory|folder|location)\b/i;
const LOCATION_DEFECT =
  /\bnot (?:a )?valid (?:path|file|directory)\b|\b(?:does not|doesn't|is not|not) exist(?:s|ed)?\b|\bnot found\b|\bhidden files?\b|\bno (?:such )?files?\b|\bis empty\b|\b(?:cannot|could not|unable to|failed to) (?:read|open|decode|load)\b|\bread blank\b|\bcorrupt\w{0,4}\b/i;

/** The customer-side report a line of the text makes, if any: a setting's constraint or the input's location. */
export function readCustomerSideReport(text: string, lower: string): GrammarVerdict | undefined {
  if (findIf(lower, CONSTRAINT_WORDS, SETTING_CONSTRAINT, text)) {
    const line = text.split('\n', 50).find((l) => l.length < 4096 && SETTING_CONSTRAINT.test(l) && NAMED_SETTING.test(l));
    if (line) return { rule: 'client-setting-constraint', cause: 'validation', strength: 50, excerpt: line.trim().slice(0, 200) };
  }
  if (findIf(lower, ['/opt/ml/input/data/', 'path', 'directory', 'folder', 'location'], INPUT_LOCATION, text)) {
    const line = text.split('\n', 50).find((l) => l.length < 4096 && INPUT_LOCATION.test(l) && LOCATION_DEFECT.test(l));
    if (line) return { rule: 'input-location-defect', cause: 'data', stage: 'input', strength: 54, excerpt: line.trim().slice(0, 200) };
  }
  return undefined;
}
