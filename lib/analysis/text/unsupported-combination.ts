import { RAISED_LINE, TRACEBACK_HEADER } from './client-traceback';
import { findIfWhere } from './grammar-verdict';
import { lineAt } from './line-window';
import { isWarningLineAt } from './quiet-lines';

// A combination of settings the service or a library it runs does not support ("SMDebug Does Not
// Currently Support Distributed Training Jobs With Checkpointing Enabled", "… is not supported for this
// instance type", "FSx for Lustre is currently not supported in the region cn-north-1"): the request's
// choice. Weak, like "Invalid <value>.": a reading that names what is unsupported (a data format, an
// instance type's capacity) outranks it. The plural subject says the same ("EKS clusters with CONFIG_MAP
// authentication mode are not supported"). A hedge is not a refusal: "not supported for all configurations … and can
// yield errors" (transformers' warning, round 99) says it may work. The restriction worded the other way names what is
// supported ("Currently torch_distributed is supported only for GPU and Trainium instances", the SDK's, round 102).
// A serving library refusing the model's type or architecture, in its own capitalised words (text-generation-inference's
// "ValueError: Unsupported model type gemma", transformers' "… has model type llava_next but Transformers does not
// recognize this architecture"): not a CPU's architecture (an arm64 image on an x86 host is the exec-format reading's),
// and not a reporter's lower-case sentence ("I keep getting unsupported model type", the thirty-third review). vLLM's
// plural names its classes in a list ("Unsupported architectures: ['Qwen2VLForConditionalGeneration']", a leftover
// of the thirty-third review).
// A guide's note is not a refusal ("Note: Elastic Fabric Adapter (EFA) is supported only on instances that list EFA support
// …", the forty-sixth review).
const NOTE_LINE = /^[ \t>*_-]{0,6}(?:Note|NOTE|Tip|TIP|Important|IMPORTANT)\b[*_]{0,2}:/;
// transformers' sentence may come hard-wrapped before its "but" ("… has model type `qwen3`⏎but Transformers does not recognize
// this architecture.", a project's notes, round 217).
const UNSUPPORTED_MODEL = /\bUnsupported model (?:type|architecture)\b|\bUnsupported (?:model )?architectures:?[ \t]{0,3}\[|\bhas model type [`'"]?[\w.-]{1,60}[`'"]?\s{1,8}but Transformers does not recognize this architecture\b/;
// Not Python's own word that a function takes no such keyword ("does not support 'default' keyword argument"): a call the code
// made, wherever it is said (the hundred-and-forty-ninth review).
const UNSUPPORTED = /\b(?:does|do) not (?:currently |yet )?support\b(?! (?:the |a |an )?['\x60]?\w{1,40}['\x60]? keyword argument)|\b(?:is|are) (?:currently )?not (?:currently |yet )?supported\b(?! by:| for all\b)|\b(?:only supports?|(?:is|are) only supported (?:on|for)|(?:is|are) supported only (?:on|for)) (?:[\w .-]{1,40}? )?(?:GPUs?|instances?|devices?|hardware|architectures?|compute capabilit(?:y|ies))(?! of\b)(?: [\d.]{1,10})?(?: (?:or|and) (?:newer|later|above|higher))?\b/i;
// A compiler's report that the model uses an operator its frontend lacks (TVM's OpNotImplemented, Neo's
// OperatorNotImplemented, round 93) declines the model's graph, not the request: the model is what to change. So does a
// library's assert of its own ("AssertionError: Megatron does not support numpy 2.x", the image's packages, the
// hundred-and-fiftieth review).
const NOT_IMPLEMENTED_LINE = /\b(?:NotImplementedError|Op(?:erator)?NotImplemented|AssertionError):[^\n]{0,300}$/;
/** Whether the sentence at `at` is on a line that a NotImplementedError or an assert began (bounded look-behind on its line). */
function raisedAsNotImplemented(text: string, at: number): boolean {
  return at > 0 && (text.includes('NotImplemented') || text.includes('AssertionError')) && NOT_IMPLEMENTED_LINE.test(text.slice(Math.max(0, at - 300), at));
}

/**
 * A combination of settings the service or a library it runs refuses, in its words ("… is not supported for this instance
 * type"): the refusal's words, or undefined (none said, only on a warning's or a guide's note's line, or code declining a path
 * of its own). Split from validation-reports.ts, which reads it as `validation`, weakly.
 */
export function readUnsupportedCombination(text: string, lower: string): string | undefined {
  // A warning that something is not supported goes on without it ("WARNING: sun.reflect.Reflection.getCallerClass
  // is not supported. This will impact performance.", TorchServe's JVM on every start): not what failed. Beside a
  // traceback, only an exception's own line says it: a library's stderr notice ("The model 'X' is not supported
  // for text-generation", a model server relaying it) is not the failure the traceback ends in.
  const traceback = text.includes(TRACEBACK_HEADER);
  let declined = false;
  const refusedHere = (at: number) => {
    if (isWarningLineAt(text, at) || NOTE_LINE.test(lineAt(text, at)) || (traceback && !RAISED_LINE.test(lineAt(text, at)))) return false;
    declined = raisedAsNotImplemented(text, at);
    return true;
  };
  const unsupported =
    findIfWhere(lower, ['not support', 'not currently support', 'not yet support', 'only support', 'supported only'], UNSUPPORTED, text, refusedHere) ??
    findIfWhere(lower, ['unsupported model', 'unsupported architectures', 'does not recognize this architecture'], UNSUPPORTED_MODEL, text, refusedHere);
  // A NotImplementedError's message is running code declining a path of its own ("NotImplementedError:
  // Unsloth: x is not supported in your current Unsloth version!"), not the service refusing the request.
  return unsupported && !declined ? unsupported : undefined;
}
