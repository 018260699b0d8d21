import { ARGUMENT_CHECK_CLASSES, PIPELINE_VARIABLE_REFUSED, SDK_FRAME, SDK_PACKAGE_PATH, SDK_SIGNATURE_REFUSED } from './client-traceback';
import { everyReportPassedOver, isWarningLineAt, lineWentOnPastAt, nextLineWentOnAt } from './quiet-lines';
import type { TextRule } from './rules';

/**
 * The SageMaker Python SDK refusing its caller's arguments before any request is sent: the frame that raised is the
 * SDK's own package (site-packages/sagemaker/…, not the containers' sagemaker_* toolkits) and its source line shows a
 * deliberate `raise` of one of Python's argument checks, ValueError, TypeError or AttributeError ("--> 274 raise
 * AttributeError(msg)" for "The TensorFlow version 2.1 doesn't support EIA.", the pipeline parameters' "The default
 * value specified does not match the Parameter Python type.", round 92). The estimator's, model's or pipeline's
 * arguments are what to change (`validation`), not code that ran: the exception-class reading (user-code) would
 * send the reader to a script that never started. A runtime error inside the SDK's code ("'NoneType' object has no
 * attribute …") shows no raise of its own and stays the code's, unless the object it failed over is a pipeline variable
 * (below).
 */

const CHECK_RAISED = String.raw`raise (${ARGUMENT_CHECK_CLASSES})\(`;
// The SDK's frame and the line it raised on, as client-traceback.ts keeps them above the exception: Python's frame
// ("File "…/site-packages/sagemaker/x.py", line 119, in f⏎    raise TypeError(…") or IPython's ("…/site-packages/sagemaker/
// x.py in f(self, …)⏎--> 274 raise AttributeError(msg)", the arrow on the line that raised).
// IPython prints the numbered lines before the arrow as context ("    116         if is_pipeline_variable(val):⏎--> 117
// raise ValueError(…)", round 202): up to ten of them may stand between the frame's header and the raise.
const CONTEXT_LINES = String.raw`(?:[ \t]{1,12}\d{1,7}(?:[ \t][^\n]{0,300})?\n){0,10}`;
const SDK_RAISE = new RegExp(
  String.raw`${SDK_PACKAGE_PATH}[^\n]{1,1300}\n(?:${CONTEXT_LINES}(?=-{1,4}>))?[ \t]{0,40}(?:-{1,4}>[ \t]{0,8}\d{1,7}[ \t]{1,40})?${CHECK_RAISED}`,
  'g',
);
// A later frame, Python's or IPython's: the SDK's raise was not the last call, so its exception is not the one printed.
// IPython 8 heads a frame "File ~/project/run.py:14, in go(cfg)" or, for a cell, "Cell In[5], line 14" (the sixty-fifth review).
const LATER_FRAME = /\n[ \t]{0,8}File "[^"\n]{1,300}", line \d|\.py in \w{1,100}\(|\n[ \t]{0,8}File [^"\n]{1,300}?\.py:\d{1,7}, in |\nCell In ?\[\d{1,6}\], line \d/;
const MAX_RAISES = 20;
// Both rules need the SDK's own package in a frame's path, in either slash.
const SDK_PATH_WORDS = ['-packages/sagemaker/', '-packages\\sagemaker\\'];

/** Whether the last raise the text shows is the SDK's check, the innermost frame, and its class ends the text's exception. */
function sdkCheckEndsTraceback(text: string): boolean {
  let last: RegExpExecArray | undefined;
  SDK_RAISE.lastIndex = 0;
  for (let m = SDK_RAISE.exec(text), n = 0; m && n < MAX_RAISES; m = SDK_RAISE.exec(text), n += 1) last = m;
  if (!last) return false;
  const after = text.slice(last.index + last[0].length);
  return !LATER_FRAME.test(after) && new RegExp(String.raw`(?:^|\n)[ \t]{0,8}${last[1]}: \S`).test(after);
}

// A runtime error inside the SDK's code over an object of the pipelines' own variable types ("AttributeError:
// 'ParameterString' object has no attribute 'startswith'" from sagemaker/utils.py, an instance type given as a pipeline
// parameter, aws/sagemaker-python-sdk#3974, round 102): the SDK was handed a pipeline variable where it needs the value
// while it builds the definition. The argument is what to change (a plain value there), whatever the SDK's line was.
// The frame header of Python's traceback or IPython's (before 8: "….py in f(…)"; 8 and later: "File …/x.py:612, in f(…)"):
// the last one in the text is where the exception was raised.
const FRAME_HEADER = /(?:^|\n)[ \t]{0,8}File "([^"\n]{1,300})", line \d|(?:^|\n)([^\n]{1,300}\.py) in \w{1,100}\(|(?:^|\n)[ \t]{0,8}File ([^"\n]{1,300}?\.py):\d{1,7}, in /g;
const MAX_FRAMES = 200;

