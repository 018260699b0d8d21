import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The boundaries of STYLE.md, enforced: AWS access only in lib/aws (and the emulator, which speaks
// AWS to tests), and a lib/analysis that stays pure so it can run anywhere, including the CLI.
const sdkOnlyInAws = {
  group: ['@aws-sdk/*', '@smithy/*'],
  message: 'AWS SDK imports belong in lib/aws (server-only gateways).',
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
