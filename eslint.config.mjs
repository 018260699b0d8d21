import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The boundaries of STYLE.md, enforced: AWS access only in lib/aws (and the emulator, which speaks
// AWS to tests), and a lib/analysis that stays pure so it can run anywhere, including the CLI.
const sdkOnlyInAws = {
  group: ['@aws-sdk/*', '@smithy/*'],
  message: 'AWS SDK imports belong in lib/aws (server-only gateways).',
};

// Rendering never reaches AWS, and the browser bundle must not pull server-only code.
const noServerInClient = {
  group: ['@/lib/aws', '@/lib/aws/*', '@/lib/server', '@/lib/server/*', '@/lib/store', '@/lib/store/*', '**/lib/aws/*', '**/lib/server/*', '**/lib/store/*'],
  message: 'components/ and lib/queries/ render and fetch the JSON API; AWS and server code stay behind lib/server.',
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['lib/aws/**', 'emulator/**', 'scripts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [sdkOnlyInAws] }] },
  },
  {
    files: ['components/**', 'lib/queries/**', 'lib/dto/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [sdkOnlyInAws, noServerInClient] }] },
  },
  {
    // Gateways sit below use cases: scope and settings come in as arguments, never from lib/server.
    files: ['lib/aws/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/lib/server', '@/lib/server/*', '**/lib/server/*'], message: 'lib/aws never imports lib/server: the scope comes in.' }] },
      ],
    },
  },
  {
    // The local AWS endpoint stands alone: it speaks the wire protocols, it does not borrow the app's code.
    files: ['emulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/lib/aws', '@/lib/aws/*', '@/lib/server', '@/lib/server/*'], message: 'The emulator stands alone.' }] },
      ],
    },
  },
  {
    files: ['lib/analysis/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            sdkOnlyInAws,
            { group: ['next', 'next/*', 'react', 'react-dom', 'react/*'], message: 'lib/analysis is pure: no React or Next.' },
            { group: ['@/lib/aws', '@/lib/aws/*', '@/lib/server', '@/lib/server/*'], message: 'lib/analysis is pure: evidence in, diagnosis out.' },
            { group: ['node:*', 'fs', 'http', 'https', 'child_process'], message: 'lib/analysis is pure: no I/O.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'lib/analysis is pure: no I/O.' }, { name: 'process', message: 'lib/analysis is pure: configuration comes in as arguments.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'lib/analysis is pure: time is an argument.' }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default config;
