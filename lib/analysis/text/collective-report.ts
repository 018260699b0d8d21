import { EXCEPTION_CLASS_NAME, EXCEPTION_MODULE_PATH, PROCESS_EXIT_CLASSES } from './client-traceback';
import { holdsAny } from './word-gate';

/**
 * The collective-communication library reporting its own failure: NCCL's ("NCCL error in: …, unhandled cuda
 * error", ncclSystemError, ncclInternalError) and PyTorch's process group over it ("Watchdog caught collective
 * operation timeout", its blocking wait's "Caught collective operation timeout" (ray-project/ray#27988), "NCCL
 * communicator was aborted on rank 0", "To avoid data inconsistency, we are taking the entire process down"),
 * gloo's transport ("…/gloo/transport/tcp/pair.cc:534] Connection closed by peer"). A rank, the network, the
 * driver, the data or the code may be behind it, and the words do not say which: the exception or the signal that
 * carried it is not the code's crash.
 */
// SageMaker's data parallel library reports its own in the same way ("SMDDPTimeoutError", "Timeout: A call to
// 'allGather' has taken over 1800.000000 seconds", "A call to a collective SMDDP operation has taken over 1800
// seconds. Terminating the distributed job.").
// Not NCCL's "invalid usage" or "invalid argument" (ncclInvalidUsage: "This usually reflects invalid usage of NCCL library",
// ncclInvalidArgument, rounds 178 and 193): the library says the program called it wrongly, which is the code's failure.
// Gloo's "connectFullMesh failed" is the collective's own (its peers not reached, round 193).
export const COLLECTIVE_REPORT =
  /\bNCCL error\b(?![^\n]{0,200}?\binvalid (?:usage|argument)\b)|\bGloo connectFullMesh failed\b|\bnccl[A-Z][A-Za-z]{0,40}Error\b|\b(?:Watchdog c|C)aught collective operation timeout\b|\btimed out in blocking wait\b|\bNCCL communicator was aborted\b|\btaking the entire process down\b|\bgloo\/transport\/[^\n]{0,200}?\bConnection closed by peer\b|\bSMDDPTimeoutError\b|\bA call to (?:a collective SMDDP operation|'(?:[Aa]ll_?[A-Za-z]\w{0,20}|[Bb]roadcast\w{0,10}|[Rr]educe\w{0,20}|[Bb]arrier|[Gg]ather\w{0,10}|[Ss]catter\w{0,10})') has taken over \d{1,7}(?:\.\d{1,9})? seconds\b/;
const COLLECTIVE_WORDS = ['nccl', 'connectfullmesh', 'watchdog', 'entire process down', 'collective operation timeout', 'blocking wait', 'gloo', 'smddp', 'has taken over'];

/** Whether the text holds a collective library's report of its own failure. */
export function holdsCollectiveReport(text: string, lower: string): boolean {
  return holdsAny(lower, COLLECTIVE_WORDS) && COLLECTIVE_REPORT.test(text);
}

// An exception's line, after a rank's tag or a launcher's prefix ("[rank1]: KeyError: 'input_ids'", DeepSpeed's
// multi-node runner's host, "worker-1: ZeroDivisionError: division by zero", mpirun's "[1,mpirank:0,algo-1]<stderr>:"),
// or as the training toolkit's report quotes the first line of the process's error output (`ErrorMessage
// "[rank1]: KeyError: …`), indented as a notebook wraps it.
const EXCEPTION_LINE = new RegExp(
  String.raw`^[ \t]{0,4}(?:ErrorMessage[ \t]{0,4}"|[\w.-]{1,63}:[ \t]{1,4})?(?:\[[^\]\n]{1,40}\](?:<std(?:err|out)>)?:?[ \t]{0,4}){0,3}${EXCEPTION_MODULE_PATH}(${EXCEPTION_CLASS_NAME}(?:Error|Exception))\b[^\n]*`,
  'gm',
);
// The exceptions that only report a process that ended or a job that failed: the processes' exit reports
// (client-traceback.ts), the launcher's own stop by a signal, the store a dead rank left, the SDK's and
// Airflow's report of the job. None is a failure of its own.
const EXIT_REPORT = new RegExp(
  `^(?:${[...PROCESS_EXIT_CLASSES, 'SignalException', 'DistStoreError', 'UnexpectedStatusException', 'FailedStatusError', 'AirflowException'].join('|')})$`,
);
// The SDK's report of the job, raised as a ValueError in v1 ("ValueError: Error training <job>: Failed Reason: …"),
// in its exact form: a script's own "Error training model on rank 1: …" is not one.
const SDK_REPORT = /:[ \t]{0,4}Error (?:training|for [A-Za-z]{1,40} job) [^\s:]{1,200}: [A-Za-z]{1,30}\.? ?Reason:/;

// A C++ exception or assertion that ended a process, as it prints it: the "what():  CUDA error: device-side
// assert triggered" under libstdc++'s "terminate called after throwing an instance of 'c10::Error'" (the line
// above names only the type: the collective's own is thrown the same way, its what() its report), an assert's
// "Assertion `t >= 0 && t < n_classes` failed.".
const NATIVE_FAILURE = /^[ \t]{0,8}what\(\):[^\n]*|\bAssertion [^\n]{1,300}? failed\b/gm;

/**
 * Whether the code printed a failure of its own: an exception that is neither the collective's report nor an
 * exit's, or a C++ exception or assertion that is not the collective's. Another rank's `KeyError` that left the
 * others waiting in the collective until its watchdog fired is the code's failure, the timeout its consequence;
 * so is a device-side assert that aborted every rank at once.
 */
export function codesOwnFailurePrinted(text: string): boolean {
  for (const m of text.matchAll(EXCEPTION_LINE)) if (isOwnException(m)) return true;
  for (const m of text.matchAll(NATIVE_FAILURE)) if (!COLLECTIVE_REPORT.test(m[0])) return true;
  return false;
}

/**
 * Where the last exception of the code's own (as codesOwnFailurePrinted reads one) starts in the text, -1 when
 * none is printed.
 */
export function lastOwnExceptionAt(text: string): number {
  let at = -1;
  for (const m of text.matchAll(EXCEPTION_LINE)) if (isOwnException(m)) at = m.index;
  return at;
}

/** An exception line (EXCEPTION_LINE's match) that is neither the collective's report, an exit's, nor the SDK's report of the job. */
function isOwnException(m: RegExpMatchArray): boolean {
  return !COLLECTIVE_REPORT.test(m[0]) && !EXIT_REPORT.test(m[1] ?? '') && !SDK_REPORT.test(m[0]);
}

/** Whether the collective's report is what the text ends on: it is there, and no failure of the code's own is. */
export function collectiveReportDecides(text: string, lower: string): boolean {
  return holdsCollectiveReport(text, lower) && !codesOwnFailurePrinted(text);
}
