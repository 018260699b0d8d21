import { afterEach } from 'vitest';

// Vitest's worker answers its runner over an RPC channel with a fixed 60 s timeout, and only reads the runner's
// replies when its event loop gets to poll. Tests that are all synchronous (the text layer's property tests read every
// fixture in several forms, over a minute for one file on a loaded two-core machine) never let it, so the timeout fires
// though every test passed and the run exits 1 ("[vitest-worker]: Timeout calling \"onTaskUpdate\""). A macrotask
// after each test lets the loop poll.
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
