import { describe, expect, it } from 'vitest';
import { unknownApiPath } from './unknown-api-path';

describe('an /api path no route serves', () => {
  it('answers 404 with an ApiError naming the path, not an HTML page', async () => {
    const response = await unknownApiPath(new Request('http://localhost/api/job/us-east-1/x'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code: 'not-found', message: 'No API route at /api/job/us-east-1/x: the routes are listed in docs/api.md.' } });
  });
});
