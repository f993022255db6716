// Aggregated statistics (counts only; no row-level data leaves through here).
import type { Stats } from '@tsunagu/schema';
import type { Db } from '../db/open.js';

function countBy(db: Db, column: 'status' | 'ward_id' | 'reporter_role'): Record<string, number> {
  const rows = db.prepare(`SELECT ${column} AS k, COUNT(*) AS n FROM reports GROUP BY ${column}`).all() as {
    k: string;
    n: number;
  }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

export function statistics(db: Db, windowCount: number): Stats {
  const totals = db
    .prepare('SELECT COUNT(*) AS total, COALESCE(SUM(urgent), 0) AS urgent FROM reports')
    .get() as { total: number; urgent: number };
  const concerns = db
    .prepare(
      'SELECT j.value AS k, COUNT(*) AS n FROM reports, json_each(reports.concerns) j GROUP BY j.value',
    )
    .all() as { k: string; n: number }[];
  const signups = db.prepare('SELECT status, COUNT(*) AS n FROM signups GROUP BY status').all() as {
    status: string;
    n: number;
  }[];
  const signupCount = (status: string) => signups.find((r) => r.status === status)?.n ?? 0;
  return {
    reports: {
      total: totals.total,
      urgent: totals.urgent,
      by_status: countBy(db, 'status'),
      by_ward: countBy(db, 'ward_id'),
      by_concern: Object.fromEntries(concerns.map((r) => [r.k, r.n])),
      by_reporter_role: countBy(db, 'reporter_role'),
    },
    signups: {
      confirmed: signupCount('confirmed'),
      waitlisted: signupCount('waitlisted'),
      cancelled: signupCount('cancelled'),
    },
    windows: windowCount,
    activities: (db.prepare('SELECT COUNT(*) AS n FROM activities').get() as { n: number }).n,
  };
}
