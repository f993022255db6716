// Admin endpoints for the ward's work: the reports inbox, one report, status changes (ward staff of the
// report's ward and city administrators), the audit log (auditors, administrators), statistics, purge.
// Every read is audited with the authenticated actor; catalogue and access routes live beside this file.
import type { Context, Hono } from 'hono';
import { fieldErrorsFrom, reportInboxParams, reportStatusChange } from '@tsunagu/schema';
import * as z from 'zod/mini';
import { canSeeWard, wardScope } from '../auth/principal.js';
import { refuse } from '../http/access.js';
import { notFound, validationFailed } from '../http/errors.js';
import { parseQuery } from '../http/query.js';
import { guardedRoutes } from '../http/routes.js';
import type { AppEnv } from '../http/types.js';
import { listAudit } from '../services/audit.js';
import type { Services } from '../services/context.js';
import { changeReportStatus, listReports, reportDetail, reportWardOf } from '../services/reports.js';
import { statistics } from '../services/stats.js';
import { adminSupport, caller } from './admin-support.js';
import { accessRoutes } from './admin-access.js';
import { catalogRoutes } from './admin-catalog.js';

const auditQuery = z.strictObject({
  target_id: z.optional(z.string()),
  actor_id: z.optional(z.string()),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
  cursor: z.optional(z.string()),
});

export function adminRoutes(s: Services): Hono<AppEnv> {
  const routes = guardedRoutes(s, '/v1/admin');
  const { record, wardNotAllowed, write } = adminSupport(s);

  /** The report's reference if the caller may see it; another ward's report is refused exactly like an unknown one. */
  const visibleReport = (c: Context<AppEnv>): string => {
    const found = reportWardOf(s.db, s.reportKeys, c.req.param('reference') ?? '');
    if (!found) throw notFound('Report');
    if (!canSeeWard(caller(c), found.ward_id))
      refuse(c, s, notFound('Report'), { type: 'report', id: found.reference });
    return found.reference;
  };

  routes.get('/reports', (c) => {
    const q = parseQuery(c, { status: 'array', urgent: 'boolean', limit: 'int' }, reportInboxParams);
    const scope = wardScope(caller(c));
    if (q.ward && scope !== null && !scope.includes(q.ward)) wardNotAllowed(c, q.ward);
    const page = listReports(s.db, q, scope);
    record(c, 'reports.list', 'report', null, {
      filter: q,
      references: page.data.map((r) => r.reference),
    });
    c.header('Cache-Control', 'no-store');
    return c.json(page);
  });

  routes.get('/reports/:reference', (c) => {
    const reference = visibleReport(c);
    const detail = reportDetail(s.db, s.cipher, s.reportKeys, reference);
    record(c, 'report.read', 'report', reference);
    c.header('Cache-Control', 'no-store');
    return c.json(detail);
  });

  routes.post('/reports/:reference/status', (c) => {
    const reference = visibleReport(c);
    return write(c, {
      route: `POST /v1/admin/reports/${reference}/status`,
      status: 200,
      action: 'report.status',
      targetType: 'report',
      targetId: reference,
      run: (body, now) => {
        const parsed = reportStatusChange.safeParse(body);
        if (!parsed.success) throw validationFailed(fieldErrorsFrom(parsed.error, body));
        const p = caller(c);
        changeReportStatus(
          s.db,
          s.cipher,
          s.reportKeys,
          reference,
          parsed.data,
          {
            id: 'staffId' in p ? p.staffId : p.keyId,
            name: 'login' in p ? p.login : null,
          },
          now,
        );
        return reportDetail(s.db, s.cipher, s.reportKeys, reference);
      },
      // the answer carries the report's content: keep only its reference, and read it afresh on a replay
      redaction: {
        redact: (body) => ({ reference: (body as { reference: string }).reference }),
        restore: (kept) =>
          JSON.stringify(
            reportDetail(s.db, s.cipher, s.reportKeys, (JSON.parse(kept) as { reference: string }).reference),
          ),
      },
    });
  });

  routes.get('/audit', (c) => {
    const q = parseQuery(c, { limit: 'int' }, auditQuery);
    const page = listAudit(s.db, q);
    record(c, 'audit.read', 'audit', null, { filter: q });
    c.header('Cache-Control', 'no-store');
    return c.json(page);
  });

  routes.get('/stats', (c) => {
    const scope = wardScope(caller(c));
    const windows = s.catalog
      .all()
      .filter((w) => scope === null || (w.ward_id !== null && scope.includes(w.ward_id)));
    const result = statistics(s.db, windows.length, scope);
    record(c, 'stats.read', 'stats', null, { wards: scope });
    return c.json(result);
  });

  routes.post('/maintenance/purge', (c) => {
    const result = s.purge();
    record(c, 'maintenance.purge', 'report', null, result);
    return c.json(result);
  });

  const app = routes.app;
  app.route('/', catalogRoutes(s));
  app.route('/', accessRoutes(s));
  return app;
}
