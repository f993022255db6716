// Sign-in throttling: failures counted per account name and per client address in a sliding window (in
// memory, one process, like the rate limits). Past the limit, sign-in answers 429 until the window has
// moved on, even with the right password: guessing stays slow, and a person is never locked out for good.
import { HttpError } from '../http/errors.js';

export interface LoginThrottleOptions {
  windowMs?: number;
  /** failed attempts per account name per window (default 5) */
  perAccount?: number;
  /** failed attempts per client address per window (default 20) */
  perClient?: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly perAccount: number;
  private readonly perClient: number;

  constructor(options: LoginThrottleOptions = {}) {
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.perAccount = options.perAccount ?? 5;
    this.perClient = options.perClient ?? 20;
  }

  /** Throws 429 when either the account name or the client has too many recent failures. */
  check(login: string, client: string, now: Date): void {
    const wait = Math.max(
      this.waitMs(`a:${login}`, this.perAccount, now.getTime()),
      this.waitMs(`c:${client}`, this.perClient, now.getTime()),
    );
    if (wait > 0)
      throw new HttpError(
        429,
        'rate_limited',
        'too_many_attempts',
        'Too many failed sign-ins; wait a little and try again.',
        undefined,
        { 'Retry-After': String(Math.ceil(wait / 1000)) },
      );
  }

  fail(login: string, client: string, now: Date): void {
    for (const id of [`a:${login}`, `c:${client}`]) {
      const list = this.recent(id, now.getTime());
      list.push(now.getTime());
      this.failures.set(id, list);
    }
    if (this.failures.size > 50_000) this.sweep(now.getTime());
  }

  /** A successful sign-in clears the account's count (not the client's: one address guessing many names stays slow). */
  succeed(login: string): void {
    this.failures.delete(`a:${login}`);
  }

  private recent(id: string, now: number): number[] {
    return (this.failures.get(id) ?? []).filter((t) => t > now - this.windowMs);
  }

  private waitMs(id: string, limit: number, now: number): number {
    const list = this.recent(id, now);
    if (list.length < limit) return 0;
    return list[list.length - limit]! + this.windowMs - now;
  }

  private sweep(now: number): void {
    for (const [id, list] of this.failures)
      if (!list.some((t) => t > now - this.windowMs)) this.failures.delete(id);
  }
}
