// Admin endpoints (secret key only, never from a browser): reports inbox and status changes (audited),
// windows and activities CRUD, import/export, rosters, statistics, retention purge.
import { Hono, type Context } from 'hono';
import { fieldErrorsFrom, reportInboxParams, reportStatusChange } from '@tsunagu/schema';
import { readBodyText, readJsonObject } from '../http/body.js';
import { HttpError, notFound, validationFailed } from '../http/errors.js';
import { sendStored } from '../http/idempotency.js';
import { parseQuery } from '../http/query.js';
import type { AppEnv } from '../http/types.js';
import {
  deleteActivity,
  getActivity,
  parseActivityInput,
  upsertActivity,
} from '../services/activities-repo.js';
import { audit, listAudit, type AuditActor } from '../services/audit.js';
import type { Services } from '../services/context.js';
import { exportWindows, importWindows } from '../services/import-export.js';
import { changeReportStatus, listReports, reportDetail } from '../services/reports.js';
import { promoteWaitlist, rosterCsv } from '../services/signups.js';
import { statistics } from '../services/stats.js';
import { deleteWindow, parseWindowInput, upsertWindow, windowExists } from '../services/windows-repo.js';
import * as z from 'zod/mini';

const auditQuery = z.strictObject({
  target_id: z.optional(z.string()),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
  cursor: z.optional(z.string()),
});

export function adminRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const actor = (c: Context<AppEnv>): AuditActor => ({ keyId: c.get('apiKey').id, name: c.get('actor') });
  /** Admin writes: idempotent when an Idempotency-Key is sent; audited; all in one transaction. */
  const write = async (
    c: Context<AppEnv>,
    route: string,
    status: number,
    run: (body: Record<string, unknown>, now: Date) => unknown,
  ) => {
    const { value } = await readJsonObject(c, s.maxBodyBytes);
    const now = s.now();
    const result = s.idempotency.run(c, route, JSON.stringify(value), false, now, () => ({
      status,
      body: run(value, now),
    }));
    return sendStored(c, result);
  };

  app.get('/reports', (c) => {
    const q = parseQuery(c, { status: 'array', urgent: 'boolean', limit: 'int' }, reportInboxParams);
    const page = listReports(s.db, q);
    audit(s.db, actor(c), 'reports.list', 'report', null, s.now());
    c.header('Cache-Control', 'no-store');
    return c.json(page);
  });

  app.get('/reports/:reference', (c) => {
    const detail = reportDetail(s.db, s.cipher, s.reportKeys, c.req.param('reference'));
    audit(s.db, actor(c), 'report.read', 'report', detail.reference, s.now());
    c.header('Cache-Control', 'no-store');
    return c.json(detail);
  });

  app.post('/reports/:reference/status', (c) =>
    write(c, `POST /v1/admin/reports/${c.req.param('reference')}/status`, 200, (body, now) => {
      const parsed = reportStatusChange.safeParse(body);
      if (!parsed.success) throw validationFailed(fieldErrorsFrom(parsed.error, body));
      changeReportStatus(s.db, s.cipher, s.reportKeys, c.req.param('reference'), parsed.data, actor(c), now);
      const detail = reportDetail(s.db, s.cipher, s.reportKeys, c.req.param('reference'));
      audit(s.db, actor(c), `report.status.${parsed.data.status}`, 'report', detail.reference, now);
      return detail;
    }),
  );

  app.get('/audit', (c) => c.json(listAudit(s.db, parseQuery(c, { limit: 'int' }, auditQuery))));

  app.get('/windows', (c) => c.json({ data: s.catalog.all(), next_cursor: null }));
  app.post('/windows', (c) =>
    write(c, 'POST /v1/admin/windows', 201, (body, now) => {
      const input = parseWindowInput(body);
      if (windowExists(s.db, input.id))
        throw new HttpError(409, 'conflict', 'conflict', 'A window with this id exists; use PUT.', [
          { path: 'id', code: 'invalid' },
        ]);
      const saved = upsertWindow(s.db, input, now);
      audit(s.db, actor(c), 'window.create', 'window', saved.id, now);
      s.catalog.reload();
      return saved;
    }),
  );
  app.put('/windows/:id', (c) =>
    write(c, `PUT /v1/admin/windows/${c.req.param('id')}`, 200, (body, now) => {
      const input = parseWindowInput({ ...body, id: c.req.param('id') });
      const saved = upsertWindow(s.db, input, now);
      audit(s.db, actor(c), 'window.replace', 'window', saved.id, now);
      s.catalog.reload();
      return saved;
    }),
  );
  app.delete('/windows/:id', (c) => {
    if (!deleteWindow(s.db, c.req.param('id'))) throw notFound('Window');
    audit(s.db, actor(c), 'window.delete', 'window', c.req.param('id'), s.now());
    s.catalog.reload();
    return c.body(null, 204);
  });
  app.post('/windows/import', async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'text/csv' && type !== 'application/json')
      throw new HttpError(
        415,
        'validation_error',
        'unsupported_media_type',
        'Send text/csv or application/json.',
      );
    const text = await readBodyText(c, s.maxBodyBytes * 32);
    const now = s.now();
    const ids = importWindows(s.db, text, type === 'text/csv' ? 'csv' : 'json', now);
    audit(s.db, actor(c), 'windows.import', 'window', null, now);
    s.catalog.reload();
    return c.json({ imported: ids.length, ids });
  });
  app.get('/windows/export', (c) => c.json(exportWindows(s.catalog.all(), s.now())));

  app.post('/activities', (c) =>
    write(c, 'POST /v1/admin/activities', 201, (body, now) => {
      const input = parseActivityInput(body);
      if (getActivity(s.db, input.id))
        throw new HttpError(409, 'conflict', 'conflict', 'An activity with this id exists; use PUT.', [
          { path: 'id', code: 'invalid' },
        ]);
      const saved = upsertActivity(s.db, input, now);
      audit(s.db, actor(c), 'activity.create', 'activity', saved.id, now);
      return saved;
    }),
  );
  app.put('/activities/:id', (c) =>
    write(c, `PUT /v1/admin/activities/${c.req.param('id')}`, 200, (body, now) => {
      const saved = upsertActivity(s.db, parseActivityInput({ ...body, id: c.req.param('id') }), now, (id) =>
        promoteWaitlist(s.db, id, now),
      );
      audit(s.db, actor(c), 'activity.replace', 'activity', saved.id, now);
      return saved;
    }),
  );
  app.delete('/activities/:id', (c) => {
    if (!deleteActivity(s.db, c.req.param('id'))) throw notFound('Activity');
    audit(s.db, actor(c), 'activity.delete', 'activity', c.req.param('id'), s.now());
    return c.body(null, 204);
  });
  app.get('/activities/:id/roster', (c) => {
    if (!getActivity(s.db, c.req.param('id'))) throw notFound('Activity');
    const csv = rosterCsv(s.db, s.cipher, c.req.param('id'));
    audit(s.db, actor(c), 'activity.roster.export', 'activity', c.req.param('id'), s.now());
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Disposition': `attachment; filename="roster-${c.req.param('id')}.csv"`,
    });
  });

  app.get('/stats', (c) => c.json(statistics(s.db, s.catalog.all().length)));
  app.post('/maintenance/purge', (c) => {
    const result = s.purge();
    audit(s.db, actor(c), 'maintenance.purge', 'report', null, s.now());
    return c.json(result);
  });
  return app;
}
