import type { Scope } from '../types';

/** The scopes every part of the store contract writes to: one account and region, and its neighbours. */
export const ACCOUNT: Scope = { accountId: '111122223333', region: 'us-east-1' };
export const OTHER_REGION: Scope = { accountId: '111122223333', region: 'eu-west-1' };
export const OTHER_ACCOUNT: Scope = { accountId: '444455556666', region: 'us-east-1' };
