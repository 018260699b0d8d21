import { findIfWhere, type GrammarVerdict } from './grammar-verdict';
import { lineAt } from './line-window';

// AWS retiring a product, said in the refusal of a call to it: "An error occurred (ValidationException)
// when calling the CreateEdgePackagingJob operation: We are retiring Amazon Sagemaker Edge on April 26th,
// 2024. Use this (step-by-step guide)<…/edge-eol.html> to learn about how to continue deploying your models
// to edge devices" (aws/sagemaker-python-sdk#3830). The ValidationException is the service's way of saying
// no; the request has no value to change, the product is going away. No cause id names that, as none
// names a region the account has not enabled (error-families.ts's account standing): `unknown`, and the
// code beside it is not read as the request's. The subject must be an AWS product by its brand ("Amazon
// …", "AWS …"): an instance, a key or a version said to be retired is another report.
const PRODUCT = `(?:Amazon|AWS)[ \\t]{1,4}[A-Z][A-Za-z0-9-]{0,40}(?:[ \\t]{1,4}[A-Z][A-Za-z0-9-]{0,40}){0,4}`;
const PRODUCT_RETIRED = new RegExp(
  `\\b(?:[Ww]e (?:are|will be)|[Ww]e're|AWS is|AWS will be) retiring[ \\t]{1,4}(?:the[ \\t]{1,4})?${PRODUCT}|\\b${PRODUCT}[ \\t]{1,4}(?:is being|has been|was|will be|is) (?:retired|discontinued)\\b`,
);

/**
 * AWS saying a product of its is retired or being retired, on the line of the refusal whose error code is
 * `code`: nothing of the request to change. A retirement banner on another line says nothing of what failed.
 */
export function readRetiredProduct(text: string, lower: string, code: string): GrammarVerdict | undefined {
  const retired = findIfWhere(lower, ['retir', 'discontinued'], PRODUCT_RETIRED, text, (at) => lineAt(text, at, 0).includes(code));
  return retired ? { rule: 'product-retired', cause: 'unknown', strength: 5, excerpt: retired } : undefined;
}
