import { inWords } from '../words';

/** A piece that kept a verdict from being proven: unread, or a value AWS sets that the dashboard cannot see. */
interface Unknown {
  what: string;
  slot?: string;
  unseen?: true;
}

/**
 * "X could not be read and the value of K is not known": what kept a check from a verdict, in words that do not call a
 * value no permission reveals "unread".
 */
export function notKnownWords(missing: readonly Unknown[]): string {
  const isUnseen = (m: Unknown) => m.unseen === true || m.slot === 'context';
  const unread = missing.filter((m) => !isUnseen(m)).map((m) => m.what);
  const unseen = missing.filter(isUnseen).map((m) => m.what);
  const parts = [
    ...(unread.length ? [`${inWords(unread)} could not be read`] : []),
    ...(unseen.length ? [`${inWords(unseen)} ${new Set(unseen).size > 1 ? 'are' : 'is'} not known`] : []),
  ];
  return parts.join(' and ');
}
