import { RAISED_LINE } from './client-traceback';
import { findIf, findIfWhere } from './grammar-verdict';
import { lineAt } from './line-window';

// The Kubernetes API server's refusal of an object it validated (HyperPod's EKS clusters, their add-ons and
// operators): '<Kind> "<name>" is invalid: <field path>: <error type>: <detail>' (the object's name quoted, as the
// server prints it), one of its field error types,
// possibly as a bracketed list ('is invalid: [spec.replicas: Invalid value: -1: …, metadata.name: Required value]').
// Its decoder's refusal of a field the resource does not have ("PyTorchJob in version "v1" cannot be handled as a
// PyTorchJob: strict decoding error: unknown field "spec.x"").
// An operator's or a webhook's refusal in the API server's Status body, a field of the object's spec not set
// ('{"kind":"Status", … "message":"BearerAuthURLTemplate not configured in AccessStrategy"}', HyperPod's space
// operator, round 111): the object as submitted lacks the field, whatever status the server answered it with.
const KUBERNETES_STATUS_FIELD_UNSET =
  /"kind":\s{0,4}"Status"[^\n]{0,400}?"message":\s{0,4}"[A-Z][A-Za-z0-9]{1,80} (?:is )?not (?:configured|set|specified|defined) in [A-Z][A-Za-z0-9]{1,80}\b|"message":\s{0,4}"[A-Z][A-Za-z0-9]{1,80} (?:is )?not (?:configured|set|specified|defined) in [A-Z][A-Za-z0-9]{1,80}\b[^\n]{0,200}?"kind":\s{0,4}"Status"/;
const KUBERNETES_STRICT_DECODING = /\bstrict decoding error: unknown field "[^"\n]{1,200}"/;
const KUBERNETES_FIELD_ERROR =
  /"[^"\n]{1,253}" is invalid:\s{1,8}\[?[\w.[\]\/-]{1,160}: (?:Invalid value|Required value|Unsupported value|Duplicate value|Too long|Too many|Forbidden)\b/;

/** The Kubernetes API server's refusal of a resource's fields or of an unknown field, with the rule that read it. */
export function kubernetesRefusal(text: string, lower: string): { rule: string; excerpt: string } | undefined {
  // Not a script's own exception in the same words (a config loader's `ValueError: config "x" is invalid: a.b: Invalid
  // value: …`, the thirty-first review): the API server's report is not raised on a Python exception's line.
  const field = findIfWhere(lower, ['is invalid:'], KUBERNETES_FIELD_ERROR, text, (at) => !RAISED_LINE.test(lineAt(text, at)));
  if (field) return { rule: 'kubernetes-field-error', excerpt: field };
  const decoding = findIf(lower, ['strict decoding error'], KUBERNETES_STRICT_DECODING, text);
  if (decoding) return { rule: 'kubernetes-strict-decoding', excerpt: decoding };
  const unset = findIf(lower, ['"status"'], KUBERNETES_STATUS_FIELD_UNSET, text);
  return unset ? { rule: 'kubernetes-field-unset', excerpt: unset } : undefined;
}
