import type { FailureParts } from './failure-parts';
import { findIf, findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt } from './line-window';
import { isWarningLineAt } from './quiet-lines';

// A body its receiver refused, over the size it accepts or named by the invocation's error: the record's (`data`) for
// a call that carries one, the request's own (`validation`) for a control-plane call. A part of the underlying error
// (read-error-detail.ts).

// HTTP 413, the receiver's refusal of a request body larger than it accepts, in any of its printings:
// botocore's "An error occurred (413) when calling the InvokeEndpoint operation: HTTP content length
// exceeded 5246976 bytes", Batch Transform's per-record "<object>: ClientError: 413", the reason
// phrases "Request Entity Too Large" and "Payload Too Large". An invocation's or a transform's body
// is the record the job was given: the input (`data`). A control-plane request's own body (a Create…,
// Update… or Put… operation) is the request's, a validation.
const PAYLOAD_TOO_LARGE =
  /\bClientError: 413\b|\(413\)|\b(?:status|HTTP(?:\/[\d.]{1,4})?|error code|code)[: ]{1,3}413\b|\b413\b[^\n]{0,4}(?:Request Entity|Payload|Content) Too Large\b|\bRequest Entity Too Large\b|\bPayload Too Large\b|\bcontent[ -]length exceeded\b|\b(?:Received|Sent) message larger than max \(\d{1,15} vs\. \d{1,15}\)|\b(?:has|with|an?)[ \t]{1,4}oversized?[ \t]{1,4}(?:request[ \t]{1,4})?(?:body|payload|message)\b|\bToo much data for max payload size\b/i;
// gRPC's own report of the same refusal (status RESOURCE_EXHAUSTED): "Received message larger than max
// (170662612 vs. 4194304)", a request or response over the size the serving transport accepts.
// A model server's frame decoder says it of the size it read ("io.netty.handler.codec.CorruptedFrameException:
// Message size exceed limit: 6572143", MMS and TorchServe on a response over max_response_size,
// aws/sagemaker-python-sdk#1096): a message, payload, body, request or response said to exceed its size
// limit is the same refusal, whichever end sent it. SageMaker Runtime says it of an invocation's body in
// one adjective ("Request {request-id} has oversize body.", a serverless endpoint's InvokeEndpoint,
// aws/amazon-sagemaker-examples#4485): the body, payload or message said to be oversize(d). Batch transform's
// "Too much data for max payload size" (a record, or a split, over MaxPayloadInMB) is the same.
const PAYLOAD_WORDS = ['413', 'too large', 'length exceeded', 'larger than max', 'oversize', 'max payload'];
// A message, payload, body, request or response said to exceed its size limit (the frame decoder's words
// above): not on a warning's line (a client that goes on, streaming instead), nor beside an upload (an S3
// single PUT's limit is the uploader's, not the record's).
const SIZE_OVER_LIMIT =
  /\b(?:message|payload|body|request|response|frame)[ -](?:size|length)[ \t]{1,4}(?:exceeds?|exceeded)[ \t]{1,4}(?:the[ \t]{1,4})?(?:max(?:imum)?[ \t]{1,4})?(?:size[ \t]{1,4})?limit\b/i;
const UPLOAD_WORDS = /\b(?:upload(?:ing|ed)?|PUT|multipart)\b/i;
const CONTROL_PLANE_OPERATION = /^(?:Create|Update|Put|Start|Add)[A-Z]/;

// An error named for the payload of an invocation, in the form a tool reports a runtime call's error ("PayloadError when
// calling InvokeEndpoint operation", Inference Recommender's, round 96): the body the invocation carried, as a 413 is.
const INVOCATION_PAYLOAD_ERROR = /\bPayload\w{0,30}(?:Error|Exception)\)? when calling (?:the )?InvokeEndpoint(?:Async|WithResponseStream)? operation\b/;

/** A message, payload or body over its size limit or named by an invocation's error: the record's (`data`), or a control-plane request's own body. */
export function payloadVerdict(parts: FailureParts, text: string, lower: string): GrammarVerdict | undefined {
  const payloadError = lower.includes('payload') ? INVOCATION_PAYLOAD_ERROR.exec(text)?.[0] : undefined;
  if (payloadError) return { rule: 'invocation-payload-error', cause: 'data', stage: 'input', strength: 60, excerpt: payloadError };
  const tooLarge =
    findIf(lower, PAYLOAD_WORDS, PAYLOAD_TOO_LARGE, text) ??
    findIfWhere(lower, ['exceed'], SIZE_OVER_LIMIT, text, (at) => !isWarningLineAt(text, at) && !UPLOAD_WORDS.test(lineAt(text, at, 0)));
  if (!tooLarge) return undefined;
  const ownBody = parts.operation !== undefined && CONTROL_PLANE_OPERATION.test(parts.operation);
  return { rule: 'payload-too-large', cause: ownBody ? 'validation' : 'data', ...(ownBody ? {} : { stage: 'input' as const }), strength: 60, excerpt: tooLarge };
}
