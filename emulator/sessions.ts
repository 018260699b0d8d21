/**
 * Temporary credentials the endpoint has issued (STS AssumeRole): the access key id is what the
 * SigV4 scope carries on later calls, so it is what says which account and role session a call acts
 * as. Kept in memory, as the accounts are: a restart forgets them, and the SDK then hears
 * InvalidClientTokenId, as it would for credentials AWS does not know.
 */
import { randomBytes } from 'node:crypto';

export interface Session {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** The account whose resources the session reads. */
  accountId: string;
  /** `arn:aws:sts::<account>:assumed-role/<role>/<session name>`. */
  principalArn: string;
  expiration: Date;
  sourceIdentity?: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function createSessions() {
  const byKey = new Map<string, Session>();
  return {
    issue(fields: Omit<Session, 'accessKeyId' | 'secretAccessKey' | 'sessionToken'>): Session {
      const bytes = randomBytes(16);
      const accessKeyId = 'ASIA' + Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
      const session: Session = { ...fields, accessKeyId, secretAccessKey: randomBytes(30).toString('base64'), sessionToken: randomBytes(96).toString('base64') };
      byKey.set(accessKeyId, session);
      return session;
    },
    /** The session a key belongs to; `undefined` for a key the endpoint never issued. */
    find(accessKeyId: string): Session | undefined {
      return byKey.get(accessKeyId);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;

/** Keys STS issues start ASIA; any other key is a long-term one (the dashboard's, the admin's). */
export function isTemporaryKey(accessKeyId: string): boolean {
  return accessKeyId.startsWith('ASIA');
}
