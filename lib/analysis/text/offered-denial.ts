import type { Cause } from '../diagnosis';
import { MODEL_DENIED, PERMISSION_UNCONFIRMED } from './bare-denial';
import { THROTTLED } from './error-families';
import { linesAround } from './line-window';
import { regionUnavailable } from './request-resource-reports';

// A refusal whose own message offers a denial as the other cause does not say which it is (round 86's "The specified
// Workteam '…' does not exist or you do not have access to it"), as "Invalid … or incorrect permissions" does not: the
// validation code it carries is not read as the request's.
// Its wordings: "does not exist or you do not have access to it", "… does not exist in hub 'X' or the caller does not
// have access", "… does not exist or is not accessible", "Could not find … or you do not have permission to access it"
// (the forty-first review). Only in the message of the code or exception it would read (its line and the next): a
// line a script printed before about another resource is not that refusal's.
// Athena's COLUMN_NOT_FOUND says it so too ("Column 'x' cannot be resolved or requester is not authorized to access requested
// resources", under InvalidRequestException, the fifty-fourth review).
const OR_NO_ACCESS =
  /\b(?:(?:does not|doesn't|do not|don't) exist|could not find|cannot be (?:found|resolved))\b(?:[^\n.]|\.(?! )){0,200}?,? or (?:(?:you|the (?:caller|role|user)) (?:do|does)(?: not|n't) have (?:access|permissions?)\b|(?:is|are) not accessible\b|(?:the )?requester is not authori[sz]ed\b)/i;
/** The message of the code or exception `name`: its line and the next; empty when the text does not name it. */
function ownMessage(text: string, name: string): string {
  const at = text.indexOf(name);
  return at >= 0 ? linesAround(text, at, name.length, { before: 0, after: 1 }) : '';
}

/** Whether the message of the code or exception `name` offers a denial as the other cause. */
function offersDenial(text: string, lower: string, name: string | undefined): boolean {
  if (!name || !lower.includes(' or ') || !(lower.includes(' exist') || lower.includes(' find') || lower.includes(' found') || lower.includes(' resolved'))) return false;
  return OR_NO_ACCESS.test(ownMessage(text, name));
}

/**
 * Whether the own message of the code or exception `name` says a permission could not be confirmed: a service that checks
 * the role's permission before it starts refuses the request with a validation code when it could not confirm it
 * ("ValidationException … CreateModelCustomizationJob operation: Could not validate PutObject permissions to access Amazon
 * S3 bucket: …", Bedrock's, the forty-sixth review). The permission is what failed, not a value of the request.
 */
export function permissionUnconfirmed(text: string, lower: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  if (lower.includes('permission') && PERMISSION_UNCONFIRMED.test(ownMessage(text, name))) return true;
  return (lower.includes('authori') || lower.includes('not able to call') || lower.includes('permissions to call') || lower.includes('permission to call') || lower.includes('access to the model') || lower.includes('missing the following permission')) && CALLER_NOT_AUTHORIZED.test(ownMessage(text, name));
}
// The caller said in so many words not to be authorized to call the API ("ValidationException … InvokeModel operation: Your
// account is not authorized to invoke this API operation.", Bedrock's, round 148): a refusal under a validation code.
// So is a role said not able to call the model the request named ("Knowledge base role arn:… is not able to call specified
// embedding model arn:…", StartIngestionJob's, round 148).
// So is Lambda's event source check of the function's role ("InvalidParameterValueException: The provided execution role does not
// have permissions to call ReceiveMessage on SQS") and S3's check of a notification's target ("InvalidArgument: Unable to validate
// the following destination configurations. Not authorized to invoke function […]", round 174).
// So are Bedrock's own sentences for a model refused (bare-denial.ts's MODEL_DENIED: "ValidationException … Retrieve operation:
// You don't have access to the model with the specified model ID.", a knowledge base's embedding model, round 190; a role not
// able to call the model named, with or without its ARN).
// So is a caller said to miss permissions it lists ("ValidationException … RegisterScalableTarget operation: User is missing the
// following permissions: execute-api:Invoke:PATCH, …", Application Auto Scaling's, round 197), and one said not to have
// permission to call an IAM action it names ("AccessDenied. User doesn't have permission to call ssm:GetParameters (Service:
// AmazonCloudFormation; … Error Code: ValidationError …)", CloudFormation's resolution of a template's parameter, round 227).
const CALLER_NOT_AUTHORIZED_FORMS = /\b(?:account|role|user|caller|principal|you) (?:is |are )?not authori[sz]ed to (?:invoke|call|use|perform) (?:this|the [A-Z]\w{1,60}) (?:API|operation|action)\b|\b(?:User|role|caller) is missing the following permissions?\b|\brole does not have permissions? to call [A-Z]\w{1,60}\b|\b(?:User|role|caller|you) (?:doesn't|does not|don't|do not) have permissions? to call [a-z][a-z0-9-]{1,30}:[A-Z]\w{1,60}\b|\bNot authori[sz]ed to invoke function\b/i;
const CALLER_NOT_AUTHORIZED = new RegExp(`${CALLER_NOT_AUTHORIZED_FORMS.source}|${MODEL_DENIED.source}`, 'i');

// A validation code whose message reports that what the request asked about failed on its own ("InvalidRequestException:
// Query did not finish successfully. Final query state: FAILED", Athena's GetQueryResults of a failed query, round 142):
// the request was valid, the query was not, and the text does not say why.
const OWN_RUN_FAILED = /\bdid not finish successfully\b|\bFinal (?:query )?state: FAILED\b/i;
// A server's failure whose own message relays an AWS service's answer of a 4xx ("ServiceFailureException: Server error:
// S3Exception: null (Service: S3, Status Code: 403, …)", Iceberg's REST catalog, round 151): that answer is what failed.
const RELAYED_CLIENT_STATUS = /\(Service: [\w .-]{1,40}, Status Code: 4\d\d\b/;
// A rate code whose own message is a count the account may raise ("TooManyRequestsException … You have exceeded the limit for
// the number of queries you can run concurrently. … request a concurrent query limit increase", Athena's, round 156): the
// quota's, as its words say.
const LIMIT_INCREASE = /\b(?:request|ask for) (?:a |an )?(?:[\w-]{1,20} ){0,3}(?:limit|quota) increase\b/i;
// STS's InvalidIdentityToken when the token is fine and the role's federation is not (round 143).
// A SAML or OIDC provider that does not match the assertion ("Issuer not present in specified provider", "Response signature
// invalid", round 157) is the same federation's.
export const FEDERATION_REFUSED = /\bNo OpenIDConnect provider found\b|\bIncorrect token audience\b|\bIssuer not present in specified provider\b|\bResponse signature invalid\b/i;

/**
 * Whether the own message of the code or exception `name` says its family's cause is not what happened, so the family is
 * not read: a validation code that offers a denial as the other cause (above), or a denial's code whose message says
 * the API is unavailable in the region the request went to ("NotAuthorizedException … API is currently not available
 * for the requested region", round 95): nothing was refused to the caller, the region is the request's. A validation code
 * whose message says a permission could not be confirmed (above) is that denial's; one whose message reports what it asked
 * about failed on its own is no refusal; a credentials code whose message is the role's federation is the trust's; a
 * server's failure whose message relays a service's 4xx is that answer's.
 */
export function messageOverrulesFamily(cause: Cause, text: string, lower: string, name: string | undefined): boolean {
  // S3's ServiceUnavailable asks for a lower rate in its message ("Reduce your concurrent request rate for the same object", the
  // ninety-third review), as its SlowDown does: the rate's.
  if (cause === 'internal') return name !== undefined && ((lower.includes('status code: 4') && RELAYED_CLIENT_STATUS.test(ownMessage(text, name))) || (lower.includes('reduce') && THROTTLED.test(ownMessage(text, name))));
  if (cause === 'throttling') return name !== undefined && lower.includes('increase') && LIMIT_INCREASE.test(ownMessage(text, name));
  // A limit code whose own message is a rate (Kinesis' "LimitExceededException: Rate exceeded for stream s", round 174) is the
  // rate's, as a validation code's is.
  if (cause === 'quota') return name !== undefined && lower.includes('rate exceeded') && /\bRate exceeded\b/i.test(ownMessage(text, name));
  if (cause === 'validation') return offersDenial(text, lower, name) || permissionUnconfirmed(text, lower, name) || (name !== undefined && OWN_RUN_FAILED.test(ownMessage(text, name)));
  if (cause === 'expired-credentials') return name !== undefined && FEDERATION_REFUSED.test(ownMessage(text, name));
  if (cause !== 'other-permission' || !name || !lower.includes('region')) return false;
  return regionUnavailable(ownMessage(text, name)) !== undefined;
}
