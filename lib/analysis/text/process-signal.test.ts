import { describe, expect, it } from 'vitest';
import { processSignal } from './process-signal';
import { causeOf } from '../test-support/text-readings';


// The fixtures these readings were written from are in fixtures/structure.json (sources there); the
// texts below are other spellings of the same facts, and what the reading must leave alone.
describe('the signal that killed a process, in its several spellings', () => {
  it.each([
    ['Open MPI, a number and its name', 'mpirun noticed that process rank 3 with PID 0 on node algo-2 exited on signal 9 (Killed).', 9],
    ["strsignal's name after PyTorch's colon", 'RuntimeError: DataLoader worker (pid(s) 812) is killed by signal: Aborted.', 6],
    ["torchrun's report", 'traceback : Signal 11 (SIGSEGV) received by PID 2291', 11],
    ["Python's enum repr", 'Command died with <Signals.SIGBUS: 7>.', 7],
    ["the shell's report", '/opt/ml/code/run.sh: line 4:   311 Illegal instruction     (core dumped) python train.py', 4],
    ['a bare POSIX name', 'worker got SIGFPE while computing the loss', 8],
  ])('%s', (_name, text, signal) => {
    expect(processSignal(text, text.toLowerCase())).toBe(signal);
  });

  it.each([
    ['SIGKILL in PyTorch words is the OOM killer', 'RuntimeError: DataLoader worker (pid 4410) is killed by signal: Killed.', 'out-of-memory'],
    ['a segfault in an MPI rank is the code (or a native library it loaded)', 'mpirun noticed that process rank 1 with PID 88 on node algo-1 exited on signal 11 (Segmentation fault).', 'user-code'],
    ["a bus error naming /dev/shm is the shared memory exhausted", 'Bus error (core dumped)\nhint: /dev/shm is only 64M in this container', 'out-of-memory'],
    ['an illegal instruction (a binary built for another CPU) is the code', 'Illegal instruction (core dumped)', 'user-code'],
    ['SIGKILL under an AlgorithmError is still the OOM killer, not the code', 'AlgorithmError: ExecuteUserScriptError:\nExitCode 1\nErrorMessage "RuntimeError: DataLoader worker (pid 77) is killed by signal: Killed."', 'out-of-memory'],
  ])('%s', (_name, text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it.each([
    // SIGTERM is someone stopping the job (a stop request, a spot interruption): not a cause.
    ['SIGTERM', 'Received SIGTERM, shutting down gracefully', 15, 'unknown'],
    // A bus error that names no shared memory says nothing about which memory.
    ['a bus error without shared memory', 'Bus error (core dumped)', 7, 'unknown'],
    // Words that merely contain "sig" or "signal".
    ['a signature', 'SignatureDoesNotMatch: The request signature we calculated does not match', undefined, 'expired-credentials'],
    ['a signal handler being registered', 'Registered signal handler for SIGUSR1', undefined, 'unknown'],
  ])('leaves alone: %s', (_name, text, signal, cause) => {
    expect(processSignal(text, text.toLowerCase())).toBe(signal);
    expect(causeOf(text)).toBe(cause);
  });
});
