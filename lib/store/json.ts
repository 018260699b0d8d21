import 'server-only';
import { StoreInputError } from './input';

/** JSON columns are text on both backends; `undefined` (which JSON cannot hold) is stored as null. */
export function encodeJson(value: unknown, field: string): string {
  try {
    return JSON.stringify(value ?? null);
  } catch (error) {
    // A cycle or a BigInt: the caller's value, not the database, is at fault.
    throw new StoreInputError(`${field} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A row that no longer parses (a hand-edited database) reads as absent, so it is fetched again. */
export function decodeJson(text: string | null | undefined): unknown {
  if (text == null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
