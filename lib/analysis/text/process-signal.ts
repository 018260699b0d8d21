import type { GrammarVerdict } from './grammar-verdict';
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

// 'sig' also holds every "signal" and SIG name the pattern reads.
const GATE = ['sig', 'core dumped', 'bus error'];
// "on signal 9", "by signal 9", "signal: 9", "Signal 9 (SIGKILL)", "<Signals.SIGKILL: 9>", "killed by
// signal: Killed", "SIGSEGV", "Bus error (core dumped)". Bounded, one line.
const SIGNAL =
  /\bsignal:?[ \t]{1,4}(\d{1,2})\b|\bsignal:[ \t]{1,4}(Killed|Segmentation fault|Bus error|Aborted|Illegal instruction|Floating point exception|Terminated)\b|\b(SIG(?:ILL|ABRT|BUS|FPE|KILL|SEGV|TERM))\b|\b(Segmentation fault|Bus error|Illegal instruction|Aborted)[ \t]{1,8}\(core dumped\)/i;
// PyTorch's and Docker's words for a bus error in a worker: the shared memory (/dev/shm) ran out.
const SHARED_MEMORY = /\bshared memory\b|\/dev\/shm\b|\(shm\)/i;

/** The signal a text says killed the process, by number. */
export function processSignal(text: string, lower: string): number | undefined {
  if (!holdsAny(lower, GATE)) return undefined;
  const m = SIGNAL.exec(text);
  // PyTorch's worker report names the bus error without a signal: "Unexpected bus error encountered in worker".
  if (!m) return lower.includes('bus error') ? 7 : undefined;
  if (m[1]) return Number(m[1]);
  const name = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
  return NUMBER_OF_NAME[name];
}

/**
 * What the signal says about whose fault it was: SIGKILL is the kernel's OOM killer (nothing else on
 * a training instance sends it); SIGSEGV, SIGILL and SIGFPE a crash of the code or a native library it
 * loaded; SIGBUS in a worker that names shared memory is /dev/shm exhausted. SIGABRT (an assertion, an
 * uncaught C++ exception) is the code's too, weaker: the reason is usually printed above it and says
 * more. SIGTERM is someone stopping the job (a stop request, a spot interruption): no cause.
 */
export function signalVerdict(signal: number | undefined, text: string): GrammarVerdict | undefined {
  if (signal === undefined) return undefined;
  const excerpt = `signal ${signal}`;
  if (signal === 9) return { rule: 'killed-by-sigkill', cause: 'out-of-memory', strength: 60, excerpt };
  if (signal === 7) return SHARED_MEMORY.test(text) ? { rule: 'sigbus-shared-memory', cause: 'out-of-memory', strength: 60, excerpt } : undefined;
  if (signal === 4 || signal === 8 || signal === 11) return { rule: 'killed-by-crash-signal', cause: 'user-code', strength: 60, excerpt };
  if (signal === 6) return { rule: 'killed-by-sigabrt', cause: 'user-code', strength: 35, excerpt };
  return undefined;
}
