// One retry-with-idempotency rule for every widget's sends. A logical send (the same body) keeps one
// Idempotency-Key across every attempt, automatic or a person's "try again", so a lost answer never stores
// twice; changed answers are a new send with a new key. Only failures that cannot have been refused for
// what was sent are retried. The body is never dropped: the caller's values stay as they were.
import { newIdempotencyKey } from '@tsunagu/client/core';
import { failureFor, isRetryable, type Failure } from './failures.js';

export interface SendOptions {
  /**
   * Automatic attempts after the first (default 0: the SDK already retried its own safe cases, and the
   * person's "try again" re-sends with the same key).
   */
  retries?: number;
  /** Longest `Retry-After` (seconds) sat out automatically; a longer one is reported as `busy`. */
  maxRetryAfter?: number;
  /** Waits between automatic attempts (tests pass their own; no timing in tests). */
  wait?: (ms: number) => Promise<void>;
}

export type SendOutcome<R> = { ok: true; result: R } | { ok: false; failure: Failure; error: unknown };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The idempotency key of a widget's sends, kept per logical send (see the file comment). */
export class KeyedSender {
  private attempt: { key: string; body: string } | undefined;

  /** The key for this body: the same as the last attempt's when the body is unchanged. */
  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.attempt?.body !== text) this.attempt = { key: newIdempotencyKey(), body: text };
    return this.attempt.key;
  }

  /** Forgets the key (after success, a reset, or a different thing to send). */
  reset(): void {
    this.attempt = undefined;
  }

  /**
   * Sends `body` through `call` with its key, retrying safe failures up to `retries` times, and returns
   * the result or the failure (never throws). The key is forgotten only on success.
   */
  async send<R>(
    body: unknown,
    call: (idempotencyKey: string) => Promise<R>,
    options: SendOptions = {},
  ): Promise<SendOutcome<R>> {
    const key = this.keyFor(body);
    const { retries = 0, maxRetryAfter = 10, wait = sleep } = options;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = await call(key);
        this.reset();
        return { ok: true, result };
      } catch (error) {
        const failure = failureFor(error);
        const delay = retryDelay(failure, attempt, maxRetryAfter);
        if (attempt >= retries || delay === undefined) return { ok: false, failure, error };
        await wait(delay);
      }
    }
  }
}

/** Milliseconds before the next automatic attempt, or undefined when this failure must not be retried. */
function retryDelay(failure: Failure, attempt: number, maxRetryAfter: number): number | undefined {
  if (!isRetryable(failure)) return undefined;
  if (failure.kind === 'busy') {
    // a rate limit is retried only when the server said how long, and that is short
    if (failure.retryAfter === undefined || failure.retryAfter > maxRetryAfter) return undefined;
    return failure.retryAfter * 1000;
  }
  return Math.min(8000, 500 * 2 ** attempt);
}
