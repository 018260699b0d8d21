/**
 * A failure another service relays in a field of its own, when the text pasted is that one record: Step
 * Functions' task failure (`{"Error": "SageMaker.AmazonSageMakerException", "Cause": "…"}`, the execution
 * history's `{"error": …, "cause": …}`), one CloudFormation resource event (`"ResourceStatusReason"`), Lambda's
 * error response (`{"errorMessage": "'request'", "errorType": "KeyError"}`, mr-rigden/alexa_template#6). A CloudTrail
 * record of a refused call (`"eventName": "GetObject", … "errorCode": "AccessDenied", "errorMessage": "Access Denied"`, the
 * fifty-eighth review) is read as the SDK would have reported that call.
 *
 * Only a record pasted whole, and only its own top-level field: a list of records (describe-stack-events, whose
 * newest reason is the rollback's; AWS Batch's describe-jobs, whose statusReason is "Essential container in task
 * exited" while the container's own reason says why) or a log whose first line happens to be JSON is read whole.
 */

const GATE = /ause|ResourceStatusReason|errorMessage|"eventName"/;
// A Python exception's class as Lambda's runtime names it, dotted or not.
const CLASS_NAME = /^[A-Za-z_][\w.]{0,120}$/;
const SDK_CALL = /^[a-z][A-Za-z0-9]{1,80}$/;
const SDK_INTEGRATION_ERROR = /^(?!States\.)([A-Z][A-Za-z0-9]{1,30})\.(?!Amazon)([A-Z][A-Za-z0-9]{1,80}?)(?:Exception)?$/;

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A refused call as botocore words it: the one sentence the readings of a code and its operation know. */
const botocoreSentence = (code: string, operation: string, message: string): string => `An error occurred (${code}) when calling the ${operation} operation: ${message}`;

/**
 * An AWS SDK integration's task (the history's "resourceType": "aws-sdk:s3") names the service's code in its error
 * ("S3.NoSuchKeyException" above a cause of only "null (Service: S3, Status Code: 404, …)", round 171) and the call as its
 * resource ("headObject"): written as botocore writes them. Not Step Functions' own errors (States.TaskFailed) nor a
 * service's wrapper of the real reason (SageMaker.AmazonSageMakerException), whose cause says it; an optimized integration's
 * record (Error and Cause alone) keeps its cause as it is. Undefined when the record is no such task's.
 */
function sdkIntegrationFailure(fields: Record<string, unknown>, cause: string): string | undefined {
  const call = stringField(fields, 'resourceType')?.startsWith('aws-sdk:') ? SDK_CALL.exec(stringField(fields, 'resource') ?? '')?.[0] : undefined;
  const error = call ? SDK_INTEGRATION_ERROR.exec(stringField(fields, 'error') ?? '') : null;
  const [service, code] = [error?.[1], error?.[2]];
  if (!call || service === undefined || code === undefined) return undefined;
  const operation = `${call.charAt(0).toUpperCase()}${call.slice(1)}`;
  // The service's generic exception ("S3.S3Exception", the sixtieth review) names no code: the call alone, before its cause.
  if (code.toLowerCase() === service.toLowerCase()) return `${operation} operation: ${cause}`;
  return cause.includes(code) ? undefined : botocoreSentence(code, operation, cause);
}

/** The relayed failure's message, when the whole text is one such record; undefined otherwise. */
export function relayedFailure(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}') || !GATE.test(trimmed)) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const fields = record as Record<string, unknown>;
  const eventName = stringField(fields, 'eventName');
  const errorCode = stringField(fields, 'errorCode');
  if (eventName !== undefined && errorCode !== undefined) return botocoreSentence(errorCode, eventName, stringField(fields, 'errorMessage') ?? '');
  const message = stringField(fields, 'errorMessage');
  if (message !== undefined) {
    // Lambda's message alone often lacks the class (a KeyError's is only the key): written as a traceback ends.
    const type = stringField(fields, 'errorType');
    return type !== undefined && CLASS_NAME.test(type) && !message.startsWith(type) ? `${type}: ${message}` : message;
  }
  const cause = stringField(fields, 'Cause') ?? stringField(fields, 'cause');
  return (cause !== undefined ? sdkIntegrationFailure(fields, cause) : undefined) ?? cause ?? stringField(fields, 'ResourceStatusReason');
}
