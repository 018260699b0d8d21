import { findIfWhere } from './grammar-verdict';
import { lineAt } from './line-window';

/**
 * A service's instruction to check a setting or a choice of the request: the request's value is what to change
 * (`validation`). Not one suggestion among several that a tool lists for the reader to try ("Some things to try:⏎a)
 * Make sure Spark has enough available resources …⏎b) … make sure the Spark magics library is configured correctly.⏎c)
 * Restart the kernel.", sparkmagic's, round 96): the list offers causes and does not say which.
 */

// An instruction to check a setting of the job: "Check that the debugger hook was configured
// correctly before starting the training job", "Make sure the profiler is set up properly".
const CHECK_CONFIGURED =
  /\b(?:check|make sure|ensure|verify|confirm)(?: that)? [^\n]{1,80}? (?:is|was|are|were|has been|have been) (?:configured|set ?up|specified) (?:correctly|properly)\b/i;
// An instruction to make sure a value the customer chose is right ("Please make sure the framework you
// select is correct", "Verify that the region you specified is valid"): the service points at the
// request's choice, whatever it found wrong before the instruction.
const CHECK_CHOICE =
  /\b(?:check|make sure|ensure|verify|confirm)(?: that)? (?:the |your )?[\w .-]{1,40}? (?:you|that you) (?:select(?:ed)?|cho(?:ose|se|sen)|specif(?:y|ied)|provided?|pass(?:ed)?|gave|give) (?:is|are) (?:correct|valid|right|supported)\b/i;
const CHOICE_WORDS = ['you select', 'you cho', 'you specif', 'you provide', 'you pass', 'you gave', 'you give'];

// A line that is one item of a lettered or numbered list of suggestions ("a) …", "2. …", "- …") in a text with another.
const LIST_ITEM = /^[ \t]{0,8}(?:[a-z]\)|\d{1,2}[.)]|[-*•])[ \t]/;
const LIST_ITEMS = /^[ \t]{0,8}(?:[a-z]\)|\d{1,2}[.)]|[-*•])[ \t]/gm;
function oneSuggestionAmongOthers(text: string, at: number): boolean {
  return LIST_ITEM.test(lineAt(text, at)) && (text.match(LIST_ITEMS)?.length ?? 0) > 1;
}

/** The instruction to check that a setting is configured correctly, unless it is one suggestion among several. */
export function checkConfigured(text: string, lower: string): string | undefined {
  return findIfWhere(lower, ['configured', 'set up', 'setup', 'specified'], CHECK_CONFIGURED, text, (at) => !oneSuggestionAmongOthers(text, at));
}

/** The instruction to make sure a value the customer chose is right, unless it is one suggestion among several. */
export function checkChoice(text: string, lower: string): string | undefined {
  return findIfWhere(lower, CHOICE_WORDS, CHECK_CHOICE, text, (at) => !oneSuggestionAmongOthers(text, at));
}
