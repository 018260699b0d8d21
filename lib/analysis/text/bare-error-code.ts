import { familyOfCode } from './error-families';

/**
 * AWS's error code written the way the Go and JavaScript SDKs and EC2's tools print it: the bare
 * code, a colon, then the message ("VcpuLimitExceeded: You have requested more vCPU capacity…",
 * "AuthFailure: An error occurred authenticating your credentials…"), with no "An error occurred
 * (Code)" around it. A PascalCase word before a colon is often something else ("SageMaker: …",
 * "ValueError: …"), so only a name that belongs to an error family is taken, and exception class
 * names (…Error, …Exception) are left to the exception reader.
 */
const CODE_NAME = /^[A-Z][a-z0-9]{1,20}(?:[A-Z][a-z0-9]{0,20}){1,6}$/;
// What may come right before the code: the start of the text, a space, a quote, "=", ">", "(" or "|".
const LEAD = new Set([' ', '\t', '\n', '"', "'", '=', '>', '(', '|']);
const MESSAGE_START = /[A-Z<"']/;
// Or the module botocore's few exceptions without a suffix are qualified by ("botocore.exceptions.ProfileNotFound:
// The config profile (x) could not be found", round 51); not another library's (requests' InvalidSchema, conda's
// InvalidVersionSpec are their own checks, not AWS's codes).
const EXCEPTIONS_MODULES = ['botocore.exceptions.', 'boto3.exceptions.'];
// A pasted log puts many "key: value" separators before the error line (the toolkit's environment dump,
// a library's INFO lines); each try costs a walk of at most MAX_NAME characters, so the bound is generous.
const MAX_TRIED = 512;
const MAX_NAME = 140;

const isAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

// The Go SDK (v1) prints a code whose message is empty as "SlowDown: " and puts the request's
// details on the next line, indented (the indent lost when a log viewer's prefix is stripped):
// "SlowDown:\n\tstatus code: 503, request id: …".
// A page or a log that joins lines puts them on one: "SlowDown: status code: 503, request id: …".
const GO_DETAILS = /^:[ \t]{0,3}(?:\n[ \t]{0,8})?status code: /;

// The Go SDK's details line under the code ("\tstatus code: 400, request id: …") shows the code is the one AWS answered,
// so the families read only in a code AWS quoted apply too ("ReservationCapacityExceeded: The requested reservation does
// not have sufficient … capacity", EC2 through Terraform, round 182).
const GO_DETAILS_LINE = /\bstatus code: [2-5]\d\d, request id: /;

/** The family code ending right before the colon at `at`, if the name there is one. */
function codeBefore(text: string, at: number, quoted: boolean): string | undefined {
  let start = at;
  while (start > 0 && at - start < MAX_NAME && isAlnum(text.charCodeAt(start - 1))) start -= 1;
  if (start > 0 && !LEAD.has(text.charAt(start - 1)) && !EXCEPTIONS_MODULES.some((module) => text.endsWith(module, start))) return undefined;
  const name = text.slice(start, at);
  // Under the Go SDK's details line a name ending in Error is AWS's code all the same (CloudWatch's "ValidationError:⏎\tstatus
  // code: 400, request id: …", round 197): no exception prints that line.
  return CODE_NAME.test(name) && (quoted || !/(?:Error|Exception)$/.test(name)) && familyOfCode(name, { quoted }) ? name : undefined;
}

// Walks the ": " separators (few in any text) rather than trying a pattern at every position: most
// texts carry none of these codes, and the CLI reads tens of thousands of texts a second.
export function bareErrorCode(text: string): string | undefined {
  const quoted = text.includes('status code: ') && GO_DETAILS_LINE.test(text);
  let from = 0;
  for (let tried = 0; tried < MAX_TRIED; tried++) {
    const at = text.indexOf(': ', from);
    if (at < 0) break;
    from = at + 2;
    if (!MESSAGE_START.test(text.charAt(at + 2))) continue;
    const name = codeBefore(text, at, quoted);
    if (name) return name;
  }
  // The Go SDK's empty-message layout: only where its details line follows.
  from = 0;
  for (let tried = 0; tried < MAX_TRIED; tried++) {
    const details = text.indexOf('status code: ', from);
    if (details < 0) return undefined;
    from = details + 13;
    const at = text.lastIndexOf(':', details - 1);
    if (at < 0 || details - at > 16 || !GO_DETAILS.test(text.slice(at, details + 13))) continue;
    const name = codeBefore(text, at, quoted);
    if (name) return name;
  }
  return undefined;
}
