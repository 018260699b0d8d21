import { findIfWhere } from './grammar-verdict';
import { lineAt } from './line-window';
import { isWarningLineAt } from './quiet-lines';
import { CONTAINER_PATH } from './request-arguments';

// The platform's own reading of the job's hyperparameters failing to decode one of them (the legacy container_support
// toolkit's "No JSON object could be decoded" from `_deserialize_hyperparameters`, the training toolkit's
// JSONDecodeError from `hyperparameters.json`): a value the job was given, not the code's (also under an AlgorithmError).
// Python json's refusal of what it decoded, in its exception's name or its own words (container-reports.ts reads it in a
// model server's client error too).
const HYPERPARAMETER_READER = /\bin _?(?:deserialize|load|read)_hyperparameters\b|\bTrainingEnvironment\.HYPERPARAMETERS_FILE\b|\bread_json\([^\n]{0,120}["']hyperparameters\.json["']/;
// Its messages end in the position it stopped at ("Expecting ',' delimiter: line 1 column 31 (char 30)", "Extra data: line 2
// column 1 (char 38)", "Unterminated string starting at: …"), the mark of json's own refusal whatever it expected.
export const JSON_UNDECODED =
  /\bNo JSON object could be decoded\b|\bJSONDecodeError\b|\b(?:Expecting|Extra data|Unterminated string|Invalid control character|Invalid \\{1,2}escape)\b[^\n]{0,60}?: line \d{1,6}(?: column \d{1,6} \(char \d{1,9}\))?/;

/** The platform's reader's decode error of a hyperparameter, never beside the job's own code; undefined when there is none. */
export function undecodedHyperparameter(text: string, lower: string): string | undefined {
  // Only the platform's own reader's frame, and never beside the job's own code (a script's `_load_hyperparameters`
  // of its own config, an endpoint's input_fn decoding a payload: the thirty-second review).
  return lower.includes('hyperparameter') && HYPERPARAMETER_READER.test(text) && !CONTAINER_PATH.test(text) ? JSON_UNDECODED.exec(text)?.[0] : undefined;
}

// A version the job's environment has, said not to match the one it needs or to be below a minimum, by SageMaker's
// own tooling (the remote function's bootstrap: "Python version found in the container is '3.10' which does not match
// python version '3.11' on the local client"; its deserializer: "Please make sure to install SageMaker SDK version >=
// 2.156.0 on the client side"): the comparison names the container, the client, the image or the SDK on its line. A
// program's own check of its files ("Checkpoint format version 2 does not match the expected version 3"), a library's
// warning and anything under the job's own code are not (the thirty-second review).
const VERSION_MISMATCH =
  /\bversion\b[^\n]{0,80}?\b(?:does not|doesn't|do not) match\b[^\n]{0,60}?\bversion\b|\b(?:install|upgrade to|use)\b[^\n]{0,40}?\bversion ?>= ?\d[\w.]{0,20}/i;
const VERSION_SUBJECT = /\b(?:container|client|image|SDK|SageMaker)\b/;

/** A version SageMaker's tooling compared and found wanting, on a line that is not a warning; undefined when there is none. */
export function versionComparison(text: string, lower: string): string | undefined {
  return findIfWhere(lower, ['version'], VERSION_MISMATCH, text, (at) => !isWarningLineAt(text, at) && VERSION_SUBJECT.test(lineAt(text, at)));
}
