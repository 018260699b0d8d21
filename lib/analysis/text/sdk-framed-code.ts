import { familyOfCode } from './error-families';
import { lineBefore } from './line-window';

/**
 * AWS's error code where an SDK prints it in a frame of its own rather than botocore's "An error occurred
 * (Code)" or Java v1's "Error Code:": the frame says the name beside it is the code AWS answered with, so
 * it is read as quoted (every family applies, error-families.ts), as those are. A bare "Code: message"
 * without a frame stays with bare-error-code.ts, which takes only the families a sentence cannot fake.
 *
 * - Go v2 (and Terraform's AWS provider): "operation error S3: GetObject, https response error StatusCode:
 *   403, RequestID: …, HostID: …, api error InvalidObjectState: …" (a modelled error prints its class
 *   without "api error ").
 * - Go v1: "InvalidSubnetID.NotFound: The subnet ID '…' does not exist\n\tstatus code: 400, request id: …",
 *   the code the first code-like name before ": " on the line above the details line (Terraform puts its
 *   own words first: "Error: creating EC2 Network Interface: InvalidSubnetID.NotFound: …").
 * - JavaScript v2 and v3, the error object as console.log prints it: "code: 'NoSuchKey'", "Code: 'NoSuchKey'",
 *   and v3's deserializer of the error in its stack ("at de_KMSInternalExceptionRes (…@aws-sdk/client-kms…)").
 * - EC2's state reasons, the side before the code: "Client.InvalidKMSKey.InvalidState: …".
 * - Java v2 and .NET, a modelled exception's class in the service's model package
 *   ("software.amazon.awssdk.services.s3.model.InvalidObjectStateException: …"), not the service's
 *   base class (`S3Exception`, `AmazonS3Exception`), which carries no code.
 *
 * EC2's codes are dotted ("InvalidSubnetID.NotFound", "Client.InvalidKMSKey.InvalidState" as EC2's state
 * reasons print them): a name of PascalCase parts joined by dots.
 */

const CODE = String.raw`[A-Z][A-Za-z0-9]{1,60}(?:\.[A-Z][A-Za-z0-9]{1,60}){0,3}`;
// The service id before the operation is the service that answered ("operation error CloudWatch Logs:
// DescribeLogStreams, exceeded maximum number of attempts, 9, https response error …").
// A paste may break its fields onto lines of their own ("operation error EC2: CreateFleet,⏎https response error StatusCode:
// 400,⏎RequestID: …,⏎api error MaxFleetCountExceeded:⏎You've reached your quota …", round 141).
const GO_V2 = new RegExp(
  String.raw`(?:\boperation error ([A-Z][A-Za-z0-9 ]{1,40}?): \w{1,80},[ \t]{0,4}\n?[^\n]{0,200}?)?\bhttps response error StatusCode: \d{3},[ \t]{0,4}\n?[ \t]{0,4}RequestID: [^,\n]{0,100},[ \t]{0,4}\n?[ \t]{0,4}(?:HostID: [^,\n]{0,300},[ \t]{0,4}\n?[ \t]{0,4})?(?:api error )?(${CODE}):[ \t\n]`,
);
const JS_PROPERTY = new RegExp(String.raw`(?:^|[\s{,])[Cc]ode: '(${CODE})'`);
// The class, not a request's or a builder's frame in the same stack ("…s3.model.GetObjectRequest").
const JS_V3_DESERIALIZER = /\bde_([A-Z]\w{0,80}?(?:Exception|Error|Fault))Res\b(?:[^\n]{0,300}?@aws-sdk\/client-([a-z0-9-]{2,40})\/)?/;
// EC2's "Client.InternalError: Client error on launch" is the launching role unable to use the volume's KMS key,
// the client's side whatever its name says: not given to the internal family.
const EC2_STATE_REASON = new RegExp(String.raw`(?:^|[\s"'(])(?:Client\.(?!Internal)|Server\.)(${CODE}): `);
const MODEL_CLASS = /\b(?:software\.amazon\.awssdk\.services|com\.amazonaws\.services)\.([a-z0-9]{2,30})\.model\.([A-Z]\w{0,80}(?:Exception|Error))\b|\bAmazon\.([A-Za-z0-9]{2,40})\.Model\.([A-Z]\w{0,80}(?:Exception|Error))\b/;
// A name before ": " that can only be a code: two PascalCase humps at least ("SlowDown"), or dotted.
const CODE_BEFORE_COLON = new RegExp(String.raw`(?<=^|[\s"'(=>|])(${CODE}): `, 'g');
const TWO_HUMPS = /^[A-Z][a-z0-9]{0,60}[A-Z]|\./;
const GO_V1_DETAILS = /\n[ \t]{0,8}status code: \d{3}, request id: /g;
const MAX_DETAILS = 8;

/**
 * The code on the line above Go v1's details line: the first name before ": " there that a family knows, or else the first
 * code-like one (two humps or dotted), so that a tool's own "Error: " before the code is passed over.
 */
function goV1Code(text: string): string | undefined {
  let tried = 0;
  for (const m of text.matchAll(GO_V1_DETAILS)) {
    if ((tried += 1) > MAX_DETAILS) break;
    const line = lineBefore(text, m.index);
    const names = [...line.matchAll(CODE_BEFORE_COLON)].map((c) => c[1] ?? '');
    // A name a family knows first: a client's own words may put a dotted call before the code ("failed to GetObject using
    // S3.GetObject: InvalidEncryptionAlgorithmError: …", round 167's text as `aws logs tail` prints it).
    const code = names.find((n) => familyOfCode(n, { quoted: true })) ?? names.find((n) => TWO_HUMPS.test(n));
    if (code) return code;
  }
  return undefined;
}

/** A service's base exception, which every error of the service is printed as when it has no modelled class. */
const isBaseClass = (service: string, name: string) => {
  const lower = name.toLowerCase();
  return lower === `${service.toLowerCase()}exception` || lower === `amazon${service.toLowerCase()}exception`;
};

/** A code an SDK's frame quotes, and the service the same frame names as the one that answered, if it does. */
export interface FramedCode {
  code: string;
  service?: string;
}

const framed = (code: string | undefined, service?: string): FramedCode | undefined => (code ? { code, ...(service ? { service } : {}) } : undefined);

/** The error code an SDK's own frame quotes, if the text has one of those frames. */
export function sdkFramedCode(text: string, lower: string): FramedCode | undefined {
  if (lower.includes('https response error')) {
    const go2 = GO_V2.exec(text);
    if (go2?.[2]) return framed(go2[2], go2[1]);
  }
  if (lower.includes('status code: ')) {
    const go1 = goV1Code(text);
    if (go1) return framed(go1);
  }
  if (lower.includes("code: '")) {
    const js = JS_PROPERTY.exec(text)?.[1];
    if (js) return framed(js);
  }
  if (text.includes('de_')) {
    const js3 = JS_V3_DESERIALIZER.exec(text);
    if (js3?.[1]) return framed(js3[1], js3[2]);
  }
  if (text.includes('Client.') || text.includes('Server.')) {
    const ec2 = EC2_STATE_REASON.exec(text)?.[1];
    if (ec2) return framed(ec2);
  }
  if (text.includes('.model.') || text.includes('.Model.')) {
    const m = MODEL_CLASS.exec(text);
    const service = m?.[1] ?? m?.[3];
    const name = m?.[2] ?? m?.[4];
    if (service && name && !isBaseClass(service, name)) return framed(name, service);
  }
  return undefined;
}
