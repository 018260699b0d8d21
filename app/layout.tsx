import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignedInUser } from '@/components/auth/signed-in-user';
import { Providers } from '@/components/providers';
import { headerUser } from '@/lib/server/auth/page-gate';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Jobtriage', template: '%s · Jobtriage' },
  description: 'Why your SageMaker training jobs failed, and exactly how to fix it.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await headerUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex h-12 max-w-7xl items-center gap-3 px-4 sm:px-6">
            <Link href="/" className="flex items-center gap-2 rounded font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-blue-600">
              <span aria-hidden className="grid h-6 w-6 place-items-center rounded bg-slate-900 text-xs text-white">
                JT
              </span>
              Jobtriage
            </Link>
            <span className="text-sm text-slate-500">SageMaker training failures, explained</span>
            <div className="ml-auto min-w-0">
              <SignedInUser user={user} />
            </div>
          </div>
        </header>
        <Providers>
          <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
