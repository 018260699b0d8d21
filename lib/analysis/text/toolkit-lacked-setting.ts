import type { GrammarVerdict } from './grammar-verdict';

// A traceback of SageMaker's own code that failed on a setting the job never gave: the job's configuration
// (`validation`), not the customer's code. One reading of read-grammar.ts's class-and-stage level.

// The training toolkit's own traceback, not one frame of it the customer's code, failing on a value it was never
// given ("AttributeError: 'NoneType' object has no attribute 'endswith'" in its entry-point lookup: the job was
// created without the sagemaker_program its estimator sets): the job's configuration lacked a setting.
// The training toolkit's own packages and the framework containers' entry into them only (XGBoost's too, its
// training.py): a built-in algorithm's own modules (XGBoost's algorithm mode) get their None from the data as
// often, and the toolkit's functions.py calls the customer's own functions.
const TOOLKIT_FRAME =
  /^[ \t]*File "[^"\n]{0,300}\/(?:(?:sagemaker_training|sagemaker_containers|sagemaker_(?:pytorch|tensorflow|mxnet|sklearn|chainer)_container)\/(?!_?functions\.py")[^"\n]{1,200}|sagemaker_xgboost_container\/training\.py)", line \d{1,7}/;
// SageMaker Clarify's own packages (its analyzer and the smclarify library under it): a Clarify job runs no code of
// the customer's, and its own check raising that a value was not provided ("raise ValueError(\"Group variable is
// empty or not provided\")", aws/amazon-sagemaker-examples#1974) is the analysis configuration's missing setting.
// Not a None met inside them: Clarify's None comes from the data as often, or from its own defect.
const CLARIFY_FRAME = /^[ \t]*File "[^"\n]{0,300}\/site-packages\/(?:smclarify|analyzer)\/[^"\n]{1,200}", line \d{1,7}/;
const FRAME_LINE = /^[ \t]*File "[^"\n]{1,400}", line \d{1,7}/;
const NONE_VALUE = /\b(?:AttributeError|TypeError): [^\n]{0,80}'NoneType'/;
// The traceback's end saying a value was not given, as the exception or as the raise that made it, the sentence
// ending there ("… is empty or not provided\")"; not "was not set before the deadline").
const NOT_PROVIDED = /\b(?:is|are|was|were) (?:empty or |missing or )?not (?:provided|given|specified|set)(?=[ \t]{0,3}["'.)]{0,3}[ \t]*$)/m;

/** The job's configuration lacking a setting, when the toolkit's or Clarify's own traceback says so (below). */
export function lackedSettingVerdict(text: string): GrammarVerdict | undefined {
  const lacked = toolkitLackedSetting(text);
  return lacked ? { rule: 'toolkit-lacked-setting', cause: 'validation', strength: 36, excerpt: lacked } : undefined;
}

/**
 * Whether the text is the toolkit's own traceback (two frames or more, all the toolkit's) ending in a value that
 * was None or said not provided, or Clarify's ending in a value said not provided; the excerpt that says so.
 */
function toolkitLackedSetting(text: string): string | undefined {
  // Cheap gates first: read for every text without SageMaker's class, and most have no frames or neither ending.
  if (!text.includes('File "') || (!text.includes("'NoneType'") && !text.includes('not ')) || text.includes('ExecuteUserScriptError')) return undefined;
  const lines = text.split('\n', 400);
  const last = lines.findLastIndex((line) => FRAME_LINE.test(line));
  if (last < 0) return undefined;
  const frames = lines.filter((line) => FRAME_LINE.test(line));
  if (frames.length < 2) return undefined;
  // The two lines under the last frame: its source line and the exception (or the raise, when that is cut).
  const end = lines.slice(last + 1, last + 3).join('\n');
  const notProvided = end.includes('not ') ? NOT_PROVIDED.exec(end)?.[0] : undefined;
  const none = text.includes("'NoneType'") ? NONE_VALUE.exec(text)?.[0] : undefined;
  if (none && frames.every((line) => TOOLKIT_FRAME.test(line))) return none;
  return notProvided && frames.every((line) => TOOLKIT_FRAME.test(line) || CLARIFY_FRAME.test(line)) ? notProvided : undefined;
}
