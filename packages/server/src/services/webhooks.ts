// Signed webhooks for a city's own case-management system. An event is written to a durable outbox in the
// same transaction as the change it tells of (so nothing committed goes untold, and nothing untold was
// committed); a worker delivers it with an HMAC-SHA256 signature over a timestamp and the body, retries with
// backoff for three days, and keeps events of one report (or sign-up) in order. Bodies carry ids and status
// only: receivers fetch content with a staff credential.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Webhook, WebhookDelivery, WebhookEvent } from '@tsunagu/schema';
import type { Cipher } from '../seal.js';
import { randomToken } from '../crypto.js';
import type { Db } from '../db/open.js';
import { cachedStatement } from '../db/statements.js';
import { notFound } from '../http/errors.js';

/** Associated data of a webhook's sealed signing secret. */
export const webhookSecretAad = (id: string) => `webhooks.secret:${id}`;

export const SIGNATURE_HEADER = 'Tsunagu-Signature';
const GIVE_UP_AFTER_MS = 3 * 86_400_000;
const MAX_BACKOFF_MS = 6 * 3_600_000;

/** Delay before attempt `attempts + 1`: 30 s, 1 min, 2 min, … up to 6 h (with a little jitter). */
export function backoffMs(attempts: number): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
  return Math.round(base * (0.9 + Math.random() * 0.2));
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` */
export function signPayload(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const mac = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${mac}`;
}

/**
 * For receivers: whether a delivery is genuine and fresh (timestamp within `toleranceSeconds`, default 5 min,
 * so a captured delivery cannot be replayed later). Compare in constant time; de-duplicate on the event id.
 */
