/** Who the header shows: a verified user, nobody (refused), or the no-sign-on mode. */
export type HeaderUser =
  | { mode: 'none' }
  | { mode: 'refused' }
  | { mode: 'signed-in'; subject: string; email?: string; name?: string };

/**
 * The page header's "who am I": the signed-in user, or, without sign-on, a loud warning that
 * anyone who reaches this server sees what it shows. Names come from the IdP: rendered as text.
 */
export function SignedInUser({ user }: { user: HeaderUser }) {
  if (user.mode === 'none') {
    return (
      <span data-testid="no-sign-in" role="status" className="rounded border border-amber-400 bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950">
        No sign-in (JOBTRIAGE_AUTH=none): anyone who reaches this server can read it
      </span>
    );
  }
  if (user.mode === 'refused') return <span className="text-sm text-slate-600">Not signed in</span>;
  const label = user.name ?? user.email ?? user.subject;
  return (
    <span data-testid="signed-in-user" className="block truncate text-sm text-slate-700" title={user.email ?? user.subject}>
      Signed in as <span className="font-medium">{label}</span>
      {user.email && user.email !== label ? <span className="text-slate-500"> ({user.email})</span> : null}
    </span>
  );
}
