// Fixed-window rate limits per API key and per client address, in memory (one process).
import { HttpError } from './errors.js';

export interface RateLimitOptions {
  /** window length in ms (default 60 000) */
  windowMs?: number;
  /** requests per window per API key (default 6 000) */
  perKey?: number;
  /** requests per window per client address (default 600) */
  perClient?: number;
}

interface Counter {
  count: number;
  resetAt: number;
}

export class RateLimiter {
  private readonly counters = new Map<string, Counter>();
  private readonly windowMs: number;
  private readonly perKey: number;
  private readonly perClient: number;

  constructor(
    options: RateLimitOptions = {},
    private readonly clock: () => number = Date.now,
  ) {
    this.windowMs = options.windowMs ?? 60_000;
    this.perKey = options.perKey ?? 6_000;
    this.perClient = options.perClient ?? 600;
  }

  /** Counts one request; throws 429 with Retry-After when a limit is passed. */
  hit(keyId: string, clientAddress: string): void {
    const now = this.clock();
    if (this.counters.size > 100_000) this.sweep(now);
    this.count(`k:${keyId}`, this.perKey, now);
    this.count(`c:${clientAddress}`, this.perClient, now);
  }

  private count(id: string, limit: number, now: number): void {
    let counter = this.counters.get(id);
    if (!counter || counter.resetAt <= now) {
      counter = { count: 0, resetAt: now + this.windowMs };
      this.counters.set(id, counter);
    }
    counter.count++;
    if (counter.count > limit) {
      const retryAfter = Math.max(1, Math.ceil((counter.resetAt - now) / 1000));
      throw new HttpError(429, 'rate_limited', 'rate_limited', 'Too many requests; retry later.', undefined, {
        'Retry-After': String(retryAfter),
      });
    }
  }

  private sweep(now: number): void {
    for (const [id, counter] of this.counters) if (counter.resetAt <= now) this.counters.delete(id);
  }
}
