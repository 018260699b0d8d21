// A built-in algorithm's container runs AWS's own code, installed under /opt/amazon (DeepAR's and the
// first-party algorithms' `ai_algorithms_sdk`, XGBoost 0.72's `sage_xgboost`, BlazingText's `blazingtext`),
// and no training script: a traceback whose every frame is there (or in the Python it runs on) did not
// fail in code the user wrote, so "fix the training script" sends them nowhere. Such a crash is almost
// always the algorithm meeting input it does not expect (a field, a shape, a length, a hyperparameter),
// as its own CustomerError says when it checks first (the held-out XGBoost and BlazingText texts).
// A log quoted through CloudWatch's CSV export doubles the quotes (`File ""/opt/amazon/…""`).
const FRAME = /^[ \t]{0,40}(?:\d{1,5}:[ \t]{1,4})?File ""?([^"\n]{1,300})""?, line \d{1,7}[^\n]{0,200}/gm;
const AWS_ALGORITHM_PATH = /^\/opt\/amazon\/|[\\/](?:ai|sg)_algorithms_sdk[\\/]/;
// The interpreter's own library and packages beside it: what AWS's code calls, not where a user's code lives.
const PYTHON_LIBRARY_PATH = /^\/(?:usr\/(?:local\/)?)?lib(?:64)?\/python\d(?:\.\d{1,2})?\//;
// The job's own code: a script, a source directory or a model's inference code SageMaker put in the container.
const JOB_CODE_PATH = /^\/opt\/ml\//;
// Python's own pseudo-files ("<string>", "<frozen importlib._bootstrap>") say nothing of whose code ran.
const PSEUDO_FILE = /^</;
// The algorithm's own classes for what it checked and refused (the Algorithm SDK's CustomerError, the toolkit's UserError
// and PlatformError): a report, read by its message elsewhere ("Training did not complete successfully! Please check the
// logs" says no more than that), not a crash.
const OWN_CHECK = /^(?:[\w]{1,40}\.){0,8}(?:Customer(?:Value)?Error|UserError|PlatformError)\b/;
// The exception the traceback ends in, on its own line after the innermost frame ("IndexError: tuple index out of range").
const RAISED_LINE = /^[ \t]{0,8}(?:[A-Za-z_][\w]{0,40}\.){0,8}[A-Z]\w{0,60}(?:Error|Exception|Interrupt)\b[^\n]{0,200}/m;

/**
 * The exception (or, without its line, the innermost frame) of a traceback that ran only AWS's built-in
 * algorithm code; undefined when the text shows no frame, any frame of the job's own code or of a path neither
 * AWS's nor Python's, or when it ends in one of the algorithm's own refusals.
 */
export function awsAlgorithmCrash(text: string): string | undefined {
  if (!text.includes('File "') || (!text.includes('/opt/amazon/') && !text.includes('_algorithms_sdk'))) return undefined;
  let innermost: RegExpExecArray | undefined;
  let awsFrames = 0;
  for (const frame of text.matchAll(FRAME)) {
    const path = frame[1] ?? '';
    if (JOB_CODE_PATH.test(path)) return undefined;
    if (AWS_ALGORITHM_PATH.test(path)) awsFrames += 1;
    else if (!PYTHON_LIBRARY_PATH.test(path) && !PSEUDO_FILE.test(path)) return undefined;
    innermost = frame;
  }
  if (!innermost || awsFrames === 0) return undefined;
  const raised = RAISED_LINE.exec(text.slice(innermost.index + innermost[0].length))?.[0].trim();
  if (raised && OWN_CHECK.test(raised)) return undefined;
  return raised ?? innermost[0].trim();
}
