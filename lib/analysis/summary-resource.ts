/**
 * The words of a diagnosis summary that tell one failed job from its neighbours: the S3 location,
 * the repository, the key or the subnet it is about, or, for a failure in the code, the error it
 * quotes. Two rows of the list often share every other word ("Role nlp-training-role cannot
 * download channel train from …"), so the list keeps this part visible and lets the rest be cut.
 * Read from the sentence itself, so it is exactly what the summary names.
 */
const PATTERNS: readonly { pattern: RegExp; pick: (m: RegExpExecArray) => string | undefined }[] = [
  // s3://bucket/prefix/ — the first one a summary names is the one the failed request was about.
  { pattern: /s3:\/\/[^\s"'()]+/, pick: (m) => m[0] },
  { pattern: /\brepository ([a-z0-9][a-z0-9._\/-]*)/, pick: (m) => m[1] },
  // A KMS key: its id (the ARN's tail) is what differs between two keys of one account.
  { pattern: /arn:aws[\w-]*:kms:[^\s:]*:\d*:(key\/[0-9a-f-]+|alias\/[\w\/-]+)/, pick: (m) => m[1] },
  { pattern: /\b(subnet-[0-9a-f]+)/, pick: (m) => m[1] },
  { pattern: /\bendpoint (vpce-[0-9a-f]+)/, pick: (m) => m[1] },
  // Any other ARN (an ECR repository without the word, a log group, a role): its resource part.
  { pattern: /arn:aws[\w-]*:[a-z0-9-]+:[^\s:]*:\d*:([^\s]+)/, pick: (m) => m[1] },
  // A failure in the job itself quotes the error: ("KeyError: 'tenure_months'"). Its first words
  // tell it apart; a long message is shortened (the sentence under it keeps the rest).
  { pattern: /\("([^"]+)"\)/, pick: (m) => shorten(m[1] ?? '') },
];

/** The distinguishing resource named in `summary`, or undefined when it names none. */
export function summaryResource(summary: string): string | undefined {
  for (const { pattern, pick } of PATTERNS) {
    const match = pattern.exec(summary);
    const found = match ? pick(match) : undefined;
    if (found) return trimTrailingPunctuation(found);
  }
  return undefined;
}

const QUOTE_MAX = 60;

function shorten(text: string): string {
  if (text.length <= QUOTE_MAX) return text;
  const cut = text.slice(0, QUOTE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s.,:;]+$/, '')}…`;
}

// The sentence goes on after the resource: "…/train/: no identity policy…", "…/model.tar.gz."
function trimTrailingPunctuation(text: string): string {
  return text.replace(/[.,:;]+$/, '');
}