/** Whether the text's innermost frame is the SDK's own package. */
function innermostFrameIsSdk(text: string): boolean {
  let last: string | undefined;
  FRAME_HEADER.lastIndex = 0;
  for (let m = FRAME_HEADER.exec(text), n = 0; m && n < MAX_FRAMES; m = FRAME_HEADER.exec(text), n += 1) last = m[1] ?? m[2] ?? m[3];
  return last !== undefined && SDK_FRAME.test(last);
}

// The SDK's own sentence for a framework, Python or image version it has no image for, which names the SDK as its author by
// telling the caller to upgrade it ("ValueError: Unsupported huggingface version: 4.38.0. You may need to upgrade your SDK
// version (pip install -U sagemaker) for newer huggingface versions.", quoted without its frames, round 215; a hard wrap may
// break it before "sagemaker"). The estimator's version argument is what to change, as when the frames show the SDK's raise.
// Not on a line logged at WARN or below that says the program went on ("WARNING:sagemaker.image_uris:Unsupported pytorch
// version: 2.5. … Falling back to 2.4.", the sixty-sixth review).
const SDK_VERSION_REFUSED = /\bUnsupported [\w .-]{1,40}? version: [^\n]{0,60}?\. You may need to upgrade your SDK version \(pip install -U\s{1,8}sagemaker\)/i;

const SDK_VERSION_REFUSED_ALL = new RegExp(SDK_VERSION_REFUSED.source, 'gi');

// The SDK's parse of an S3 URI it was handed (sagemaker/s3.py, parse_s3_url: "ValueError: Expecting 's3' scheme, got:  in
// data/train.csv.", a local path given where the estimator's inputs or output_path take an S3 URI; the hundred-and-thirty-sixth
// review): the argument is what to change, whichever frame the quote kept or cut. Not inside a job that ran (the training
// toolkit's own parse of a URI the script handed it, under ExecuteUserScriptError or a frame of /opt/ml/code): the script's call.
const SDK_S3_URI_REFUSED = /\bExpecting 's3' scheme, got: [^\n]{0,300}? in \S/;
const INSIDE_THE_JOB = /\bExecuteUserScriptError\b|\/opt\/ml\/code\//;

// A job the SDK created, or SageMaker's own failure of one (its class heading the reason the SDK reports): the SDK raises the
// version's refusal before any request, so where a job ran the refusal was not what ended the run (the sixty-ninth review: a
// cell's own print of the sentence beside the job's AlgorithmError).
const JOB_RAN = /\bCreating (?:training-job|training job|processing-job|processing job|transform-job|model|endpoint(?:-config)?) with name\b|\bError for [\w ]{1,40} job\b|^(?:AlgorithmError|ClientError|InternalServerError|CapacityError):/im;

/**
 * Whether the SDK's version sentence ended nothing: every occurrence is on a line that says the program went on, or on a
 * warning line the next of which does, or the text shows a job that ran.
 */
function everyVersionRefusalWentOn(text: string): boolean {
  const passedOver = (m: RegExpExecArray) => lineWentOnPastAt(text, m.index) || (isWarningLineAt(text, m.index) && nextLineWentOnAt(text, m.index));
  const every = everyReportPassedOver(text, SDK_VERSION_REFUSED_ALL, passedOver);
  return every === true || (every === false && JOB_RAN.test(text));
}

export const SDK_ARGUMENT_RULES: readonly TextRule[] = [
  {
    id: 'sdk-argument-check',
    words: SDK_PATH_WORDS,
    cause: 'validation',
    // Above the exception's class (33) and the SDK's sentences read as a request's refusal (44): the raise names who refused.
    strength: 46,
    pattern: new RegExp(SDK_RAISE.source),
    standsDown: (text) => !sdkCheckEndsTraceback(text),
  },
  {
    id: 'sdk-version-refused',
    words: ['upgrade your sdk version'],
    cause: 'validation',
    strength: 46,
    pattern: SDK_VERSION_REFUSED,
    // Every occurrence is looked at, as the container-answer and range readings do: one warning that went on does not hide
    // the same refusal that ended the run further down.
    standsDown: (text) => everyVersionRefusalWentOn(text),
  },
  {
    id: 'sdk-s3-uri-refused',
    words: ["expecting 's3' scheme"],
    cause: 'validation',
    strength: 46,
    pattern: SDK_S3_URI_REFUSED,
    standsDown: (text) => JOB_RAN.test(text) || INSIDE_THE_JOB.test(text),
  },
  {
    id: 'sdk-pipeline-variable-refused',
    words: SDK_PATH_WORDS,
    cause: 'validation',
    strength: 46,
    pattern: PIPELINE_VARIABLE_REFUSED,
    standsDown: (text) => !innermostFrameIsSdk(text),
  },
  {
    id: 'sdk-signature-refused',
    // The pattern is the exception's line; the frame's path is read by standsDown.
    words: ['typeerror: '],
    cause: 'validation',
    strength: 46,
    pattern: SDK_SIGNATURE_REFUSED,
    standsDown: (text) => !innermostFrameIsSdk(text),
  },
];
