import { findIf, type GrammarVerdict } from './grammar-verdict';

// SageMaker's refusal of a request whose S3 location it could not read, worded as the access that failed
// and the S3 read permissions the role needs ("ValidationException … CreateModel operation: Could not access
// model data at <location>. Please ensure that the role … Also ensure that the role has \"s3:GetObject\"
// permissions …", philschmid/llm-sagemaker-sample#2). The generic validation code says only that the request
// was refused; the sentence says why: the role's read of S3 (`s3-read`). Read only under that code (the
// caller, read-error-detail.ts), and only when the message names an S3 read permission: "Could not find
// model data at s3://…" is an object that is not there (`data`), and a script's own "could not access data
// at /opt/ml/input" has no code and names no permission.
const COULD_NOT_ACCESS = /\b(?:could not|cannot|can't|unable to|failed to) access (?:the )?(?:[\w-]{1,30} ){0,3}?at\b/i;
const ACCESS_WORDS = [' access '];
const S3_READ_PERMISSION = /\bs3:(?:GetObject|ListBucket)\b/i;
const S3_READ_WORDS = ['s3:getobject', 's3:listbucket'];

/** The role's read of S3 a validation refusal names as what failed, or undefined. */
export function readS3AccessRefusal(text: string, lower: string, strength: number): GrammarVerdict | undefined {
  const access = findIf(lower, ACCESS_WORDS, COULD_NOT_ACCESS, text);
  if (!access || !findIf(lower, S3_READ_WORDS, S3_READ_PERMISSION, text)) return undefined;
  return { rule: 's3-access-refused', cause: 's3-read', stage: 'input', strength, excerpt: access };
}
