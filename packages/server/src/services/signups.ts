// Sign-ups: capacity enforced inside one SQLite transaction (never oversold), a strict FIFO waitlist
// promoted in order when seats free, cancellation by an unguessable token (stored hashed), and personal
// details removed once the activity is long past.
import {
  fieldErrorsFrom,
  normalizePhone,
  signupInput,
  signupRuleErrors,
  signupStatusFor,
  type SignupResult,
  type SignupState,
} from '@tsunagu/schema';
import type { Cipher } from '../seal.js';
import { randomToken, sameHash, sha256 } from '../crypto.js';
import type { Db } from '../db/open.js';
import { HttpError, notFound, validationFailed } from '../http/errors.js';
import { confirmedSeats, getActivity } from './activities-repo.js';

/** Associated data of a sign-up's sealed personal details: they open only in their own row. */
export const signupPersonalAad = (id: string) => `signups.personal:${id}`;

/** A phone typed with full-width digits or dash look-alikes (an SDK caller passing a form through) reads as ASCII. */
function normalizeSignupBody(body: unknown): unknown {
  if (!body || typeof body !== 'object' || typeof (body as { phone?: unknown }).phone !== 'string')
    return body;
  return { ...body, phone: normalizePhone((body as { phone: string }).phone) };
}

interface SignupRow {
  seq: number;
  id: string;
  activity_id: string;
  kind: string;
  headcount: number;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  token_hash: string;
  /** sealed JSON of the person's details; '' once purged */
  personal: string;
  created_at: string;
}

export function waitlistPosition(db: Db, activityId: string, seq: number): number {
  return (
    db
      .prepare(
        `SELECT COUNT(*) AS n FROM signups WHERE activity_id = ? AND status = 'waitlisted' AND seq <= ?`,
      )
      .get(activityId, seq) as { n: number }
  ).n;
}

/**
 * Moves waiting sign-ups to confirmed in arrival order while they fit; stops at the first that does not
 * (strict FIFO). One larger than the whole capacity (made before the rule refused them, or the capacity was
 * lowered since) can never fit: it is passed over rather than holding up everyone behind it.
 */
export function promoteWaitlist(db: Db, activityId: string, now: Date): number {
  const activity = db.prepare('SELECT capacity FROM activities WHERE id = ?').get(activityId) as
    { capacity: number } | undefined;
  if (!activity) return 0;
  let free = activity.capacity - confirmedSeats(db, activityId);
  const waiting = db
    .prepare(
      `SELECT seq, headcount FROM signups WHERE activity_id = ? AND status = 'waitlisted' ORDER BY seq`,
    )
    .all(activityId) as { seq: number; headcount: number }[];
  const confirm = db.prepare(`UPDATE signups SET status = 'confirmed', updated_at = ? WHERE seq = ?`);
  let promoted = 0;
  for (const w of waiting) {
    if (w.headcount > activity.capacity) continue;
    if (w.headcount > free) break;
    confirm.run(now.toISOString(), w.seq);
    free -= w.headcount;
    promoted++;
  }
  return promoted;
}

/** Validates and books. Must run inside a transaction (the idempotency wrapper opens one). */
export function createSignup(
  db: Db,
  cipher: Cipher,
  body: unknown,
  partnerId: string,
  now: Date,
): SignupResult {
  const parsed = signupInput.safeParse(normalizeSignupBody(body));
  if (!parsed.success) throw validationFailed(fieldErrorsFrom(parsed.error, body));
  const input = parsed.data;
  const activity = getActivity(db, input.activity_id);
  if (!activity) throw validationFailed([{ path: 'activity_id', code: 'unknown_activity' }]);
  if (Date.parse(activity.starts_at) <= now.getTime()) {
    throw new HttpError(409, 'conflict', 'activity_not_bookable', 'This activity has already started.');
  }
  const fields = signupRuleErrors(activity, input);
  if (fields.length) throw validationFailed(fields);
  const headcount = input.kind === 'organisation' ? (input.headcount ?? 1) : 1;
  const status = signupStatusFor(activity, headcount);
  const id = `su_${randomToken(20)}`;
  const token = randomToken(32);
  const personal = {
    name: input.name,
    email: input.email ?? null,
    phone: input.phone ?? null,
    age: input.age ?? null,
    guardian_consent: input.guardian_consent ?? null,
    guardian_name: input.guardian_name ?? null,
    organisation_name: input.organisation_name ?? null,
    address_ward: input.address_ward ?? null,
    languages: input.languages ?? [],
    experience: input.experience ?? null,
  };
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO signups (id, activity_id, kind, headcount, status, token_hash, personal, partner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      activity.id,
      input.kind,
      headcount,
      status,
      sha256(token),
      cipher.encrypt(JSON.stringify(personal), signupPersonalAad(id)),
      partnerId,
      at,
      at,
    );
  return {
    id,
    activity_id: activity.id,
    status,
    headcount,
    cancel_token: token,
    created_at: at,
    ...(status === 'waitlisted'
      ? { waitlist_position: waitlistPosition(db, activity.id, Number(lastInsertRowid)) }
      : {}),
  };
}

