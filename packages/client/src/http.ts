// One HTTP call to the API on fetch alone: headers, idempotency key, per-attempt timeout, retries (policy in
// retry.ts), the typed error for a failure and the schema check of the success body. Every attempt is a new
// Request from the same method, headers and body, so the Idempotency-Key chosen once per call is the same
// on every attempt by construction.
import { pathToString } from '@tsunagu/schema';
import {
  TsunaguAuthError,
  TsunaguConflictError,
  TsunaguError,
  TsunaguNetworkError,
  TsunaguNotFoundError,
  TsunaguRateLimitError,
  TsunaguResponseError,
  TsunaguServerError,
  TsunaguValidationError,
  type TsunaguErrorInit,
} from './errors.js';
import { parseRetryAfter, retryDelay, retryPolicy, type RetryOptions } from './retry.js';

/**
 * Options every call accepts.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * await client.windows.get('naka-seikatsushien', { signal: controller.signal, timeout: 3000 });
 * ```
 */
export interface RequestOptions {
  /** Cancels the call (and any retry waiting) when it fires: the call rejects with a `TsunaguNetworkError` (`reason: 'aborted'`). */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms for this call (default: the client's `timeout`). */
  timeout?: number | undefined;
}

/**
 * Options of calls that create or change something.
 *
 * @example
 * ```ts
 * // Keep the key with your own record so a retry after a crash replays instead of creating twice.
 * await client.concernReports.create(input, { idempotencyKey: `school-42-referral-${localId}` });
 * ```
 */
export interface WriteOptions extends RequestOptions {
  /** Sent as `Idempotency-Key`; a random UUID by default, the same across the call's retries. */
  idempotencyKey?: string | undefined;
}

/** Anything with zod's `safeParse` (the SDK gets its schemas from `@tsunagu/schema`). */
export interface ResponseSchema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
}

/** One API call as a resource describes it to the HTTP core (`TsunaguHttp.send`). */
export interface Call<T> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** below `<baseUrl>/v1/`, already encoded */
  path: string;
  query?: URLSearchParams | undefined;
  /** sent as JSON */
  body?: unknown;
  /** sent as is, with this content type (CSV imports) */
  raw?: { text: string; type: string };
  headers?: Record<string, string>;
  /** null: no body worth reading (204); 'text': the body as a string (CSV exports) */
  schema: ResponseSchema<T> | null | 'text';
  /** a write the server de-duplicates by Idempotency-Key: it gets a key and may be retried */
  keyed?: boolean;
  /** a write that is harmless to repeat by its nature (cancelling twice): retried without a key */
  repeatable?: boolean;
  options?: WriteOptions | undefined;
}

/** What {@link createTransport} needs (a subset of `ClientOptions`). */
export interface TransportConfig {
  baseUrl: string;
  /** sent as `Authorization: Bearer …` (a pk_ key on GETs as `?key=`); none for the sign-in itself */
  key?: string | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  timeout?: number | undefined;
  retry?: RetryOptions | number | false | undefined;
  locale?: string | undefined;
}

/** Sends one {@link Call}: the function behind `TsunaguHttp.send`. */
export type Transport = <T>(call: Call<T>) => Promise<T>;

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Keys that begin with their
 * creation time land at one end of the server's index of them, not on a random page per request.
 * `getRandomValues` works on plain-http pages too (`randomUUID` does not).
 */
export function randomKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  const ms = Date.now();
  const high = Math.floor(ms / 2 ** 32); // the top 16 of the 48 bits (bitwise operators are 32-bit)
  b[0] = (high >>> 8) & 0xff;
  b[1] = high & 0xff;
  new DataView(b.buffer).setUint32(2, ms >>> 0);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The typed error for an HTTP error response (lenient: a proxy's HTML 502 still becomes a TsunaguServerError). */
export async function errorFromResponse(response: Response): Promise<TsunaguError> {
  const body: unknown = await response.json().catch(() => undefined);
  const e = isRecord(body) && isRecord(body.error) ? body.error : {};
  const status = response.status;
  const init: TsunaguErrorInit = {
    type: str(e.type) ?? 'http_error',
    code: str(e.code) ?? `http_${status}`,
    message: str(e.message) ?? `The tsunagu API answered HTTP ${status}.`,
    status,
    requestId: str(e.request_id) ?? response.headers.get('x-request-id') ?? undefined,
    fields: Array.isArray(e.fields)
      ? e.fields.filter(
          (f): f is { path: string; code: string } =>
            isRecord(f) && typeof f.path === 'string' && typeof f.code === 'string',
        )
      : undefined,
  };
  if (status === 429)
    return new TsunaguRateLimitError({
      ...init,
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    });
  if (status === 401 || status === 403) return new TsunaguAuthError(init);
  if (status === 404) return new TsunaguNotFoundError(init);
  if (status === 409) return new TsunaguConflictError(init);
  if (status >= 500) return new TsunaguServerError(init);
  if (init.type === 'validation_error' || [400, 413, 415, 422].includes(status))
    return new TsunaguValidationError(init);
  return new TsunaguError(init);
}

/** Checks a success body against its schema; a mismatch names the path. */
export function parseBody<T>(schema: ResponseSchema<T>, body: unknown, response: Response): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: pathToString(i.path), message: i.message }));
  throw new TsunaguResponseError({
    message: `The tsunagu API's response does not match the contract at '${issues[0]?.path ?? ''}' (${issues[0]?.message ?? 'invalid'}): is the server a different version?`,
    status: response.status,
    requestId: response.headers.get('x-request-id') ?? undefined,
    issues,
  });
}

