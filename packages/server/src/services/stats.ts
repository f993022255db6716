// Aggregated statistics (counts only; no row-level data leaves through here).
import type { Stats } from '@tsunagu/schema';
import type { Db } from '../db/open.js';
import type { Cipher } from '../seal.js';
import { reportFlags } from './reports.js';

/** `wards` null = the whole city; otherwise only those wards' reports, sign-ups and activities count. */
function wardFilter(wards: readonly string[] | null, column: string): { sql: string; args: string[] } {
  if (wards === null) return { sql: '1 = 1', args: [] };
  return { sql: `${column} IN (${wards.map(() => '?').join(',') || 'NULL'})`, args: [...wards] };
}

function countBy(
  db: Db,
  column: 'status' | 'ward_id' | 'reporter_role',
  wards: readonly string[] | null,
): Record<string, number> {
  const f = wardFilter(wards, 'ward_id');
  const rows = db
    .prepare(`SELECT ${column} AS k, COUNT(*) AS n FROM reports WHERE ${f.sql} GROUP BY ${column}`)
    .all(...f.args) as { k: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

/** What statistics count of each report's sealed flags, by report id (flags are written once, never changed). */
const opened = new WeakMap<Db, Map<number, { urgent: boolean; concerns: readonly string[] }>>();

export function statistics(
  db: Db,
  cipher: Cipher,
  windowCount: number,
  wards: readonly string[] | null = null,
): Stats {
  const f = wardFilter(wards, 'ward_id');
  // the flags are sealed (migration 10): counted here, each report opened once per process (they never change)
  const totals = { total: 0, urgent: 0 };
  const byConcern: Record<string, number> = {};
  let known = opened.get(db);
  if (!known) opened.set(db, (known = new Map<number, { urgent: boolean; concerns: readonly string[] }>()));
  const rows = db.prepare(`SELECT id, flags FROM reports WHERE ${f.sql}`).iterate(...f.args) as Iterable<{
    id: number;
    flags: string;
  }>;
  for (const row of rows) {
    let counted = known.get(row.id);
    if (!counted) {
      const flags = reportFlags(cipher, row);
      known.set(row.id, (counted = { urgent: flags.urgent, concerns: flags.concerns }));
    }
    totals.total++;
    if (counted.urgent) totals.urgent++;
    for (const concern of counted.concerns) byConcern[concern] = (byConcern[concern] ?? 0) + 1;
  }
  const a = wardFilter(wards, 'a.ward_id');
  const signups = db
    .prepare(
      `SELECT s.status, COUNT(*) AS n FROM signups s JOIN activities a ON a.id = s.activity_id WHERE ${a.sql} GROUP BY s.status`,
    )
    .all(...a.args) as { status: string; n: number }[];
  const signupCount = (status: string) => signups.find((r) => r.status === status)?.n ?? 0;
  return {
    reports: {
      total: totals.total,
      urgent: totals.urgent,
      by_status: countBy(db, 'status', wards),
      by_ward: countBy(db, 'ward_id', wards),
      by_concern: byConcern,
      by_reporter_role: countBy(db, 'reporter_role', wards),
    },
    signups: {
      confirmed: signupCount('confirmed'),
      waitlisted: signupCount('waitlisted'),
      cancelled: signupCount('cancelled'),
    },
    windows: windowCount,
    activities: (
      db.prepare(`SELECT COUNT(*) AS n FROM activities WHERE ${f.sql}`).get(...f.args) as { n: number }
    ).n,
  };
}
