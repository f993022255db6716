// Server-side staff sessions: a random token in an HttpOnly cookie (or, for scripts, a bearer token); only
// its SHA-256 is stored. Sessions end after `idle` without use and at `max` whatever happens; sign-out
// removes one, "sign out everywhere" all of a person's. The CSRF token is an HMAC of the session token, so
// it needs no storage and changes with every session.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { randomToken, sha256Bytes } from '../crypto.js';
import type { Db } from '../db/open.js';
import type { StaffRow } from './staff.js';

export interface SessionOptions {
  /** minutes without a request before the session ends (default 30) */
  idleMinutes?: number;
  /** hours after sign-in when the session ends in any case (default 12) */
  maxHours?: number;
}

export interface SessionRow {
  token_hash: Buffer;
  staff_id: string;
  delivery: 'cookie' | 'bearer';
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export type SessionLookup =
  | { state: 'active'; session: SessionRow; staff: StaffRow; idleExpiresAt: Date }
  | { state: 'expired' | 'unknown' | 'disabled' };

/** How often last_seen_at is written (not on every request: a write per read would be wasteful). */
const TOUCH_EVERY_MS = 60_000;

export class SessionStore {
  readonly idleMs: number;
  readonly maxMs: number;
  private readonly csrfKey: Buffer;

  constructor(
    private readonly db: Db,
    /** the CSRF HMAC key (crypto.ts IdentityKeys: it outlives encryption key rotations) */
    csrfKey: Buffer,
    options: SessionOptions = {},
  ) {
    this.idleMs = (options.idleMinutes ?? 30) * 60_000;
    this.maxMs = (options.maxHours ?? 12) * 3_600_000;
    this.csrfKey = csrfKey;
  }

  create(staffId: string, delivery: 'cookie' | 'bearer', now: Date): { token: string; expiresAt: Date } {
    const token = `ss_${randomToken(43)}`;
    const at = now.toISOString();
    const expiresAt = new Date(now.getTime() + this.maxMs);
    this.db
      .prepare(
        'INSERT INTO staff_sessions (token_hash, staff_id, delivery, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(sha256Bytes(token), staffId, delivery, at, at, expiresAt.toISOString());
    return { token, expiresAt };
  }

  /** Finds the session of a token and keeps it alive; an expired one is removed. */
  find(token: string, now: Date): SessionLookup {
    const hash = sha256Bytes(token);
    const session = this.db.prepare('SELECT * FROM staff_sessions WHERE token_hash = ?').get(hash) as
      SessionRow | undefined;
    if (!session) return { state: 'unknown' };
    const t = now.getTime();
    const lastSeen = Date.parse(session.last_seen_at);
    if (t >= Date.parse(session.expires_at) || t >= lastSeen + this.idleMs) {
      this.revoke(hash);
      return { state: 'expired' };
    }
    const staff = this.db.prepare('SELECT * FROM staff_accounts WHERE id = ?').get(session.staff_id) as
      StaffRow | undefined;
    if (!staff || staff.disabled_at !== null) {
      this.revokeAll(session.staff_id);
      return { state: 'disabled' };
    }
    let seen = lastSeen;
    if (t - lastSeen >= TOUCH_EVERY_MS) {
      this.db
        .prepare('UPDATE staff_sessions SET last_seen_at = ? WHERE token_hash = ?')
        .run(now.toISOString(), hash);
      seen = t;
    }
    const idleExpiresAt = new Date(Math.min(seen + this.idleMs, Date.parse(session.expires_at)));
    return { state: 'active', session, staff, idleExpiresAt };
  }

  revoke(tokenHash: Buffer): void {
    this.db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').run(tokenHash);
  }

  /** Ends every session of a person (sign out everywhere, password change, access removed). */
  revokeAll(staffId: string): number {
    return this.db.prepare('DELETE FROM staff_sessions WHERE staff_id = ?').run(staffId).changes;
  }

  /** Ends a person's other sessions (after a password change), keeping the one in use. */
  revokeOthers(staffId: string, keepTokenHash: Buffer): number {
    return this.db
      .prepare('DELETE FROM staff_sessions WHERE staff_id = ? AND token_hash != ?')
      .run(staffId, keepTokenHash).changes;
  }

  csrfTokenFor(token: string): string {
    return createHmac('sha256', this.csrfKey).update(token).digest('base64url');
  }

  csrfValid(token: string, presented: string | undefined): boolean {
    if (!presented) return false;
    const expected = Buffer.from(this.csrfTokenFor(token));
    const given = Buffer.from(presented);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** Removes sessions past their absolute end (the hourly purge). */
  purgeExpired(now: Date): number {
    return this.db
      .prepare('DELETE FROM staff_sessions WHERE expires_at <= ? OR last_seen_at <= ?')
      .run(now.toISOString(), new Date(now.getTime() - this.idleMs).toISOString()).changes;
  }
}