/** An attempt that got no response: its timeout passed (`error` is the timeout's reason) or fetch failed. */
class NoResponse extends Error {
  constructor(
    readonly timedOut: boolean,
    readonly error: unknown,
  ) {
    super(timedOut ? 'timeout' : 'no response');
  }
}

function networkError(error: unknown, signal: AbortSignal | undefined, timeout: number): TsunaguNetworkError {
  if (signal?.aborted) {
    return new TsunaguNetworkError({
      reason: 'aborted',
      code: 'aborted',
      message: 'The request was aborted.',
      cause: signal.reason,
    });
  }
  if (error instanceof NoResponse && error.timedOut) {
    return new TsunaguNetworkError({
      reason: 'timeout',
      code: 'timeout',
      message: `No response within ${timeout} ms.`,
      cause: error.error,
    });
  }
  return new TsunaguNetworkError({
    reason: 'failed',
    code: 'connection_failed',
    message: 'Could not reach the tsunagu API.',
    cause: error instanceof NoResponse ? error.error : error,
  });
}

/** Starts a timer and returns what cancels it. */
type Timer = (fire: () => void, ms: number) => () => void;

/** setTimeout, capped where it would overflow (and fire at once). */
const timer: Timer = (fire, ms) => {
  const id = setTimeout(fire, Math.min(ms, 2 ** 31 - 1));
  return () => clearTimeout(id);
};

/** One attempt: its response (any status) or a NoResponse; the timer aborts it after `timeout` ms. */
function attempt(
  fetch: typeof globalThis.fetch,
  request: Request,
  controller: AbortController,
  timeout: number,
): Promise<Response | NoResponse> {
  return new Promise((resolve) => {
    const cancel = timer(() => {
      const reason = new DOMException(`No response within ${timeout} ms.`, 'TimeoutError');
      controller.abort(reason);
      resolve(new NoResponse(true, reason)); // at once, even from a fetch that ignores its signal
    }, timeout);
    (async () => fetch(request))()
      .then(resolve, (error: unknown) => resolve(new NoResponse(false, error)))
      .finally(cancel);
  });
}

/** `work`, unless the caller's signal fires first: then its reason, at once. */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects with the caller's abort reason the moment it fires (and drops the timer). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const cancel = timer(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      cancel();
      reject(signal!.reason as Error);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The call's query plus `key` (a copy: a resource may reuse its URLSearchParams). */
function withKey(query: URLSearchParams | undefined, key: string): URLSearchParams {
  const out = new URLSearchParams(query);
  out.set('key', key);
  return out;
}

/** Builds the function every resource uses to talk to the API. */
export function createTransport(config: TransportConfig): Transport {
  const prefixUrl = `${config.baseUrl.replace(/\/+$/, '')}/v1/`;
  return async <T>(call: Call<T>): Promise<T> => {
    const { signal, timeout = config.timeout ?? 10_000, idempotencyKey } = call.options ?? {};
    const keyed = call.keyed === true;
    const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
    // A GET with a publishable key carries it as ?key=: with only safelisted headers (Accept,
    // Accept-Language) a browser sends it without a CORS preflight, one round trip less on a slow phone.
    // A pk is public by design; secret keys and session tokens stay in the header (the server refuses
    // them in a URL).
    const keyInQuery = call.method === 'GET' && config.key?.startsWith('pk_') === true;
    if (config.key && !keyInQuery) headers.authorization = `Bearer ${config.key}`;
    if (call.raw) headers['content-type'] = call.raw.type;
    if (call.body !== undefined) headers['content-type'] ??= 'application/json';
    if (config.locale) headers['accept-language'] = config.locale;
    if (keyed) headers['idempotency-key'] = idempotencyKey ?? randomKey();
    const query = (keyInQuery ? withKey(call.query, config.key!) : call.query)?.toString();
    const url = `${prefixUrl}${call.path}${query ? `?${query}` : ''}`;
    const body = call.body !== undefined ? JSON.stringify(call.body) : call.raw?.text;
    const policy = retryPolicy(config.retry, call.method === 'GET' || keyed || call.repeatable === true);
    const fetch = config.fetch ?? globalThis.fetch;
    // The caller's abort reaches the attempt in flight (and its body) through that attempt's controller.
    let controller = new AbortController();
    const forward = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', forward);
    let response: Response;
    let data: unknown;
    try {
      signal?.throwIfAborted(); // sends nothing
      for (let retry = 1; ; retry++) {
        controller = new AbortController();
        const request = new Request(url, { method: call.method, headers, body, signal: controller.signal });
        const outcome = await unlessAborted(attempt(fetch, request, controller, timeout), signal);
        if (outcome instanceof Response && outcome.ok) {
          response = outcome;
          break;
        }
        const failed = outcome instanceof Response ? outcome : undefined;
        const wait = retryDelay(policy, retry, failed);
        if (wait === undefined)
          throw outcome instanceof Response ? await errorFromResponse(outcome) : outcome;
        void failed?.body?.cancel().catch(() => undefined); // release the connection before the next attempt
        await sleep(wait, signal);
      }
      data =
        response.status === 204 || call.schema === null
          ? undefined
          : call.schema === 'text'
            ? await response.text()
            : await response.json();
    } catch (error) {
      if (error instanceof TsunaguError) throw error;
      if (error instanceof SyntaxError) {
        throw new TsunaguResponseError({
          message: 'The tsunagu API answered with something that is not JSON.',
          issues: [{ path: '', message: 'not JSON' }],
          cause: error,
        });
      }
      throw networkError(error, signal, timeout);
    } finally {
      signal?.removeEventListener('abort', forward);
    }
    return call.schema === null || call.schema === 'text'
      ? (data as T)
      : parseBody(call.schema, data, response);
  };
}
