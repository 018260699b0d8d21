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

// A list item's marker ("a) …", "2. …", "- …"), and the line that leads a list of alternatives into it ("Some things to
// try:", "Possible causes:", "This error can have several causes:", "Try one of the following:"). Steps of one
// instruction ("To fix this: 1. Check that … 2. Start the job again.") and list-like log lines elsewhere (an epoch's
// "- Epoch 1/10") are not that (the forty-third review). An item may run on over an indented line, and a blank line may
// stand between the lead-in and the items (the forty-fourth review).
// Sparkmagic letters its items "a." (round 142).
const LIST_ITEM = /^[ \t]{0,8}(?:[a-z][.)]|\d{1,2}[.)]|[-*•])[ \t]/;
const CONTINUATION = /^[ \t]{2,}\S/;
const ALTERNATIVES_LEAD =
  /\b(?:things to try|try (?:one of )?the following|possible (?:causes?|reasons?|fixes|solutions)|(?:several|multiple|a few|many|some) (?:possible |common )?(?:causes|reasons)|(?:one|any) of the following|could be (?:caused by|due to)|(?:may|can) be (?:caused by|due to))\b[^\n]{0,40}:?[ \t]*$/i;
const MAX_LINES_WALKED = 40;

/** Whether the line at `at` is one item of a list of two or more alternatives that a lead-in line offers. */
function oneSuggestionAmongOthers(text: string, at: number): boolean {
  if (!LIST_ITEM.test(lineAt(text, at))) return false;
  const lines = text.split('\n');
  const here = text.slice(0, at).split('\n').length - 1;
  let items = 1;
  for (let below = here + 1; below < lines.length && below <= here + MAX_LINES_WALKED; below += 1) {
    const line = lines[below] ?? '';
    if (LIST_ITEM.test(line)) items += 1;
    else if (!CONTINUATION.test(line)) break;
  }
  let above = here - 1;
  for (; above >= 0 && above >= here - MAX_LINES_WALKED; above -= 1) {
    const line = lines[above] ?? '';
    if (LIST_ITEM.test(line)) items += 1;
    else if (!CONTINUATION.test(line)) break;
  }
  // One blank line between the lead-in and its items.
  if (above > 0 && (lines[above] ?? '').trim() === '') above -= 1;
  return items > 1 && above >= 0 && ALTERNATIVES_LEAD.test(lines[above] ?? '');
}

/** The instruction to check that a setting is configured correctly, unless it is one suggestion among several. */
export function checkConfigured(text: string, lower: string): string | undefined {
  return findIfWhere(lower, ['configured', 'set up', 'setup', 'specified'], CHECK_CONFIGURED, text, (at) => !oneSuggestionAmongOthers(text, at));
}

/** The instruction to make sure a value the customer chose is right, unless it is one suggestion among several. */
export function checkChoice(text: string, lower: string): string | undefined {
  return findIfWhere(lower, CHOICE_WORDS, CHECK_CHOICE, text, (at) => !oneSuggestionAmongOthers(text, at));
}
