/** The 401 / 403 page body: what happened and what to do, in the IdP's words where it gave some. */
export function AccessRefused({ status, title, reason, hint }: { status: 401 | 403; title: string; reason: string; hint: string }) {
  return (
    <section data-testid={`access-refused-${status}`} role="alert" className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white px-6 py-8 text-center shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{status}</p>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="break-words text-sm text-slate-700">{reason}</p>
      <p className="text-sm text-slate-600">{hint}</p>
    </section>
  );
}
