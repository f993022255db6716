// Retry policy. We let ky run the loop because ky re-sends a clone of the SAME Request, so the
// Idempotency-Key header chosen once per call is identical on every attempt by construction; ky also
// offers full jitter, a backoff cap, per-attempt timeouts and stops waiting the moment the caller's
// AbortSignal fires. What we add: which calls may be retried at all (GETs and keyed writes, never an
// unkeyed write), refusing to sit out a long Retry-After (the caller gets a TsunaguRateLimitError with
// `retryAfter` instead), and no retry once the caller aborted.
import { HTTPError, type RetryOptions as KyRetryOptions } from 'ky';

/**
 * How the SDK retries GETs and keyed writes (a write without an idempotency key is never retried).
 *
 * @example
 * ```ts
 * createClient({ baseUrl, key, retry: { limit: 4, maxDelay: 10_000, maxRetryAfter: 30 } });
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 disables retries). */
  limit?: number;
  /** Cap of one backoff wait in ms (default 8000). The wait is random in [0, min(cap, 300 ms × 2ⁿ)]. */
  maxDelay?: number;
  /**
   * Longest `Retry-After` (seconds) the SDK sits out on its own (default 10). A longer one ends the call
   * with the error (`TsunaguRateLimitError.retryAfter` tells how long), so a UI never hangs silently.
   */
  maxRetryAfter?: number;
}

/** Statuses worth another attempt: timeouts, rate limits and transient server failures. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/**
 * Seconds until a `Retry-After` value (delta-seconds or an HTTP date) says to try again.
 *
 * @example
 * ```ts
 * parseRetryAfter('120'); // 120
 * parseRetryAfter(new Date(Date.now() + 5000).toUTCString()); // 5 (or 4, rounding)
 * ```
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The ky retry configuration for one call. */
export function kyRetry(
  options: RetryOptions | number | false | undefined,
  retryable: boolean,
  signal: AbortSignal | undefined,
): KyRetryOptions {
  const config: RetryOptions =
    typeof options === 'number' ? { limit: options } : options === false ? { limit: 0 } : (options ?? {});
  const maxRetryAfter = config.maxRetryAfter ?? 10;
  return {
    limit: retryable ? (config.limit ?? 2) : 0,
    methods: ['get', 'post', 'put', 'patch', 'delete'],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: [429, 503],
    backoffLimit: config.maxDelay ?? 8000,
    jitter: true,
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      if (signal?.aborted) return false;
      if (error instanceof HTTPError) {
        const after = parseRetryAfter(error.response.headers.get('retry-after'));
        if (after !== undefined && after > maxRetryAfter) return false;
      }
      return undefined; // ky's defaults: status list, Retry-After, backoff with jitter
    },
  };
}
