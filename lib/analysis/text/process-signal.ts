import type { GrammarVerdict } from './grammar-verdict';
import { codesOwnFailurePrinted, holdsCollectiveReport } from './collective-report';
import { holdsAny } from './word-gate';

/**
 * The signal that killed a process, however a launcher or runtime words it. The number is the same
 * fact as an exit code past 128 (exit-code readings in read-error-detail.ts); these are its other
 * spellings: Open MPI's "exited on signal 9 (Killed)", PyTorch's "DataLoader worker (pid 42) is killed
 * by signal: Killed." (strsignal's name after the colon), torchrun's "Signal 9 (SIGKILL) received",
 * Python's "<Signals.SIGSEGV: 11>", and the shell's "Segmentation fault (core dumped)".
 */

const NUMBER_OF_NAME: Readonly<Record<string, number>> = {
  // POSIX names and strsignal(3)'s descriptions on Linux.
  sigill: 4,
  'illegal instruction': 4,
  sigabrt: 6,
  aborted: 6,
  sigbus: 7,
  'bus error': 7,
  sigfpe: 8,
  'floating point exception': 8,
  sigkill: 9,
  killed: 9,
  sigsegv: 11,
  'segmentation fault': 11,
  sigterm: 15,
  terminated: 15,
};

// torch.distributed's elastic agent raises the signal it was sent as an exception ("SignalException: Process 71 got signal:
// 15", after "Received 15 death signal, shutting down workers", and a traceback through its _terminate_process_handler): a stop
// from outside the code (StopTrainingJob, the runtime's limit, a Spot interruption), not a failure of it, for every signal
// the agent handles but a kill (the eightieth and eighty-first reviews). A kill's reading is memory's.
const STOPPED_FROM_OUTSIDE = /\bSignalException: Process \d{1,8} got signal: (?:1|2|3|15|SIGHUP|SIGINT|SIGQUIT|SIGTERM)\b/;
const EXCEPTION_NAMED = /\b[A-Z][A-Za-z0-9]{0,60}(?:Error|Exception):/g;

/**
 * Whether the text's only exception is the agent's stop from outside: its traceback is the agent's, stopped; a rank's own
 * exception beside it is still the code's (the eighty-first review). The traceback rule and the grammar's raised exception ask it.
 */
export const onlyStoppedFromOutside = (text: string): boolean =>
  text.includes('SignalException') && STOPPED_FROM_OUTSIDE.test(text) && [...text.matchAll(EXCEPTION_NAMED)].every((m) => m[0] === 'SignalException:');

// 'sig' also holds every "signal" and SIG name the pattern reads.
const GATE = ['sig', 'core dumped', 'bus error'];
// "on signal 9", "by signal 9", "signal: 9", "Signal 9 (SIGKILL)", "<Signals.SIGKILL: 9>", "killed by
// signal: Killed", "SIGSEGV", "Bus error (core dumped)". Bounded, one line.
const SIGNAL =
  /\bsignal:?[ \t]{1,4}(\d{1,2})\b|\bsignal:[ \t]{1,4}(Killed|Segmentation fault|Bus error|Aborted|Illegal instruction|Floating point exception|Terminated)\b|\b(SIG(?:ILL|ABRT|BUS|FPE|KILL|SEGV|TERM))\b|\b(Segmentation fault|Bus error|Illegal instruction|Aborted)[ \t]{1,8}\(core dumped\)/i;
// PyTorch's and Docker's words for a bus error in a worker: the shared memory (/dev/shm) ran out.
const SHARED_MEMORY = /\bshared memory\b|\/dev\/shm\b|\(shm\)/i;
// A launcher's report of one rank's end, with its PID: torchrun's failure table ("exitcode : -6 (pid: 189)",
// "traceback : Signal 6 (SIGABRT) received by PID 189"), elastic's log line ("failed (exitcode: -6) local_rank:
// 0 (pid: 189)"), Open MPI's "process rank 1 with PID 88 … signal 6". A server's worker ("Worker (pid:26) was
// sent SIGABRT!", gunicorn's) and PyTorch's DataLoader worker ("(pid 77)") are not ranks.
const RANK_END =
  /\bexitcode[ \t]{0,4}:?[ \t]{0,4}(-?\d{1,3})\)?[^\n]{0,120}?\(pid:[ \t]{0,2}(\d{1,9})\)|\bSignal (\d{1,2}) \(SIG[A-Z]{2,6}\) received by PID[ \t]{1,2}(\d{1,9})\b|\bprocess rank \d{1,6} with PID[ \t]{1,2}(\d{1,9})[^\n]{0,120}?\bsignal (\d{1,2})\b/gi;
