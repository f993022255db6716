// One HTTP call to the API: headers, idempotency key, retries (retry.ts), the typed error for a failure
// and the schema check of the success body.
import ky, { HTTPError, TimeoutError } from 'ky';
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
import { kyRetry, parseRetryAfter, type RetryOptions } from './retry.js';

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

function networkError(error: unknown, signal: AbortSignal | undefined, timeout: number): TsunaguNetworkError {
  if (signal?.aborted) {
    return new TsunaguNetworkError({
      reason: 'aborted',
      code: 'aborted',
      message: 'The request was aborted.',
      cause: signal.reason,
    });
  }
  if (error instanceof TimeoutError) {
    return new TsunaguNetworkError({
      reason: 'timeout',
      code: 'timeout',
      message: `No response within ${timeout} ms.`,
      cause: error,
    });
  }
  return new TsunaguNetworkError({
    reason: 'failed',
    code: 'connection_failed',
    message: 'Could not reach the tsunagu API.',
    cause: error,
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
    if (config.locale) headers['accept-language'] = config.locale;
    if (keyed) headers['idempotency-key'] = idempotencyKey ?? randomKey();
    let response: Response;
    let body: unknown;
    try {
      response = await ky(call.path, {
        prefixUrl,
        method: call.method,
        headers,
        searchParams: keyInQuery ? withKey(call.query, config.key!) : call.query,
        json: call.body,
        body: call.raw?.text,
        signal,
        timeout,
        fetch: config.fetch,
        retry: kyRetry(config.retry, call.method === 'GET' || keyed || call.repeatable === true, signal),
        hooks: {
          // ky does not drain a failed attempt's body before retrying; release the connection.
          beforeRetry: [
            ({ error }) =>
              void (error instanceof HTTPError && error.response.body?.cancel().catch(() => undefined)),
          ],
        },
      });
      body =
        response.status === 204 || call.schema === null
          ? undefined
          : call.schema === 'text'
            ? await response.text()
            : await response.json();
    } catch (error) {
      if (error instanceof HTTPError) throw await errorFromResponse(error.response);
      if (error instanceof SyntaxError) {
        throw new TsunaguResponseError({
          message: 'The tsunagu API answered with something that is not JSON.',
          issues: [{ path: '', message: 'not JSON' }],
          cause: error,
        });
      }
      throw networkError(error, signal, timeout);
    }
    return call.schema === null || call.schema === 'text'
      ? (body as T)
      : parseBody(call.schema, body, response);
  };
}
