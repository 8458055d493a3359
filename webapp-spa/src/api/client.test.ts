import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/render';
import { ApiClient, ApiError, buildUrl } from './client';

describe('buildUrl', () => {
  it('joins baseUrl and path with exactly one slash', () => {
    expect(buildUrl('/', 'api/')).toBe('/api/');
    expect(buildUrl('/ctx', '/api/')).toBe('/ctx/api/');
    expect(buildUrl('/ctx/', 'api/part/')).toBe('/ctx/api/part/');
  });
});

describe('ApiClient', () => {
  it('sends same-origin credentials and Accept: application/json', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: 1 }));
    vi.stubGlobal('fetch', fetchMock);

    const result = await new ApiClient('/ctx/').get<{ ok: number }>('api/');

    expect(result).toEqual({ ok: 1 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/ctx/api/');
    expect(init.credentials).toBe('same-origin');
    expect(init.method).toBe('GET');
    expect(new Headers(init.headers).get('Accept')).toBe('application/json');
  });

  it('throws an ApiError carrying the status on non-2xx', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ detail: 'Not found.' }, 404)));

    const error = await new ApiClient('/').get('api/missing/').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).body).toEqual({ detail: 'Not found.' });
    expect((error as ApiError).message).toContain('404');
  });
});
