// Fixed-window rate limits per client and per credential, in memory (one process). Fair by construction: the
// client is counted first and a request refused for its client is not charged to the key, so one address
// flooding a partner's page cannot lock out every other visitor of that partner. Clients are addresses, an
// IPv6 address grouped by its /64 (one household or phone gets a /64), behind trusted proxies the address
// they report.
import { isIP } from 'node:net';
import { HttpError } from './errors.js';

export interface RateLimitOptions {
  /** window length in ms (default 60 000) */
  windowMs?: number;
  /** requests per window per API key or staff member (default 6 000) */
  perKey?: number;
  /** requests per window per client (default 600) */
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
  private nextSweep = 0;

  constructor(
    options: RateLimitOptions = {},
    private readonly clock: () => number = Date.now,
  ) {
    this.windowMs = options.windowMs ?? 60_000;
    this.perKey = options.perKey ?? 6_000;
    this.perClient = options.perClient ?? 600;
  }

  /** Counts one request of a known credential; throws 429 with Retry-After when a limit is passed. */
  hit(keyId: string, client: string): void {
    const now = this.tick();
    this.count(`c:${client}`, this.perClient, now);
    this.count(`k:${keyId}`, this.perKey, now);
  }

  /** Counts a request without a credential that holds (missing, unknown, revoked): per client only. */
  hitClient(client: string): void {
    this.count(`c:${client}`, this.perClient, this.tick());
  }

  private tick(): number {
    const now = this.clock();
    // at most once a window, and only when the table is large: not a sweep on every request
    if (this.counters.size > 100_000 && now >= this.nextSweep) {
      this.nextSweep = now + this.windowMs;
      for (const [id, counter] of this.counters) if (counter.resetAt <= now) this.counters.delete(id);
    }
    return now;
  }

  private count(id: string, limit: number, now: number): void {
    let counter = this.counters.get(id);
    if (!counter || counter.resetAt <= now) {
      counter = { count: 0, resetAt: now + this.windowMs };
      this.counters.set(id, counter);
    }
    if (counter.count >= limit) {
      const retryAfter = Math.max(1, Math.ceil((counter.resetAt - now) / 1000));
      throw new HttpError(429, 'rate_limited', 'rate_limited', 'Too many requests; retry later.', undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    counter.count++;
  }
}

/** The client a request counts for: an IPv4 address, or the /64 of an IPv6 address. */
export function clientGroup(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The address of the client behind `remote`: when `remote` is a trusted proxy, the right-most address in
 * X-Forwarded-For that is not itself a trusted proxy (the left part is whatever the client claimed).
 */
export function forwardedClient(
  remote: string,
  forwardedFor: string | undefined,
  trusted: ReadonlySet<string>,
): string {
  if (!forwardedFor || !trusted.has(remote)) return remote;
  const hops = forwardedFor
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i]!)) return hops[i]!;
  return remote;
}
