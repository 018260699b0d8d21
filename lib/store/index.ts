import 'server-only';

/** The durable store: see ./types.ts for the contract and ./open-store.ts for the backends. */
export { createStore, openStore, SQLITE_FILE } from './open-store';
export { StoreInputError } from './input';
export { createReadThrough, isFresh, type ReadThrough, type ReadThroughOptions, type ReadThroughResult } from './read-through';
export type * from './types';
