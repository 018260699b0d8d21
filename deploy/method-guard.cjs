'use strict';
/**
 * Preloaded into the server process (`node --require ./method-guard.cjs server.js`): answers TRACE
 * and TRACK with 405. Next builds a fetch Request for every request before proxy.ts runs, and fetch
 * cannot represent these methods, so without this Next answers them with a 500. Every other method
 * reaches proxy.ts, which allows GET and HEAD only.
 */
// A preload script runs before any bundler or ESM loader: plain CommonJS is the point.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const http = require('node:http');

const REFUSED = new Set(['TRACE', 'TRACK']);
const HEADERS = {
  allow: 'GET, HEAD',
  'content-type': 'text/plain; charset=utf-8',
  'cache-control': 'no-store',
  // No page here, so nothing may run or load: the strictest policy, same framing rules as proxy.ts.
  'content-security-policy': "default-src 'none'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const createServer = http.createServer;
http.createServer = function guardedCreateServer(...args) {
  const at = args.findIndex((arg) => typeof arg === 'function');
  if (at >= 0) {
    const listener = args[at];
    args[at] = function guarded(req, res) {
      if (REFUSED.has(String(req.method).toUpperCase())) {
        res.writeHead(405, HEADERS);
        res.end('This method is not allowed: this dashboard only reads (allowed: GET, HEAD).\n');
        return;
      }
      return listener.call(this, req, res);
    };
  }
  return createServer.apply(this, args);
};