const SIGNALS = new RegExp(SIGNAL.source, 'gi');

function signalOfMatch(m: RegExpMatchArray): number | undefined {
  if (m[1]) return Number(m[1]);
  const name = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
  return NUMBER_OF_NAME[name];
}

/** The signal a text says killed the process, by number. */
export function processSignal(text: string, lower: string): number | undefined {
  if (!holdsAny(lower, GATE)) return undefined;
  const m = SIGNAL.exec(text);
  // PyTorch's worker report names the bus error without a signal: "Unexpected bus error encountered in worker".
  if (!m) return lower.includes('bus error') ? 7 : undefined;
  return signalOfMatch(m);
}

/**
 * How many ranks' processes a launcher reports aborted (SIGABRT, exit code -6), told apart by their PIDs: none
 * when any report names another signal (the launcher stopping the others after one rank aborted) or another
 * rank ended otherwise (its own exception's exit code 1: that rank failed, and the others were taken down).
 */
function abortedRanks(text: string): number {
  for (const m of text.matchAll(SIGNALS)) if (signalOfMatch(m) !== 6) return 0;
  const pids = new Set<string>();
  for (const m of text.matchAll(RANK_END)) {
    const code = m[1] !== undefined ? Number(m[1]) : -Number(m[3] ?? m[6] ?? 0);
    if (code !== -6) return 0;
    pids.add(m[2] ?? m[4] ?? m[5] ?? '');
  }
  return pids.size;
}

/**
 * Whether an abort was the collective's rather than the code's: the collective's own report is in the
 * text, or several ranks aborted at once and no other way. The process group takes down every rank whose
 * collective timed out or failed, each by SIGABRT; a rank that aborts on its own is one, and the launcher
 * then stops the others (SIGTERM).
 */
export function isCollectiveAbort(text: string, lower: string): boolean {
  const collective = holdsCollectiveReport(text, lower) || (lower.includes('pid') && holdsAny(lower, GATE) && abortedRanks(text) >= 2);
  // Either way, a failure of the code's own printed beside it is what ended the job (collective-report.ts).
  return collective && !codesOwnFailurePrinted(text);
}

/**
 * What the signal says about whose fault it was: SIGKILL is the kernel's OOM killer (nothing else on
 * a training instance sends it); SIGSEGV, SIGILL and SIGFPE a crash of the code or a native library it
 * loaded; SIGBUS in a worker that names shared memory is /dev/shm exhausted. SIGABRT (an assertion, an
 * uncaught C++ exception) is the code's too, weaker: the reason is usually printed above it and says
 * more; an abort that was the collective's (its watchdog's or NCCL's report beside it, or several ranks
 * aborted at once) says nothing of whose, and is not read. SIGTERM is someone stopping the job (a stop
 * request, a spot interruption): no cause.
 */
export function signalVerdict(signal: number | undefined, text: string): GrammarVerdict | undefined {
  if (signal === undefined) return undefined;
  const excerpt = `signal ${signal}`;
  if (signal === 9) return { rule: 'killed-by-sigkill', cause: 'out-of-memory', strength: 60, excerpt };
  if (signal === 7) return SHARED_MEMORY.test(text) ? { rule: 'sigbus-shared-memory', cause: 'out-of-memory', strength: 60, excerpt } : undefined;
  if (signal === 4 || signal === 8 || signal === 11) return { rule: 'killed-by-crash-signal', cause: 'user-code', strength: 60, excerpt };
  if (signal === 6) return isCollectiveAbort(text, text.toLowerCase()) ? undefined : { rule: 'killed-by-sigabrt', cause: 'user-code', strength: 35, excerpt };
  return undefined;
}
