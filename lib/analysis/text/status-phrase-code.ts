import { familyOfCode } from './error-families';

/**
 * A service's error code written in words after the HTTP status, as S3 and its older clients print
 * it ("Error Code: 503 Slow Down", "Error: 503 Slow Down", "500 Internal Error"): the words joined
 * are the code (SlowDown, InternalError). HTTP's own reason phrases ("403 Forbidden", "429 Too Many
 * Requests", "503 Service Unavailable") say only the status, which is read elsewhere and by its
 * host: a model hub's 429 is a refused download, not an AWS API's rate. Only a phrase that names a
 * code of a known family is taken.
 */
const STATUS_PHRASE = /\b[45]\d\d ([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){0,3})\b/g;
const HTTP_REASON_PHRASES = new Set([
  'BadRequest', 'Unauthorized', 'PaymentRequired', 'Forbidden', 'NotFound', 'MethodNotAllowed', 'NotAcceptable',
  'RequestTimeout', 'Conflict', 'Gone', 'TooManyRequests', 'InternalServerError', 'NotImplemented', 'BadGateway',
  'ServiceUnavailable', 'GatewayTimeout', 'Client', 'Server',
]);
const MAX_TRIED = 4;

export function statusPhraseCode(text: string): string | undefined {
  let tried = 0;
  for (const m of text.matchAll(STATUS_PHRASE)) {
    const words = (m[1] ?? '').split(' ');
    // The longest run of words that is a known code: "503 Slow Down; Request ID" stops at "SlowDown".
    for (let n = words.length; n > 0; n--) {
      const code = words.slice(0, n).join('');
      if (HTTP_REASON_PHRASES.has(code) || HTTP_REASON_PHRASES.has(words[0] ?? '')) break;
      if (familyOfCode(code)) return code;
    }
    if (++tried >= MAX_TRIED) return undefined;
  }
  return undefined;
}