export function verifyWebhookSignature(options: {
  secret: string;
  header: string | null | undefined;
  body: string;
  now?: Date;
  toleranceSeconds?: number;
}): boolean {
  const parts = Object.fromEntries(
    (options.header ?? '').split(',').map((p) => p.trim().split('=') as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || typeof parts.v1 !== 'string') return false;
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(
    createHmac('sha256', options.secret).update(`${t}.${options.body}`).digest('hex'),
  );
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

interface Subscription {
  id: string;
  url: string;
  events: Set<WebhookEvent>;
}

interface OutboxRow {
  id: number;
  event_id: string;
  webhook_id: string;
  type: WebhookEvent;
  payload: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  status: 'pending' | 'delivered' | 'failed';
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: string | null;
}

export interface WebhookOptions {
  /** per-attempt timeout (default 10 s) */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

export class Webhooks {
  private subscriptions: Subscription[] | null = null;
  private running: Promise<number> | null = null;
  private readonly timeoutMs: number;
  private readonly fetch: typeof globalThis.fetch;

  constructor(
    private readonly db: Db,
    private readonly cipher: Cipher,
    private readonly now: () => Date,
    options: WebhookOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  private active(): Subscription[] {
    this.subscriptions ??= (
      this.db.prepare('SELECT id, url, events FROM webhooks WHERE disabled_at IS NULL').all() as {
        id: string;
        url: string;
        events: string;
      }[]
    ).map((r) => ({ id: r.id, url: r.url, events: new Set(JSON.parse(r.events) as WebhookEvent[]) }));
    return this.subscriptions;
  }

  /**
   * Writes the event for every subscription that wants it. Call it inside the transaction of the change;
   * `orderingKey` (a report reference, a sign-up id) keeps one record's events in order.
   */
  enqueue(type: WebhookEvent, orderingKey: string, data: Record<string, unknown>, at: Date): void {
    const wanted = this.active().filter((s) => s.events.has(type));
    if (wanted.length === 0) return;
    const eventId = `evt_${randomToken(20)}`;
    const payload = JSON.stringify({ id: eventId, type, created_at: at.toISOString(), data });
    const insert = cachedStatement(
      this.db,
      `INSERT INTO webhook_outbox (event_id, webhook_id, type, ordering_key, payload, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of wanted)
      insert.run(eventId, s.id, type, orderingKey, payload, at.toISOString(), at.toISOString());
  }

  list(): Webhook[] {
    return (
      this.db
        .prepare('SELECT id, url, events, created_at, disabled_at FROM webhooks ORDER BY created_at, id')
        .all() as {
        id: string;
        url: string;
        events: string;
        created_at: string;
        disabled_at: string | null;
      }[]
    ).map((r) => ({
      id: r.id,
      url: r.url,
      events: JSON.parse(r.events) as WebhookEvent[],
      created_at: r.created_at,
      disabled: r.disabled_at !== null,
    }));
  }

  create(url: string, events: WebhookEvent[], at: Date): { webhook: Webhook; secret: string } {
    const id = `whk_${randomToken(12)}`;
    const secret = `whsec_${randomToken(32)}`;
    this.db
      .prepare('INSERT INTO webhooks (id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(
        id,
        url,
        JSON.stringify([...new Set(events)]),
        this.cipher.encrypt(secret, webhookSecretAad(id)),
        at.toISOString(),
      );
    this.subscriptions = null;
    return { webhook: this.list().find((w) => w.id === id)!, secret };
  }

  remove(id: string): void {
    if (this.db.prepare('DELETE FROM webhooks WHERE id = ?').run(id).changes === 0) throw notFound('Webhook');
    this.subscriptions = null;
  }

  deliveries(id: string, limit = 100): WebhookDelivery[] {
    if (!this.db.prepare('SELECT 1 FROM webhooks WHERE id = ?').get(id)) throw notFound('Webhook');
    return (
      this.db
        .prepare('SELECT * FROM webhook_outbox WHERE webhook_id = ? ORDER BY id DESC LIMIT ?')
        .all(id, limit) as OutboxRow[]
    ).map((r) => ({
      event_id: r.event_id,
      type: r.type,
      status: r.status,
      attempts: r.attempts,
      last_status_code: r.last_status_code,
      last_error: r.last_error,
      next_attempt_at: r.status === 'pending' ? r.next_attempt_at : null,
      delivered_at: r.delivered_at,
      created_at: r.created_at,
    }));
  }

  /** One delivery pass over what is due (a pass already under way is joined, not doubled). */
  deliverDue(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const now = this.now();
      // the head of each record's queue only: a later event waits while an earlier one is pending
      const due = this.db
        .prepare(
          `SELECT o.*, w.url, w.secret FROM webhook_outbox o JOIN webhooks w ON w.id = o.webhook_id
           WHERE o.status = 'pending' AND o.next_attempt_at <= ? AND w.disabled_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM webhook_outbox p WHERE p.webhook_id = o.webhook_id
               AND p.ordering_key = o.ordering_key AND p.status = 'pending' AND p.id < o.id)
           ORDER BY o.id LIMIT 8`,
        )
        .all(now.toISOString()) as (OutboxRow & { url: string; secret: string })[];
      if (due.length === 0) return delivered;
      const results = await Promise.all(due.map((row) => this.attempt(row)));
      delivered += results.filter(Boolean).length;
      if (results.every((ok) => !ok)) return delivered;
    }
  }

  private async attempt(row: OutboxRow & { url: string; secret: string }): Promise<boolean> {
    const at = this.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await this.fetch(row.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'tsunagu-webhooks/1',
          'Tsunagu-Event-Id': row.event_id,
          'Tsunagu-Event-Type': row.type,
          [SIGNATURE_HEADER]: signPayload(
            this.cipher.decrypt(row.secret, webhookSecretAad(row.webhook_id)),
            row.payload,
            at,
          ),
        },
        body: row.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (err) {
      error = (err as Error).name === 'TimeoutError' ? 'timeout' : 'network_error';
    }
    const done = this.now();
    if (status !== null && status >= 200 && status < 300) {
      this.db
        .prepare(
          "UPDATE webhook_outbox SET status = 'delivered', attempts = attempts + 1, last_status_code = ?, last_error = NULL, delivered_at = ? WHERE id = ?",
        )
        .run(status, done.toISOString(), row.id);
      return true;
    }
    const attempts = row.attempts + 1;
    const giveUp = done.getTime() - Date.parse(row.created_at) > GIVE_UP_AFTER_MS;
    this.db
      .prepare(
        'UPDATE webhook_outbox SET status = ?, attempts = ?, last_status_code = ?, last_error = ?, next_attempt_at = ? WHERE id = ?',
      )
      .run(
        giveUp ? 'failed' : 'pending',
        attempts,
        status,
        error ?? (status === null ? null : `http_${status}`),
        new Date(done.getTime() + backoffMs(attempts)).toISOString(),
        row.id,
      );
    return false;
  }

  /** Delivers every second in the background; returns a stop function. */
  start(intervalMs = 1000): () => void {
    const timer = setInterval(() => void this.deliverDue().catch(() => undefined), intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
