import type { TextDiagnosis } from './diagnosis';
import type { FailureText, Observation } from './observations';
import { readUnwrappedObservations } from './text/read-observations';
import { summarizeText } from './text/summarize-text';
import { textGroupKey } from './text/text-group-key';
import { unwrapFailureTexts } from './text/unwrap-failure-text';

/** The strongest observation; the first one wins a tie (the failure reason comes first). */
function strongest(observations: readonly Observation[]): Observation | undefined {
  return observations.reduce<Observation | undefined>((best, o) => (!best || o.strength > best.strength ? o : best), undefined);
}

/**
 * The words worth quoting in the summary: the script's own error message when SageMaker wrapped
 * one (`ErrorMessage "..."`), else the line of the failure reason the rule matched, else the match.
 */
function detailOf(best: Observation, text: FailureText): string {
  const message = best.source.kind === 'failure-reason' ? (text.failureReason ?? '') : '';
  const wrapped = /ErrorMessage "([^\n]+)/.exec(message)?.[1];
  if (wrapped) return wrapped.replace(/"$/, '');
  const line = message.split('\n').find((l) => l.includes(best.excerpt.split('\n')[0] ?? best.excerpt));
  return (line ?? best.excerpt).trim();
}

/**
 * What the text alone says: the strongest observation's cause, `likely` at most (only evaluating
 * the policies can confirm), and `unknown` when no rule matched rather than a forced guess.
 */
export function classifyText(input: FailureText): TextDiagnosis {
  // Read, summarised and grouped as SageMaker wrote it, not in the wrapper it was pasted in.
  const text = unwrapFailureTexts(input);
  const observations = readUnwrappedObservations(text);
  const best = strongest(observations.filter((o) => o.cause !== 'unknown'));
  // A stage from an unrelated rule (a "VPC endpoint" mention beside an SCP denial) would mislead.
  const stage = best?.stage ?? strongest(observations.filter((o) => o.stage && (!best || o.cause === best.cause || o.cause === 'unknown')))?.stage;
  const firstText = text.failureReason ?? text.statusMessages?.[0]?.message ?? text.logLines?.[0]?.message ?? '';

  if (!best) {
    return {
      cause: 'unknown',
      confidence: 'unknown',
      summary: summarizeText('unknown', undefined, stage, firstText.trim(), observations.some((o) => o.rule === 'client-side')),
      ...(stage ? { stage } : {}),
      groupKey: textGroupKey('unknown', undefined, firstText),
    };
  }
  const deniedRequest = best.denied ?? strongest(observations.filter((o) => o.denied && o.cause === best.cause))?.denied;
  return {
    cause: best.cause,
    confidence: 'likely',
    summary: summarizeText(best.cause, deniedRequest, stage, detailOf(best, text)),
    ...(stage ? { stage } : {}),
    ...(deniedRequest ? { deniedRequest } : {}),
    groupKey: textGroupKey(best.cause, deniedRequest, [text.failureReason ?? '', best.excerpt].join('\n')),
  };
}
