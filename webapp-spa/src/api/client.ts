/** Error thrown for any non-2xx API response. */
export class ApiError extends Error {
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly body: unknown;

  constructor(status: number, statusText: string, url: string, body: unknown) {
    super(`Request to ${url} failed with status ${status}${statusText ? ` ${statusText}` : ''}`);
    this.name = 'ApiError';
    this.status = status;
    this.statusText = statusText;
    this.url = url;
    this.body = body;
  }
}

/** Joins the bootstrap baseUrl ("/" or "/ctx/") with an endpoint path ("api/"). */
export function buildUrl(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return base + path.replace(/^\/+/, '');
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** Appends the defined parameters to a path as a query string. */
export function withQuery(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  if (query === '') return path;
  return path + (path.includes('?') ? '&' : '?') + query;
}

/** The name of Django's CSRF cookie, which the server sets and expects back as X-CSRFToken. */
export const CSRF_COOKIE = 'csrftoken';
export const CSRF_HEADER = 'X-CSRFToken';

/** Reads the CSRF token from the cookie string; null when absent. */
export function readCsrfToken(cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A small fetch wrapper bound to the server's baseUrl. It uses the browser session (cookies) and
 * sends the CSRF header on every state-changing request, as the server requires for sessions.
 */
export class ApiClient {
  readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  url(path: string): string {
    return buildUrl(this.baseUrl, path);
  }

  async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const url = this.url(path);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (!SAFE_METHODS.has(method)) {
      const token = readCsrfToken();
      if (token) headers.set(CSRF_HEADER, token);
    }
    const response = await fetch(url, { ...init, method, headers, credentials: 'same-origin' });
    const body = await readBody(response);
    if (!response.ok) {
      throw new ApiError(response.status, response.statusText, url, body);
    }
    return body as T;
  }

  get<T>(path: string, params?: QueryParams): Promise<T> {
    return this.request<T>(withQuery(path, params), { method: 'GET' });
  }

  options<T>(path: string): Promise<T> {
    return this.request<T>(path, { method: 'OPTIONS' });
  }

  private send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'Content-Type': 'application/json' };
    }
    return this.request<T>(path, init);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  put<T>(path: string, body?: unknown): Promise<T> {
    return this.send<T>('PUT', path, body);
  }

  patch<T>(path: string, body?: unknown): Promise<T> {
    return this.send<T>('PATCH', path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.send<T>('DELETE', path);
  }
}
