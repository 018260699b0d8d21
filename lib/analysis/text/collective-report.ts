import { holdsAny } from './word-gate';

/**
 * The collective-communication library reporting its own failure: NCCL's ("NCCL error in: …, unhandled cuda
 * error", ncclSystemError, ncclInternalError) and PyTorch's process group over it ("Watchdog caught collective
 * operation timeout", "NCCL communicator was aborted on rank 0", "To avoid data inconsistency, we are taking
 * the entire process down"). A rank, the network, the driver, the data or the code may be behind it, and the
 * words do not say which: the exception or the signal that carried it is not the code's crash.
 */
export const COLLECTIVE_REPORT =
  /\bNCCL error\b|\bnccl[A-Z][A-Za-z]{0,40}Error\b|\bWatchdog caught collective operation timeout\b|\bNCCL communicator was aborted\b|\btaking the entire process down\b/;
const COLLECTIVE_WORDS = ['nccl', 'watchdog', 'entire process down'];

/** Whether the text holds a collective library's report of its own failure. */
export function holdsCollectiveReport(text: string, lower: string): boolean {
  return holdsAny(lower, COLLECTIVE_WORDS) && COLLECTIVE_REPORT.test(text);
}
