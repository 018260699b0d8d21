// A report that lists what may have caused a failure, not what did: Ray's "Worker unexpectedly exits with a connection error
// code 2. End of file. There are some potential root causes. (1) The process is killed by SIGKILL by OOM killer due to high
// memory usage. (2) ray stop --force is called. (3) The worker is crashed unexpectedly due to SIGSEGV …" (round 169). The list
// is the writer's guess for every such exit; read as a finding, its first guess (the OOM killer) would decide. The list is
// blanked after its lead to the end of its line; what the report said before it (the exit itself) stays. A lead alone on its
// line has its list below it blanked the same way (below).
const HEDGED_LIST = /(\b(?:There (?:are|is|may be|might be|could be) (?:some |several |a few |many |multiple |a number of )?|(?:Some |Several )?)(?:potential|possible) (?:root )?(?:causes|reasons)\b[.:]?)([^\n]{0,4000})/gi;

// botocore's AttributeError for a class a client does not have lists the classes it has ("Valid exceptions are:
// DecryptionFailure, …, LimitExceededException, …", round 173): names, none of them raised (the sixtieth review: the list's
// LimitExceededException read as a quota).
const VALID_EXCEPTIONS = /(\bValid exceptions are:)([^\n]{0,8000})/g;

// A tool's guess at what the error it relays means, after it ("An error occurred (Unsupported) … is not supported in your
// requested Availability Zone … This probably means there was no more capacity in this availability zone", FireSim, round
// 182): the error is AWS's answer, the guess is the tool's, and read as a finding it would outrank the answer.
const GUESSED_MEANING = /(\bThis (?:probably|likely|most likely) means\b)([^\n]{0,2000})/g;

// A caution that a kind of error may come, said before it did ("When using an open or targeted capacity reservation with an
// unrelated placement group, insufficient capacity errors may occur due to placement constraints", a ParallelCluster
// validator's WARNING, round 208): the kind named just before "errors may occur", at most four words, names a risk, not a
// failure, and is blanked. Only those words: a failure said before them in the same sentence ("No space left on device and
// further write errors may occur", the sixty-fifth review) stays.
const MAY_COME = String.raw`(?:may|might|could|can) (?:occur|happen|arise)`;
const CAUTION = new RegExp(String.raw`((?:[A-Za-z][\w-]{0,30}[ \t]){1,4})(errors? ${MAY_COME}\b)`, 'g');
const MAY_COME_GATE = new RegExp(` ${MAY_COME}`);

// The same list below a lead alone on its line, its items one to a line ("Possible causes (see runbook ML-OPS-42):⏎> 1. The
// execution role is missing s3:PutObject …⏎> 3. /opt/ml/model ran out of disk …", an alert's runbook, the seventy-fourth
// review): two or more items, each marked ("1.", "a)", "-"; a quote's "> " before the marker), blanked to the end of the
// list. The lead itself and what follows the list (the alert's FailureReason) stay.
// The lead may be a Markdown heading or emphasis without its colon ("### Possible causes", "> *Possible reasons:*") and may
// follow the alert's own words on its line; up to two blank lines may stand before the items; an item is marked "1.", "1)",
// "(1)", "a)" or "-", a quote's "> " before it, and may run on over lines indented deeper than its marker that are no item of
// their own (the seventy-sixth and seventy-eighth reviews: an indented list is still items, and the reason below it at the
// list's indent is not one of them).
const HEDGED_LEAD_LINE = /^[ \t>#*_]{0,8}[^\n]{0,200}?\b(?:potential|possible|common|likely) (?:root )?(?:causes|reasons)\b(?:[^\n]{0,60}:)?[ \t*_]*$/gim;
const ITEM_MARK = /^([ \t]{0,8})(?:>[ \t]{0,2})?(?:[a-z][.)]|\(?\d{1,2}[.)]|[-*•])[ \t]/;
const MAX_ITEMS = 40;
const CAUSES_OR_REASONS = /causes|reasons/i;
const MAX_BLANKS = 2;

/** The [start, end) spans of the items below the lead that ends at `from`, each with its deeper continuation lines. */
function itemsBelow(text: string, from: number): [number, number][] {
  const spans: [number, number][] = [];
  let at = from;
  for (let blanks = 0; blanks < MAX_BLANKS && at < text.length; blanks += 1) {
    const end = text.indexOf('\n', at);
    if (end < 0 || /\S/.test(text.slice(at, end).replace(/>/g, ''))) break;
    at = end + 1;
  }
  const lineEndAt = (from: number) => {
    const newline = text.indexOf('\n', from);
    return newline < 0 ? text.length : newline;
  };
  while (spans.length < MAX_ITEMS && at < text.length) {
    const mark = ITEM_MARK.exec(text.slice(at, lineEndAt(at)));
    if (!mark) break;
    const indent = mark[1]!.length;
    let end = lineEndAt(at);
    // Lines indented deeper than the marker, not marked themselves, go on the item.
    while (end < text.length) {
      const next = lineEndAt(end + 1);
      const line = text.slice(end + 1, next);
      const lead = /^[ \t]*/.exec(line)![0].length;
      if (!/\S/.test(line) || lead <= indent || ITEM_MARK.test(line)) break;
      end = next;
    }
    spans.push([at, end]);
    at = end + 1;
  }
  return spans;
}

function blankListsBelowLeads(text: string): string {
  let out = text;
  for (const lead of text.matchAll(HEDGED_LEAD_LINE)) {
    const spans = itemsBelow(text, lead.index + lead[0].length + 1);
    if (spans.length < 2) continue;
    for (const [from, to] of spans) out = out.slice(0, from) + out.slice(from, to).replace(/[^\n]/g, ' ') + out.slice(to);
  }
  return out;
}

/** The text with each list of possible causes, a tool's guess at a meaning, botocore's list of valid exceptions and a caution that errors may come, blanked (lengths kept). */
export function blankHedgedCauses(text: string): string {
  const blank = (_list: string, lead: string, rest: string) => `${lead}${' '.repeat(rest.length)}`;
  // Both lists need "causes" or "reasons" after their adjective: most texts skip both patterns.
  const mayHedge = (text.includes('otential') || text.includes('ossible') || text.includes('ommon') || text.includes('ikely')) && CAUSES_OR_REASONS.test(text);
  const hedged = mayHedge ? blankListsBelowLeads(text).replace(HEDGED_LIST, blank) : text;
  const guessed = hedged.includes('ly means') ? hedged.replace(GUESSED_MEANING, blank) : hedged;
  const listed = guessed.includes('Valid exceptions are:') ? guessed.replace(VALID_EXCEPTIONS, blank) : guessed;
  return MAY_COME_GATE.test(listed) ? listed.replace(CAUTION, (_all, said: string, tail: string) => `${' '.repeat(said.length)}${tail}`) : listed;
}
