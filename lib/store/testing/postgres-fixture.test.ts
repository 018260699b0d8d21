import { describe, expect, it } from 'vitest';
import { postgresRequired, printableUrl } from './postgres-fixture';

describe('postgresRequired', () => {
  it.each([
    [{}, false],
    [{ CI: '' }, false],
    [{ CI: 'false' }, false],
    [{ CI: '0' }, false],
    [{ CI: 'true' }, true],
    [{ CI: '1' }, true],
    [{ DATABASE_URL: 'postgres://db/test' }, true],
    [{ DATABASE_URL: '' }, false],
  ])('%o -> %s', (env, required) => {
    expect(postgresRequired(env)).toBe(required);
  });
});

describe('printableUrl', () => {
  it('hides a password and keeps the rest', () => {
    expect(printableUrl('postgres://app:s3cret@db:5432/jobtriage')).toBe('postgres://app:***@db:5432/jobtriage');
    expect(printableUrl('postgres://postgres@127.0.0.1:5432/test')).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(printableUrl('not a url')).toBe('(an unparsable DATABASE_URL)');
  });
});
