export const DEMO_PASSWORD = 'Pathwise!2026';

/** A parsed response body: the tests assert its shape, so it is not typed up front. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;

export interface Reply<T = Body> {
  status: number;
  body: T;
  ms: number;
}

export interface RequestOptions {
  token?: string;
  /** JSON-encoded unless `raw` is given. */
  body?: unknown;
  /** Sent as is, with `contentType` (default application/json). */
  raw?: string;
  contentType?: string;
  timeoutMs?: number;
}

/** A plain HTTP client for the API process (Node's fetch): status and parsed body, never throws on 4xx/5xx. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request<T = Body>(method: string, path: string, options: RequestOptions = {}): Promise<Reply<T>> {
    const started = Date.now();
    const headers: Record<string, string> = {};
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (payload !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, body: body as T, ms: Date.now() - started };
  }

  get<T = Body>(path: string, token?: string): Promise<Reply<T>> {
    return this.request<T>('GET', path, { token });
  }

  post<T = Body>(path: string, token?: string, body?: unknown): Promise<Reply<T>> {
    return this.request<T>('POST', path, { token, body });
  }

  put<T = Body>(path: string, token?: string, body?: unknown): Promise<Reply<T>> {
    return this.request<T>('PUT', path, { token, body });
  }

  /** Like request, but a status other than `expected` throws with the body: for setup steps. */
  async expect<T = Body>(expected: number, method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const reply = await this.request<T>(method, path, options);
    if (reply.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${reply.status} ${JSON.stringify(reply.body).slice(0, 500)}`);
    return reply.body;
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const body = await this.expect<{ accessToken: string }>(200, 'POST', '/api/auth/login', { body: { email, password } });
    return body.accessToken;
  }
}
