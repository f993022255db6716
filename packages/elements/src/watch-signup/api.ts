// The few API calls this widget makes, over plain fetch. Why not `createClient` from @tsunagu/client: it
// builds every resource (admin, windows, reports…) with their zod response schemas, ~22 kB gzip, which
// with lit and the shared blocks would break the 25 kB budget of one widget. This keeps the SDK's contract
// (Bearer key, Accept-Language, Idempotency-Key, typed errors from @tsunagu/client) and nothing else.
import {
  TsunaguConflictError,
  TsunaguError,
  TsunaguNetworkError,
  TsunaguNotFoundError,
  TsunaguRateLimitError,
  TsunaguServerError,
  TsunaguValidationError,
  type TsunaguErrorInit,
} from '@tsunagu/client';
import type {
  Activity,
  ActivityType,
  Page,
  SignupInput,
  SignupResult,
  SignupState,
  Ward,
} from '@tsunagu/schema';

export interface SignupApiConfig {
  apiBase: string;
  key: string;
  /** Sent as Accept-Language. */
  locale: string;
  /** Per-attempt timeout in ms (default 10 000). */
  timeout?: number;
}

export interface ActivityQuery {
  ward?: string | undefined;
  types?: readonly ActivityType[] | undefined;
  cursor?: string | undefined;
}

/** What the widget needs from the API; tests and stories may pass their own. */
export interface SignupApi {
  listActivities(query: ActivityQuery): Promise<Page<Activity>>;
  getActivity(id: string): Promise<Activity>;
  listWards(): Promise<Ward[]>;
  /** Same `idempotencyKey` on every "try again": one seat per key, never two. */
  createSignup(input: SignupInput, idempotencyKey: string): Promise<SignupResult>;
  /** The token travels in the body, never in a URL (URLs end up in logs). */
  cancelSignup(id: string, cancelToken: string): Promise<SignupState>;
}

const RETRY_STATUSES = [502, 503, 504];
const RETRY_DELAY_MS = 400;

/** A random key for `Idempotency-Key` (randomUUID is missing on plain-http pages). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

async function errorFrom(response: Response): Promise<TsunaguError> {
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { type?: string; code?: string; message?: string; request_id?: string; fields?: unknown } }
    | undefined;
  const e = body?.error ?? {};
  const status = response.status;
  const init: TsunaguErrorInit = {
    type: e.type ?? 'http_error',
    code: e.code ?? `http_${status}`,
    message: e.message ?? `HTTP ${status}`,
    status,
    requestId: e.request_id,
    fields: Array.isArray(e.fields) ? (e.fields as { path: string; code: string }[]) : undefined,
  };
  if (status === 429) return new TsunaguRateLimitError(init);
  if (status === 404) return new TsunaguNotFoundError(init);
  if (status === 409) return new TsunaguConflictError(init);
  if (status >= 500) return new TsunaguServerError(init);
  if (status === 400 || status === 422) return new TsunaguValidationError(init);
  return new TsunaguError(init);
}

/** Creates the fetch-based API of the widget. */
export function createSignupApi(config: SignupApiConfig): SignupApi {
  const base = `${config.apiBase.replace(/\/+$/, '')}/v1/`;

  async function attempt(method: string, path: string, body?: unknown, extra?: Record<string, string>) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeout ?? 10_000);
    try {
      return await fetch(base + path, {
        method,
        headers: {
          authorization: `Bearer ${config.key}`,
          accept: 'application/json',
          'accept-language': config.locale,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...extra,
        },
        body: body === undefined ? null : JSON.stringify(body),
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (cause) {
      throw new TsunaguNetworkError({
        reason: controller.signal.aborted ? 'timeout' : 'failed',
        code: controller.signal.aborted ? 'timeout' : 'connection_failed',
        message: 'Could not reach the tsunagu API.',
        cause,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** One retry after a short pause for failures where repeating is safe (GETs, keyed or repeatable writes). */
  async function send<T>(method: string, path: string, body?: unknown, extra?: Record<string, string>) {
    let response: Response;
    try {
      response = await attempt(method, path, body, extra);
      if (RETRY_STATUSES.includes(response.status)) throw await errorFrom(response);
    } catch (error) {
      if (!(error instanceof TsunaguNetworkError || error instanceof TsunaguServerError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      response = await attempt(method, path, body, extra);
    }
    if (!response.ok) throw await errorFrom(response);
    return (await response.json()) as T;
  }

  return {
    listActivities({ ward, types, cursor }) {
      const query = new URLSearchParams({ limit: '20' });
      if (ward) query.set('ward', ward);
      for (const type of types ?? []) query.append('type', type);
      if (cursor) query.set('cursor', cursor);
      return send('GET', `activities?${query}`);
    },
    getActivity: (id) => send('GET', `activities/${encodeURIComponent(id)}`),
    listWards: async () => (await send<{ wards: Ward[] }>('GET', 'areas?towns=none')).wards,
    createSignup: (input, idempotencyKey) =>
      send('POST', 'signups', input, { 'idempotency-key': idempotencyKey }),
    cancelSignup: (id, cancelToken) =>
      send('POST', `signups/${encodeURIComponent(id)}/cancel`, { cancel_token: cancelToken }),
  };
}
