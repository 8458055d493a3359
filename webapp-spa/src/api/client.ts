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

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A tiny fetch wrapper bound to the server's baseUrl. */
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
    const headers = new Headers(init.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const response = await fetch(url, { ...init, headers, credentials: 'same-origin' });
    const body = await readBody(response);
    if (!response.ok) {
      throw new ApiError(response.status, response.statusText, url, body);
    }
    return body as T;
  }

  get<T>(path: string, init: RequestInit = {}): Promise<T> {
    return this.request<T>(path, { ...init, method: 'GET' });
  }
}
