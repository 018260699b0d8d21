/**
 * `text` without the given characters at its end. A loop, not `/[...]+$/`: that regex retries from
 * every position of a long run of those characters that is not at the end, which is quadratic on
 * text an attacker (or a runaway log line) controls.
 */
export function trimTrailing(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
