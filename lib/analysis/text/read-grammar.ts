import { readFailureParts, type FailureParts } from './failure-parts';
import { findIf, type GrammarVerdict } from './grammar-verdict';
import { readErrorDetail } from './read-error-detail';

export type { GrammarVerdict } from './grammar-verdict';

// SageMaker's VPC-mode configuration: DHCP option sets, subnets, security groups, network interfaces.
const NETWORK_CONFIG = /\bDHCP options?\b|\bdopt-[0-9a-f]{4,}|\bsubnet-[0-9a-f]{4,}|\bsubnets?\b|\bsecurity groups?\b|\bsg-[0-9a-f]{4,}|\bnetwork interfaces?\b|\bENIs?\b|\bVpcConfig\b/i;
// A built-in algorithm complaining about its input: a data format (or the archive it came in) named on
// the same line as what is wrong with it. A format word, not a file name: "train.csv" names a file.
const DATA_FORMAT = /(?<![\w./-])(?:libsvm|csv|record ?io|protobuf|parquet|jsonlines|json|tfrecords?|content ?type|header|delimiter|magic number|label format|tar(?:\.gz)?|tgz|gzip)\b/i;
const DATA_DEFECT = /\b(?:pars(?:e|ing)|unable to|cannot|could not|failed to (?:load|read)|not found|invalid|incorrect|malformed|corrupt\w*|non-numeric|does not (?:follow|start|match|contain|accept)|expected|mismatch|no iterator|not supported|ensure)\b/i;
const FORMAT_WORDS = ['libsvm', 'csv', 'record', 'protobuf', 'parquet', 'json', 'tfrecord', 'content', 'header', 'delimiter', 'magic number', 'label format', 'tar', 'tgz', 'gzip'];
// The last line of a Python traceback: a module-qualified exception ("tensorflow...InvalidArgumentError: ...").
const QUALIFIED_EXCEPTION = /(?:^|\n)[ \t]*(?:[a-z_][a-z0-9_]{0,40}\.){1,8}[A-Z][A-Za-z0-9]{0,60}(?:Error|Exception):/;
const HYPERPARAMETER = /\bhyper-?parameters?\b/i;

/** A line naming a data format and what is wrong with it (the built-in algorithms' input errors). */
function dataFormatLine(text: string, lower: string): string | undefined {
  if (!findIf(lower, FORMAT_WORDS, DATA_FORMAT, text)) return undefined;
  return text.split('\n', 50).find((line) => line.length < 4096 && DATA_FORMAT.test(line) && DATA_DEFECT.test(line));
}

/** The class and stage alone, when the detail named nothing more specific. */
function readSideAndStage(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  // SageMaker mounts the job's file systems before the code runs: a mount the code itself attempts
  // (under an AlgorithmError) is the code's business.
  if (parts.mount && parts.side !== 'algorithm') return { rule: 'mount-failed', cause: 'vpc', stage: 'network', strength: 72, excerpt: 'mount' };
  if (parts.side !== 'client' && parts.side !== 'algorithm' && parts.side !== undefined) return undefined;
  const format = parts.errorCode ? undefined : dataFormatLine(text, lower);
  if (format) return { rule: 'data-format', cause: 'data', stage: 'input', strength: 56, excerpt: format.trim().slice(0, 200) };
  if (parts.side === undefined) {
    // Without SageMaker's class, a module-qualified Python exception is still the code's own failure.
    // An AWS error the SDK raised (botocore's ClientError with a code no family knows) is not the
    // code's own failure: it stays unknown rather than user-code.
    const raised = parts.exceptions.length > 0 && !parts.errorCode && !/\b(?:botocore|boto3|s3transfer)\./.test(text) ? QUALIFIED_EXCEPTION.exec(text)?.[0] : undefined;
    return raised ? { rule: 'qualified-exception', cause: 'user-code', strength: 28, excerpt: raised.trim() } : undefined;
  }
  // An AlgorithmError no detail explained is still the training code's (or the built-in algorithm's).
  if (parts.side === 'algorithm') return { rule: 'algorithm-side', cause: 'user-code', strength: 30, excerpt: 'AlgorithmError' };
  if (parts.errorCode || lower.includes('failed to invoke')) return undefined;
  const network = NETWORK_CONFIG.exec(text)?.[0];
  if (network) return { rule: 'vpc-config', cause: 'vpc', stage: 'network', strength: 70, excerpt: network };
  if (HYPERPARAMETER.test(text)) return { rule: 'client-hyperparameter', cause: 'validation', strength: 52, excerpt: 'hyperparameter' };
  // A ClientError no detail explains is on the job's side (configuration, input, permissions), but
  // which of them the words do not say: guessing one was wrong more often than right on held-out
  // texts, so the side is kept (the summary says it) and the cause stays unknown.
  return { rule: 'client-side', cause: 'unknown', strength: 5, ...(parts.stage ? { stage: parts.stage } : {}), excerpt: 'ClientError' };
}

/**
 * Reads a failure text by its grammar — class (whose side), stage phrase, underlying error — and
 * returns what each level says. The specific detail outranks the class, which only catches what no
 * detail explained: an unseen AlgorithmError is still the training code, an unseen mount failure
 * still the network, an unseen ClientError outside SageMaker's stages the input the algorithm got.
 */
export function readGrammar(text: string, lower = text.toLowerCase()): GrammarVerdict[] {
  const parts = readFailureParts(text, lower);
  const verdicts: GrammarVerdict[] = [];
  const detail = readErrorDetail(parts, text, lower);
  if (detail) verdicts.push(parts.stage && !detail.stage ? { ...detail, stage: parts.stage } : detail);
  const side = readSideAndStage(parts, text, lower);
  if (side) verdicts.push(side);
  return verdicts;
}
