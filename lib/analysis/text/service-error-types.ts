import type { Cause } from '../diagnosis';
import type { GrammarVerdict } from './grammar-verdict';

/**
 * Error types some services write in capitals ahead of their message. Athena (and the Trino engine under it) heads a
 * failed query's message with its error type in
 * capitals ("HIVE_INVALID_METADATA: Hive metadata for table x is invalid", "GENERIC_INTERNAL_ERROR: Internal error",
 * round 142), the types Athena's troubleshooting guide lists. The type says whose side failed: the table's data or its
 * metadata (the input, `data`), a location the query would write that is already taken (the request's, `validation`),
 * the engine itself (`internal`). Weak, and read last of the details (read-error-detail.ts): a denial or a named cause in
 * the same message (a full disk, a token refused, a connection timed out) outranks the type. EMR heads a cluster's state change reason the same way ("last error:
 * VALIDATION_ERROR: EMR service role arn:… is invalid", round 142): its validation and internal errors.
 */
const CAUSE_OF_TYPE: Readonly<Record<string, Cause>> = {
  HIVE_BAD_DATA: 'data',
  HIVE_INVALID_METADATA: 'data',
  HIVE_PARTITION_SCHEMA_MISMATCH: 'data',
  HIVE_METASTORE_ERROR: 'data',
  INVALID_CAST_ARGUMENT: 'data',
  HIVE_PATH_ALREADY_EXISTS: 'validation',
  GENERIC_INTERNAL_ERROR: 'internal',
  VALIDATION_ERROR: 'validation',
  INTERNAL_ERROR: 'internal',
};
// The type heads its message: at a line's start or after a label's colon ("error querying the database: GENERIC_…").
const SERVICE_TYPE = new RegExp(`(?:^|[\\s:"])(${Object.keys(CAUSE_OF_TYPE).join('|')}):`, 'm');
const TYPE_WORDS = ['hive_', 'invalid_cast_argument', 'internal_error', 'validation_error'];

/** The cause a service's error type heading the message says, weakly. */
export function readServiceErrorType(text: string, lower: string): GrammarVerdict | undefined {
  if (!TYPE_WORDS.some((w) => lower.includes(w))) return undefined;
  const type = SERVICE_TYPE.exec(text)?.[1];
  const cause = type ? CAUSE_OF_TYPE[type] : undefined;
  return type && cause ? { rule: 'service-error-type', cause, strength: 50, excerpt: type } : undefined;
}
