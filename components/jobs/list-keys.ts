/**
 * The list's keyboard: `j` / `k` move a row selection, Enter opens the selected job, `/` goes to
 * the search box. Pure, so the rules are tested without a browser: what a key means depends only
 * on the key, its modifiers and where the user is typing.
 */
export type ListKeyAction = 'next' | 'previous' | 'open' | 'search';

export interface KeyInput {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The element the key was pressed in (document.activeElement or the event target). */
  target: { tagName: string; type?: string; isContentEditable?: boolean } | null;
}

// Inputs whose keys are characters: the list's letters must reach them untouched.
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'time', 'month', 'week']);

/** True while the user types: in a text field, a text area, a select or an editable region. */
export function isTyping(target: KeyInput['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

// Enter already does something on these (follow, press, submit): the list must not do it twice.
const ACTS_ON_ENTER = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY']);

/** What `input` asks of the list, or null: the key belongs to someone else. */
export function listKeyAction(input: KeyInput): ListKeyAction | null {
  if (input.altKey || input.ctrlKey || input.metaKey) return null;
  if (isTyping(input.target)) return null;
  switch (input.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case '/':
      return 'search';
    case 'Enter':
      return input.target && ACTS_ON_ENTER.has(input.target.tagName.toUpperCase()) ? null : 'open';
    default:
      return null;
  }
}

/**
 * The selection after a move: the first row on the first `j`, the last on the first `k`, and it
 * stops at either end (it does not wrap: wrapping hides that the page ended). -1: no rows.
 */
export function moveSelection(current: number | undefined, count: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  if (current === undefined || current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + step));
}
