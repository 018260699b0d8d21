import { blankWords } from './mask-identifiers';

// Lambda's report that it could not decrypt a function's environment with KMS, relaying KMS's own answer after it ("Lambda
// was unable to decrypt the environment variables because KMS access was denied. … KMS Exception:
// UnrecognizedClientException KMS Message: The security token included in the request is invalid.", an AWS
// knowledge-center page, round 210). The token KMS refused is the one Lambda sent for the function (a grant to a role since
// re-created), not the caller's credentials: Lambda names the failure, the key's access. The credential words of KMS's
// answer (its exception's name, ExpiredTokenException among them, and the token sentence; the sixty-fifth review) are
// blanked for the rules that read words; the request readers still read the text as written.
const RELAY_HEAD = /\bbecause KMS access was denied\b[^]{0,400}?KMS Exception:/;
const CREDENTIAL_WORDS = /\b(?:UnrecognizedClientException|ExpiredTokenException|InvalidClientTokenId|InvalidSignatureException|The security token included in the request is (?:invalid|expired))\b/g;
const RELAY_LENGTH = 600;

/** The text with the credential words of KMS's answer, as Lambda relays it under "KMS access was denied", blanked (lengths kept). */
export function blankLambdaKmsRelay(text: string): string {
  if (!text.includes('KMS Exception:')) return text;
  const head = RELAY_HEAD.exec(text);
  if (!head) return text;
  const from = head.index + head[0].length;
  const relayed = text.slice(from, from + RELAY_LENGTH).replace(CREDENTIAL_WORDS, (words) => blankWords(words));
  return text.slice(0, from) + relayed + text.slice(from + RELAY_LENGTH);
}
