/**
 * A log's INFO and DEBUG lines blanked, for the rules that read words.
 *
 * A line a program logged at INFO or DEBUG reports its progress, not its failure: XGBoost's container
 * prints "[…:INFO] Failed to parse hyperparameter objective value reg:squarederror to Json." on every
 * run, NCCL "NCCL INFO NET/Plugin : Plugin load (libnccl-net.so) returned 2 : … cannot open shared
 * object file" on every start. Read as words, they outrank the error the log ends with. A quiet line
 * that names an exception or an error class is kept: an agent logs the exception it caught at INFO
 * ("INFO [ssm-agent-worker] Entering SSM Agent hibernate - ThrottlingException: Rate exceeded").
 *
 * Like the names' mask, the blank keeps the length and every character that is not a letter or a
 * digit, so a rule's match still sits where it was in the original.
 */

// The level near the start of a line, as logging libraries print it: "INFO:sagemaker:", "[…:INFO]",
// "2023-… INFO worker.py…", "NCCL INFO", "[INFO]". Upper case only: "info" in prose is a word.
const QUIET_LINE = /^[^\n]{0,80}?\b(?:INFO|DEBUG)\b[^\n]*/gm;
const NAMES_AN_ERROR = /\w(?:Exception|Error)\b/;

const blank = (line: string): string => line.replace(/[A-Za-z]/g, 'x').replace(/\d/g, '0');

/** The text with its INFO and DEBUG lines blanked; the same string when it has none. */
export function blankQuietLines(text: string): string {
  if (!text.includes('INFO') && !text.includes('DEBUG')) return text;
  return text.replace(QUIET_LINE, (line) => (NAMES_AN_ERROR.test(line) ? line : blank(line)));
}

// A line logged at WARN: another component's news, printed whether or not anything failed ("WARN Client:
// Neither spark.yarn.jars nor spark.yarn.archive is set, falling back to uploading libraries").
const WARNING_LINE = /^[^\n]{0,80}?\bWARN(?:ING)?\b[^\n]*$/gm;

/** The text without its WARN lines, for readings that take context from the lines around a match. */
export function withoutWarningLines(text: string): string {
  return text.includes('WARN') ? text.replace(WARNING_LINE, '') : text;
}
