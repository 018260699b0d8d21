/**
 * An AWS error as data: the code, message and status a protocol writes in its own shape. Services
 * throw it; the server catches it and hands it to the service's protocol.
 */
export class AwsError extends Error {
  /** Extra response headers some errors carry (S3's x-amz-bucket-region on a redirect). */
  headers: Record<string, string> = {};

  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** awsQuery `<Type>`: Sender for the caller's fault, Receiver for ours. */
    readonly fault: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
    this.name = code;
  }
}

export function isAwsError(value: unknown): value is AwsError {
  return value instanceof AwsError;
}
