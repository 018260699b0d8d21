import { describe, expect, it } from 'vitest';
import heldOut37 from './fixtures/held-out-37.json';
import { causeOf, fixtureText } from '../test-support/text-readings';
import { readObservations } from './read-observations';

// Round 37 of the held-out texts (held-out-37.json, failure texts of SageMaker training jobs quoted in the
// threads of the libraries run inside them: Lightning-AI/litData, mosaicml/streaming): the miss of the first
// pass, read by its structure, then the same structure in other wordings (constructed, not copied from a
// source) and its limits.
const real = fixtureText(heldOut37);
const observed = (text: string): string[] => readObservations({ failureReason: text }).map((o) => o.rule);

describe('round 37 readings, on the texts they were written for', () => {
  it("does not read torchrun's failure table, several ranks aborted at once, as the code's abort", () => {
    const text = real('litdata340-elastic-failures-sigabrt-cloudwatch');
    expect(observed(text)).not.toContain('killed-by-sigabrt');
    expect(causeOf(text)).toBe('unknown');
  });

  it.each([
    ['litdata340-nccl-watchdog-allreduce-cloudwatch', 'unknown'],
    ['mosaicstreaming405-index-json-tmp-not-found-mpirank', 'user-code'],
  ])('keeps the first pass on the texts it read as labelled (%s)', (id, cause) => {
    expect(causeOf(real(id))).toBe(cause);
  });
});

// torchrun's table as it prints it, one field to a line.
const torchrunTable = (signals: [number, string][]): string =>
  [
    'torch.distributed.elastic.multiprocessing.errors.ChildFailedError:',
    '============================================================',
    'train.py FAILED',
    '------------------------------------------------------------',
    'Failures:',
    ...signals.flatMap(([rank, signal], i) => [
      `[${rank}]:`,
      '  time      : 2024-05-01_10:00:00',
      '  host      : algo-1',
      `  rank      : ${rank} (local_rank: ${rank})`,
      `  exitcode  : ${signal === 'SIGABRT' ? -6 : signal === 'SIGSEGV' ? -11 : -9} (pid: ${500 + i})`,
      '  error_file: <N/A>',
      `  traceback : Signal ${signal === 'SIGABRT' ? 6 : signal === 'SIGSEGV' ? 11 : 9} (${signal}) received by PID ${500 + i}`,
    ]),
    '============================================================',
  ].join('\n');

describe('round 37 readings in other wordings', () => {
  it.each([
    ["torchrun's table one field to a line, two ranks", torchrunTable([[0, 'SIGABRT'], [1, 'SIGABRT']])],
    [
      "Open MPI's report for two ranks",
      'mpirun noticed that process rank 0 with PID 4101 on node algo-1 exited on signal 6 (Aborted).\nmpirun noticed that process rank 1 with PID 4102 on node algo-2 exited on signal 6 (Aborted).',
    ],
    [
      "the watchdog's report above one rank's abort",
      '[rank0]:[E ProcessGroupNCCL.cpp:1414] [PG 0 Rank 0] Process group watchdog thread terminated with exception: [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=12, OpType=BROADCAST, Timeout(ms)=600000) ran for 600311 milliseconds before timing out.\n' +
        torchrunTable([[0, 'SIGABRT']]),
    ],
    [
      "NCCL's error above one rank's abort",
      'RuntimeError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1269, unhandled system error, NCCL version 2.18.1\nncclSystemError: System call (e.g. socket, malloc) or external library call failed or device error.\n' +
        torchrunTable([[0, 'SIGABRT']]),
    ],
    ["NCCL's communicator aborted, then the abort", 'RuntimeError: NCCL communicator was aborted on rank 2.\ntraceback : Signal 6 (SIGABRT) received by PID 733'],
  ])('an abort that was the collective\'s (%s): no cause', (_name, text) => {
    expect(observed(text)).not.toContain('killed-by-sigabrt');
    expect(causeOf(text)).toBe('unknown');
  });

  it.each([
    [
      "the communicator aborted for the watchdog's timeout, under Python's class",
      'RuntimeError: NCCL communicator was aborted on rank 0.  Original reason for failure was: [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=145, OpType=ALLGATHER, Timeout(ms)=1800000) ran for 1805538 milliseconds before timing out.',
    ],
    ["the watchdog's timeout under PyTorch's backend error", 'torch.distributed.DistBackendError: [Rank 3] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=9) ran for 1800076 milliseconds before timing out.'],
    ["the process group taking the process down, after a traceback's head", 'Traceback (most recent call last):\n[E ProcessGroupNCCL.cpp:475] To avoid data inconsistency, we are taking the entire process down.'],
  ])("the process group's own report of the collective's failure is not the code's crash (%s): no cause", (_name, text) => {
    expect(causeOf(text)).toBe('unknown');
  });
});

describe('round 37 readings at their limits', () => {
  it.each([
    ["one rank aborted in torchrun's table", torchrunTable([[0, 'SIGABRT']])],
    ['the same rank reported twice (a log line repeated)', 'traceback : Signal 6 (SIGABRT) received by PID 733\ntraceback : Signal 6 (SIGABRT) received by PID 733'],
    [
      "two DataLoader workers, not a launcher's ranks",
      'RuntimeError: DataLoader worker (pid 77) is killed by signal: Aborted.\nRuntimeError: DataLoader worker (pid 78) is killed by signal: Aborted.',
    ],
    ["Open MPI's report for one rank", 'mpirun noticed that process rank 0 with PID 4101 on node algo-1 exited on signal 6 (Aborted).'],
    [
      'two ranks aborted, a third named stopped by SIGTERM after them',
      'traceback : Signal 6 (SIGABRT) received by PID 500\ntraceback : Signal 6 (SIGABRT) received by PID 501\ntraceback : Signal 15 (SIGTERM) received by PID 502',
    ],
  ])("a rank's own abort is still the code's, weakly (%s)", (_name, text) => {
    expect(observed(text)).toContain('killed-by-sigabrt');
    expect(causeOf(text)).toBe('user-code');
  });

  it('several ranks killed by SIGKILL are still the OOM killer, and by SIGSEGV still a crash of the code', () => {
    expect(causeOf(torchrunTable([[0, 'SIGKILL'], [1, 'SIGKILL']]))).toBe('out-of-memory');
    expect(causeOf(torchrunTable([[0, 'SIGSEGV'], [1, 'SIGSEGV']]))).toBe('user-code');
  });

  it.each([
    ['a watchdog of the code\'s own', 'RuntimeError: watchdog timer expired while the data loader waited for batch 12'],
    ["MPI's abort, which the code invokes", 'MPI_ABORT was invoked on rank 2 in communicator MPI_COMM_WORLD with errorcode 1.\nNameError: name \'model\' is not defined'],
  ])("an exception beside words that are not the collective's report is still the code's (%s)", (_name, text) => {
    expect(causeOf(text)).toBe('user-code');
  });

  it("a watchdog that is not the collective's leaves the abort the code's", () => {
    const text = 'WARNING: the watchdog of the data pipeline restarted worker 3\ntraceback : Signal 6 (SIGABRT) received by PID 733';
    expect(causeOf(text)).toBe('user-code');
  });
});
