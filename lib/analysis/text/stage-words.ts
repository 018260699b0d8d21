import type { Stage } from '../diagnosis';

// Words SageMaker uses in its status messages and failure reasons for each stage, most specific first.
const STAGE_WORDS: readonly [RegExp, Stage][] = [
  [/\bassum(?:e|ing) (?:the )?role\b/i, 'assume-role'],
  [/training image|container image|\bECR\b|pull(?:ing)? (?:the )?image/i, 'image'],
  [/checkpoint/i, 'checkpoints'],
  [/\bupload(?:ing|ed)?\b|model artifacts?|output data/i, 'output'],
  [/\bdownload(?:ing|ed)?\b|input data|training data/i, 'input'],
];

/** The stage a sentence mentions, if any. */
export function stageOfWords(text: string): Stage | undefined {
  return STAGE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

// Secondary statuses that name a stage on their own; Starting and Training do not.
const STAGE_OF_STATUS: Readonly<Record<string, Stage>> = {
  Downloading: 'input',
  Uploading: 'output',
};

/**
 * The stage the job was in when it failed: the last secondary status before the terminal one, read
 * through its message first ("Downloading the training image" is the image stage, not input).
 */
export function failedStageOf(statusMessages: readonly { status: string; message: string }[]): Stage | undefined {
  const terminal = new Set(['Failed', 'Stopped', 'Stopping', 'Completed', 'MaxRuntimeExceeded', 'MaxWaitTimeExceeded', 'Interrupted']);
  const last = [...statusMessages].reverse().find((s) => !terminal.has(s.status));
  // "Training image download completed. Training in progress." is about user code, not the image.
  if (!last || last.status === 'Training') return undefined;
  return stageOfWords(last.message) ?? STAGE_OF_STATUS[last.status];
}