function findWithToken(db: Db, id: string, token: string | undefined): SignupRow {
  const row = db.prepare('SELECT * FROM signups WHERE id = ?').get(id) as SignupRow | undefined;
  // the same answer for "no such id" and "wrong token": ids are not enumerable
  if (!row || !token || !sameHash(row.token_hash, sha256(token))) throw notFound('Sign-up');
  return row;
}

function stateOf(db: Db, row: SignupRow): SignupState {
  return {
    id: row.id,
    activity_id: row.activity_id,
    status: row.status,
    headcount: row.headcount,
    ...(row.status === 'waitlisted'
      ? { waitlist_position: waitlistPosition(db, row.activity_id, row.seq) }
      : {}),
  };
}

export function getSignupState(db: Db, id: string, token: string | undefined): SignupState {
  return stateOf(db, findWithToken(db, id, token));
}

/**
 * Cancels (cancelling twice is harmless) and promotes the waitlist in order, in one transaction: a confirmed
 * sign-up frees seats; a waiting one at the head may have been all that held the others back.
 */
export function cancelSignup(db: Db, id: string, token: string | undefined, now: Date): SignupState {
  return db
    .transaction(() => {
      const row = findWithToken(db, id, token);
      if (row.status !== 'cancelled') {
        db.prepare(`UPDATE signups SET status = 'cancelled', updated_at = ? WHERE seq = ?`).run(
          now.toISOString(),
          row.seq,
        );
        promoteWaitlist(db, row.activity_id, now);
      }
      return stateOf(db, { ...row, status: 'cancelled' });
    })
    .immediate();
}

/**
 * Removes the personal details (name, contacts, age, guardian…) of sign-ups to activities that started more
 * than `retentionDays` ago. Seats, statuses and dates stay (statistics, the roster's shape); who the person
 * was does not: nobody needs it after the activity, and what is not kept cannot leak. Returns how many.
 */
export function purgeFinishedSignups(
  db: Db,
  retentionDays: number,
  now: Date,
  cancelledRetentionDays = 7,
): number {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  // a cancelled sign-up's details are needed for a few days at most (a question, a mistake undone)
  const cancelledCutoff = new Date(now.getTime() - cancelledRetentionDays * 86_400_000).toISOString();
  return db
    .prepare(
      `UPDATE signups SET personal = '', purged_at = ?
       WHERE purged_at IS NULL AND (activity_id IN (SELECT id FROM activities WHERE starts_at < ?)
         OR (status = 'cancelled' AND updated_at < ?))`,
    )
    .run(now.toISOString(), cutoff, cancelledCutoff).changes;
}

/** CSV roster of one activity (admin): confirmed first, then the waitlist in order. */
export function rosterCsv(db: Db, cipher: Cipher, activityId: string): string {
  const rows = db
    .prepare(
      `SELECT * FROM signups WHERE activity_id = ? ORDER BY CASE status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, seq`,
    )
    .all(activityId) as SignupRow[];
  const header = [
    'id',
    'status',
    'waitlist_position',
    'kind',
    'name',
    'organisation_name',
    'headcount',
    'email',
    'phone',
    'age',
    'guardian_consent',
    'guardian_name',
    'created_at',
  ];
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
    // quote always; neutralise spreadsheet formulas (CSV injection: = + - @, and a leading tab or CR)
    return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
  };
  let position = 0;
  const lines = rows.map((r) => {
    // purged rows keep their place and counts, with the person's columns empty
    const p = (r.personal ? JSON.parse(cipher.decrypt(r.personal, signupPersonalAad(r.id))) : {}) as Record<
      string,
      unknown
    >;
    const pos = r.status === 'waitlisted' ? ++position : '';
    return [
      r.id,
      r.status,
      pos,
      r.kind,
      p.name,
      p.organisation_name,
      r.headcount,
      p.email,
      p.phone,
      p.age,
      p.guardian_consent,
      p.guardian_name,
      r.created_at,
    ]
      .map(cell)
      .join(',');
  });
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
