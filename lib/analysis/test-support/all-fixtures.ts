/// <reference types="vite/client" />

/** A failure-text fixture as the fixture files hold it. */
export interface TextFixture {
  id: string;
  text: string;
  expected: { cause: string };
}

// Every fixture file, including those added after a test that reads them was written (Vite's glob, so
// for tests only).
const files = import.meta.glob<TextFixture[]>('../text/fixtures/*.json', { eager: true, import: 'default' });

/** Every failure-text fixture, for the property tests that hold each reading against a change of form. */
export const ALL_FIXTURES: readonly TextFixture[] = Object.values(files).flat();
