import 'server-only';
import type { Identity } from '../context';

/** Who a change is recorded as: the signed-in user's email, else subject; without sign-in nobody is known. */
export function actorOf(identity: Identity): string {
  return identity.mode === 'none' ? 'anonymous (no sign-in)' : (identity.email ?? identity.subject);
}

/** Who "me" is for "assigned to me": undefined without sign-in (the browser keeps a name then). */
export function meOf(identity: Identity): string | undefined {
  return identity.mode === 'none' ? undefined : (identity.email ?? identity.subject);
}
