// Retry policy: which failures of which calls get another attempt, and how long to wait first. http.ts runs
// the loop on fetch alone (ky was 5 kB gzip of every widget's first screen for a loop this small, issue 18).
// The rules: only GETs, keyed writes and `repeatable` ones are retried (never an unkeyed write); only a
// missing response, a per-attempt timeout or 408/429/5xx; backoff with full jitter under a cap; a short
// Retry-After on 429/503 is sat out as given, a long one ends the call (the caller gets a
// TsunaguRateLimitError with `retryAfter`) so a UI never hangs silently.

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

/** The client's retry option with its defaults filled in, for one call. */
export type RetryPolicy = Required<RetryOptions>;

/** The policy of one call: no retries at all unless the call is safe to repeat. */
export function retryPolicy(
  options: RetryOptions | number | false | undefined,
  retryable: boolean,
): RetryPolicy {
  const config: RetryOptions =
    typeof options === 'number' ? { limit: options } : options === false ? { limit: 0 } : (options ?? {});
  return {
    limit: retryable ? (config.limit ?? 2) : 0,
    maxDelay: config.maxDelay ?? 8000,
    maxRetryAfter: config.maxRetryAfter ?? 10,
  };
}

/**
 * Milliseconds to wait before retry number `retry` (1, 2, …), or undefined when the call ends here.
 * `response` is the failed attempt's error response; undefined when the attempt got none (timeout, network).
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  response: Response | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retry > policy.limit) return undefined;
  if (response) {
    if (!RETRY_STATUSES.includes(response.status)) return undefined;
    const after = parseRetryAfter(response.headers.get('retry-after'));
    if (after !== undefined && after > policy.maxRetryAfter) return undefined;
    // The server said when: no jitter, no cap (it is at most maxRetryAfter).
    if (after !== undefined && (response.status === 429 || response.status === 503)) return after * 1000;
  }
  return Math.min(policy.maxDelay, random() * 300 * 2 ** (retry - 1));
}
