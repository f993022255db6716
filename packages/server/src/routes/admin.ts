// Admin endpoints for the ward's work: the reports inbox, one report, status changes (ward staff of the
// report's ward and city administrators), the audit log (auditors, administrators), statistics, purge.
// Every read is audited with the authenticated actor; catalogue and access routes live beside this file.
import type { Context, Hono } from 'hono';
import {
  reportAssignInput,
  reportHandoffInput,
  reportInboxParams,
  reportStatusChange,
} from '@tsunagu/schema';
import * as z from 'zod/mini';
import { canSeeWard, wardScope } from '../auth/principal.js';
import { refuse } from '../http/access.js';
import { notFound, parseWith, validationFailed } from '../http/errors.js';
import { parseQuery } from '../http/query.js';
import { guardedRoutes } from '../http/routes.js';
import type { AppEnv } from '../http/types.js';
import { listAudit } from '../services/audit.js';
import type { Services } from '../services/context.js';
import { assignReport, colleaguesOf, handOffReport, type EventActor } from '../services/report-workflow.js';
import { changeReportStatus, listReports, reportDetail, reportWardOf } from '../services/reports.js';
import { statistics } from '../services/stats.js';
import { adminSupport, caller } from './admin-support.js';
import { accessRoutes } from './admin-access.js';
import { catalogRoutes } from './admin-catalog.js';
import { webhookRoutes } from './admin-webhooks.js';

const auditQuery = z.strictObject({
  target_id: z.optional(z.string()),
  actor_id: z.optional(z.string()),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
  cursor: z.optional(z.string()),
});

export function adminRoutes(s: Services): Hono<AppEnv> {
  const routes = guardedRoutes(s, '/v1/admin');
  const { record, wardNotAllowed, write } = adminSupport(s);

  /** How the chronology names the caller (login; the id for the audit trail). */
  const eventActor = (c: Context<AppEnv>): EventActor => {
    const p = caller(c);
    return 'staffId' in p ? { id: p.staffId, name: p.login } : { id: p.keyId, name: null };
  };
  const detailRedaction = {
    redact: (body: unknown) => ({ reference: (body as { reference: string }).reference }),
    restore: (kept: string) =>
      JSON.stringify(
        reportDetail(s.db, s.cipher, s.reportKeys, (JSON.parse(kept) as { reference: string }).reference),
      ),
  };

  /** The report's reference if the caller may see it; another ward's report is refused exactly like an unknown one. */
  const visibleReport = (c: Context<AppEnv>): string => {
    const found = reportWardOf(s.db, s.reportKeys, c.req.param('reference') ?? '');
    if (!found) throw notFound('Report');
    if (!canSeeWard(caller(c), found.ward_id))
      refuse(c, s, notFound('Report'), { type: 'report', id: found.reference });
    return found.reference;
  };

  routes.get('/reports', (c) => {
    const q = parseQuery(
      c,
      { status: 'array', path: 'array', urgent: 'boolean', limit: 'int' },
      reportInboxParams,
    );
    const scope = wardScope(caller(c));
    if (q.ward && scope !== null && !scope.includes(q.ward)) wardNotAllowed(c, q.ward);
    const page = listReports(s.db, s.cipher, q, scope);
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
      auditDetail: (body) => ({ status: body.status }),
      run: (body, now) => {
        const change = parseWith(reportStatusChange, body);
        const before = reportDetail(s.db, s.cipher, s.reportKeys, reference);
        changeReportStatus(s.db, s.cipher, s.reportKeys, reference, change, eventActor(c), now);
        s.webhooks.enqueue(
          'concern_report.status_changed',
          reference,
          { reference, ward_id: before.ward_id, status: change.status, previous_status: before.status },
          now,
        );
        return reportDetail(s.db, s.cipher, s.reportKeys, reference);
      },
      // the answer carries the report's content: keep only its reference, and read it afresh on a replay
      redaction: detailRedaction,
    });
  });

  routes.post('/reports/:reference/assign', (c) => {
    const reference = visibleReport(c);
    return write(c, {
      route: `POST /v1/admin/reports/${reference}/assign`,
      status: 200,
      action: 'report.assign',
      targetType: 'report',
      targetId: reference,
      auditDetail: (body) => ({ staff_id: body.staff_id }),
      run: (body, now) => {
        const input = parseWith(reportAssignInput, body);
        assignReport(s.db, s.cipher, s.reportKeys, reference, input, eventActor(c), now);
        return reportDetail(s.db, s.cipher, s.reportKeys, reference);
      },
      redaction: detailRedaction,
    });
  });

  routes.post('/reports/:reference/handoff', (c) => {
    const reference = visibleReport(c);
    return write(c, {
      route: `POST /v1/admin/reports/${reference}/handoff`,
      status: 200,
      action: 'report.handoff',
      targetType: 'report',
      targetId: reference,
      auditDetail: (body) => ({ to_ward: body.to_ward, to_window: body.to_window }),
      run: (body, now) => {
        const input = parseWith(reportHandoffInput, body);
        const moved = handOffReport(
          s.db,
          s.cipher,
          s.reportKeys,
          reference,
          input,
          (id) => s.catalog.knownWard(id),
          (id) => s.catalog.get(id) !== null,
          eventActor(c),
          now,
        );
        s.webhooks.enqueue(
          'concern_report.status_changed',
          reference,
          { reference, ward_id: moved.ward_id, status: moved.status, previous_ward_id: moved.from_ward },
          now,
        );
        return { reference, ward_id: moved.ward_id, visible: canSeeWard(caller(c), moved.ward_id) };
      },
    });
  });

  routes.get('/colleagues', (c) => {
    const scope = wardScope(caller(c));
    const ward = c.req.query('ward') ?? scope?.[0];
    if (!ward || !s.catalog.knownWard(ward)) throw validationFailed([{ path: 'ward', code: 'unknown_ward' }]);
    if (scope !== null && !scope.includes(ward)) wardNotAllowed(c, ward);
    record(c, 'colleagues.list', 'ward', ward);
    return c.json({ data: colleaguesOf(s.db, ward), next_cursor: null });
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
    const result = statistics(s.db, s.cipher, windows.length, scope);
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
  app.route('/', webhookRoutes(s));
  return app;
}
