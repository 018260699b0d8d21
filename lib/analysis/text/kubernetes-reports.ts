import { RAISED_LINE } from './client-traceback';
import { findIf, findIfWhere } from './grammar-verdict';
import { lineAt } from './line-window';

// The Kubernetes API server's refusal of an object it validated (HyperPod's EKS clusters, their add-ons and
// operators): '<Kind> "<name>" is invalid: <field path>: <error type>: <detail>' (the object's name quoted, as the
// server prints it), one of its field error types,
// possibly as a bracketed list ('is invalid: [spec.replicas: Invalid value: -1: …, metadata.name: Required value]').
// Its decoder's refusal of a field the resource does not have ("PyTorchJob in version "v1" cannot be handled as a
// PyTorchJob: strict decoding error: unknown field "spec.x"").
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
  return decoding ? { rule: 'kubernetes-strict-decoding', excerpt: decoding } : undefined;
}
