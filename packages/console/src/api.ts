// The console's one way to the API: same-origin fetch with the session cookie (HttpOnly, never readable
// here), the session's CSRF token on every change, an Idempotency-Key on every POST/PATCH (a retry after
// signing in again never does a change twice), and the API's one error shape turned into `ApiError`.
//
// Privacy: report content only ever travels in request and response bodies. Paths carry ids and report
// references, query strings carry filter codes; nothing here logs, stores or dispatches what it carries.
import type { SessionInfo } from '@tsunagu/schema';

export interface FieldProblem {
  path: string;
  code: string;
}

/** What went wrong, as codes the screens map to catalogue sentences (never the server's English message). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** the API's `error.type`, or `network` when no answer came */
    readonly type: string,
    readonly code: string,
    readonly fields: readonly FieldProblem[] = [],
    readonly requestId: string | null = null,
    /** seconds, from Retry-After (429) */
    readonly retryAfter: number | null = null,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

/** The codes that mean "no valid session any more": sign in again, then carry on. */
const SESSION_LOST = new Set(['session_expired', 'invalid_session', 'missing_credentials']);

export type LoginInput = { login: string; password: string; totp_code?: string };

type Query = Record<string, string | readonly string[] | number | boolean | undefined | null>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** `text` for CSV downloads; default JSON */
  as?: 'json' | 'text';
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(name, v);
    else params.append(name, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const retry = Number(response.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    /* not JSON: a proxy's page */
  }
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(
      response.status,
      typeof error.type === 'string' ? error.type : 'api_error',
      error.code,
      Array.isArray(error.fields) ? (error.fields as FieldProblem[]) : [],
      typeof error.request_id === 'string' ? error.request_id : null,
      retryAfter,
    );
  }
  return new ApiError(response.status, response.status >= 500 ? 'api_error' : 'other', 'http_error');
}

export class ConsoleApi {
  /** The signed-in session (null when signed out). */
  session: SessionInfo | null = null;
  /**
   * Called when a request finds the session gone; resolves once the person has signed in again (the request
   * is then sent once more) or rejects when they chose to stop. Without it, the error is thrown.
   */
  onSessionLost: ((code: string) => Promise<void>) | undefined;
  private lost: Promise<void> | undefined;

  constructor(private readonly fetcher: typeof fetch = (...args) => fetch(...args)) {}

  /** POST /v1/auth/login; on success the session (and its CSRF token) is kept for later requests. */
  async login(input: LoginInput): Promise<SessionInfo> {
    let info: SessionInfo;
    try {
      info = await this.send<SessionInfo>('POST', '/v1/auth/login', { body: input }, false);
    } catch (error) {
      // a browser that still holds a live session cookie (another tab signed in) must send that session's
      // CSRF token even to sign in: fetch it, and sign in once more with it
      if (!(error instanceof ApiError) || error.code !== 'csrf_token_invalid' || !(await this.restore()))
        throw error;
      info = await this.send<SessionInfo>('POST', '/v1/auth/login', { body: input }, false);
    }
    this.session = info;
    return info;
  }

  /** GET /v1/auth/session: the current session, or null when there is none (not signed in, expired). */
  async restore(): Promise<SessionInfo | null> {
    try {
      this.session = await this.send<SessionInfo>('GET', '/v1/auth/session', {}, false);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.session = null;
      else throw error;
    }
    return this.session;
  }

  async logout(): Promise<void> {
    try {
      await this.send('POST', '/v1/auth/logout', {}, false);
    } finally {
      this.session = null;
    }
  }

  async logoutEverywhere(): Promise<number> {
    try {
      const result = await this.send<{ sessions_ended: number }>(
        'POST',
        '/v1/auth/logout-everywhere',
        {},
        false,
      );
      return result.sessions_ended;
    } finally {
      this.session = null;
    }
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.send<T>('GET', path, { query });
  }
  text(path: string): Promise<string> {
    return this.send<string>('GET', path, { as: 'text' });
  }
  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.send<T>('POST', path, { body });
  }
  patch<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PATCH', path, { body });
  }
  delete(path: string): Promise<void> {
    return this.send<void>('DELETE', path, {});
  }

  /** One request; when the session is gone, waits for a new sign-in and sends it once more (same key). */
  async send<T>(method: string, path: string, options: RequestOptions, recover = true): Promise<T> {
    const key = method === 'POST' || method === 'PATCH' ? newKey() : undefined;
    try {
      return await this.once<T>(method, path, options, key);
    } catch (error) {
      const lost =
        error instanceof ApiError &&
        ((error.status === 401 && SESSION_LOST.has(error.code)) || error.code === 'csrf_token_invalid');
      if (!recover || !lost || !this.onSessionLost) throw error;
      this.session = null;
      // several requests may find the session gone at once: one sign-in serves them all
      this.lost ??= this.onSessionLost(error.code).finally(() => {
        this.lost = undefined;
      });
      await this.lost;
      return this.once<T>(method, path, options, key);
    }
  }

  private async once<T>(method: string, path: string, options: RequestOptions, key?: string): Promise<T> {
    const headers: Record<string, string> = {
      accept: options.as === 'text' ? 'text/csv, application/json' : 'application/json',
    };
    if (options.body !== undefined && method !== 'GET') headers['content-type'] = 'application/json';
    if (method !== 'GET' && method !== 'HEAD' && this.session)
      headers['x-csrf-token'] = this.session.csrf_token;
    if (key) headers['idempotency-key'] = key;
    let response: Response;
    try {
      response = await this.fetcher(withQuery(path, options.query), {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        headers,
        body: options.body !== undefined && method !== 'GET' ? JSON.stringify(options.body) : undefined,
      });
    } catch {
      throw new ApiError(0, 'network', 'network');
    }
    if (!response.ok) throw await errorFrom(response);
    if (response.status === 204) return undefined as T;
    if (options.as === 'text') return (await response.text()) as T;
    return (await response.json()) as T;
  }
}

/** Which catalogue sentence explains an error (see `errors` in the catalogue). */
export type ErrorKey =
  | 'invalid_credentials'
  | 'second_factor_required'
  | 'second_factor_invalid'
  | 'account_disabled'
  | 'too_many_attempts'
  | 'session_expired'
  | 'network'
  | 'server'
  | 'not_found'
  | 'ward_not_allowed'
  | 'role_not_allowed'
  | 'validation'
  | 'conflict'
  | 'rate_limited'
  | 'other';

export function errorKey(error: unknown): ErrorKey {
  if (!(error instanceof ApiError)) return 'other';
  switch (error.code) {
    case 'invalid_credentials':
    case 'second_factor_required':
    case 'second_factor_invalid':
    case 'account_disabled':
    case 'too_many_attempts':
    case 'ward_not_allowed':
    case 'role_not_allowed':
    case 'session_expired':
      return error.code;
    case 'invalid_session':
    case 'missing_credentials':
    case 'csrf_token_invalid':
      return 'session_expired';
    case 'network':
      return 'network';
  }
  if (error.status === 404) return 'not_found';
  if (error.status === 409) return 'conflict';
  if (error.status === 429) return 'rate_limited';
  if (error.type === 'validation_error' || error.status === 422 || error.status === 400) return 'validation';
  if (error.status >= 500) return 'server';
  return 'other';
}
