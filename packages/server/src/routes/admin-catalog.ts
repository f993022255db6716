// Admin endpoints for what the public sees: windows (ward staff for their wards, administrators for all;
// bulk import for administrators) and activities (a partner's own, a ward's, or all), with rosters.
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { canSeeWard, isKey, wardScope } from '../auth/principal.js';
import { readBodyText } from '../http/body.js';
import { HttpError, notFound } from '../http/errors.js';
import { parseQuery } from '../http/query.js';
import { guardedRoutes } from '../http/routes.js';
import type { AppEnv } from '../http/types.js';
import {
  activityOwnership,
  deleteActivity,
  getActivity,
  listManagedActivities,
  parseActivityInput,
  upsertActivity,
} from '../services/activities-repo.js';
import type { Services } from '../services/context.js';
import { exportWindows, importWindows } from '../services/import-export.js';
import { promoteWaitlist, rosterCsv } from '../services/signups.js';
import { tokyoDateOf } from '@tsunagu/schema';
import {
  confirmWindow,
  deleteWindow,
  parseWindowInput,
  upsertWindow,
  windowExists,
} from '../services/windows-repo.js';
import { adminSupport, caller } from './admin-support.js';

const pageQuery = z.strictObject({
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  cursor: z.optional(z.string()),
});

export function catalogRoutes(s: Services): Hono<AppEnv> {
  const routes = guardedRoutes(s, '/v1/admin');
  const { record, wardNotAllowed, notOwner, write } = adminSupport(s);

  /** A window's ward (existing or new) must be one the caller may change. */
  const checkWindowWard = (c: Context<AppEnv>, wardId: string | null) => {
    if (!canSeeWard(caller(c), wardId)) wardNotAllowed(c, wardId);
  };

  routes.get('/windows', (c) => {
    const scope = wardScope(caller(c));
    const data = s.catalog
      .all()
      .filter((w) => scope === null || (w.ward_id !== null && scope.includes(w.ward_id)));
    record(c, 'windows.list', 'window', null, { wards: scope });
    return c.json({ data, next_cursor: null });
  });
  routes.post('/windows', (c) =>
    write(c, {
      route: 'POST /v1/admin/windows',
      status: 201,
      action: 'window.create',
      targetType: 'window',
      run: (body, now) => {
        const input = parseWindowInput(body);
        checkWindowWard(c, input.ward_id);
        if (windowExists(s.db, input.id))
          throw new HttpError(409, 'conflict', 'conflict', 'A window with this id exists; use PUT.', [
            { path: 'id', code: 'invalid' },
          ]);
        const saved = upsertWindow(s.db, input, now);
        s.catalog.reload();
        return saved;
      },
    }),
  );
  routes.put('/windows/:id', (c) =>
    write(c, {
      route: `PUT /v1/admin/windows/${c.req.param('id')}`,
      status: 200,
      action: 'window.replace',
      targetType: 'window',
      targetId: c.req.param('id'),
      run: (body, now) => {
        const input = parseWindowInput({ ...body, id: c.req.param('id') });
        const existing = s.catalog.get(input.id);
        if (existing) checkWindowWard(c, existing.ward_id);
        checkWindowWard(c, input.ward_id);
        const saved = upsertWindow(s.db, input, now);
        s.catalog.reload();
        return saved;
      },
    }),
  );
  routes.delete('/windows/:id', (c) => {
    const existing = s.catalog.get(c.req.param('id'));
    if (!existing) throw notFound('Window');
    checkWindowWard(c, existing.ward_id);
    deleteWindow(s.db, existing.id);
    record(c, 'window.delete', 'window', existing.id);
    s.catalog.reload();
    return c.body(null, 204);
  });
  routes.post('/windows/:id/confirm', (c) => {
    const existing = s.catalog.get(c.req.param('id'));
    if (!existing) throw notFound('Window');
    checkWindowWard(c, existing.ward_id);
    confirmWindow(s.db, existing.id, tokyoDateOf(s.now()));
    record(c, 'window.confirm', 'window', existing.id);
    s.catalog.reload();
    return c.json(s.catalog.get(existing.id));
  });
  routes.post('/windows/import', async (c) => {
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
    record(c, 'windows.import', 'window', null, { ids });
    s.catalog.reload();
    return c.json({ imported: ids.length, ids });
  });
  routes.get('/windows/export', (c) => {
    record(c, 'windows.export', 'window', null);
    return c.json(exportWindows(s.catalog.all(), s.now()));
  });

  /**
   * Whether the caller manages an activity: a partner key its own, ward staff their wards', administrators
   * all. Refuses with 403 (activities are public: their existence is no secret).
   */
  const checkManages = (
    c: Context<AppEnv>,
    id: string,
    owner: { ward_id: string; owner_partner_id: string | null },
  ) => {
    const p = caller(c);
    if (isKey(p)) {
      if (owner.owner_partner_id !== p.partnerId) notOwner(c, 'activity', id);
    } else if (!canSeeWard(p, owner.ward_id)) wardNotAllowed(c, owner.ward_id);
  };
  /** The partner that will own an activity the caller creates (null: the city's own). */
  const newOwner = (c: Context<AppEnv>) => {
    const p = caller(c);
    return isKey(p) ? p.partnerId : null;
  };

  routes.get('/activities', (c) => {
    const q = parseQuery(c, { limit: 'int' }, pageQuery);
    const p = caller(c);
    const page = listManagedActivities(
      s.db,
      isKey(p) ? { partnerId: p.partnerId } : { wards: wardScope(p) },
      q,
    );
    record(c, 'activities.list', 'activity', null, { ids: page.data.map((a) => a.id) });
    return c.json(page);
  });
  routes.post('/activities', (c) =>
    write(c, {
      route: 'POST /v1/admin/activities',
      status: 201,
      action: 'activity.create',
      targetType: 'activity',
      run: (body, now) => {
        const input = parseActivityInput(body);
        if (!isKey(caller(c)) && !canSeeWard(caller(c), input.ward_id)) wardNotAllowed(c, input.ward_id);
        if (getActivity(s.db, input.id))
          throw new HttpError(409, 'conflict', 'conflict', 'An activity with this id exists; use PUT.', [
            { path: 'id', code: 'invalid' },
          ]);
        return upsertActivity(s.db, input, now, undefined, newOwner(c));
      },
    }),
  );
  routes.put('/activities/:id', (c) =>
    write(c, {
      route: `PUT /v1/admin/activities/${c.req.param('id')}`,
      status: 200,
      action: 'activity.replace',
      targetType: 'activity',
      targetId: c.req.param('id'),
      run: (body, now) => {
        const input = parseActivityInput({ ...body, id: c.req.param('id') });
        const existing = activityOwnership(s.db, input.id);
        if (existing) checkManages(c, input.id, existing);
        if (!isKey(caller(c)) && !canSeeWard(caller(c), input.ward_id)) wardNotAllowed(c, input.ward_id);
        return upsertActivity(s.db, input, now, (id) => promoteWaitlist(s.db, id, now), newOwner(c));
      },
    }),
  );
  routes.delete('/activities/:id', (c) => {
    const id = c.req.param('id');
    const existing = activityOwnership(s.db, id);
    if (!existing) throw notFound('Activity');
    checkManages(c, id, existing);
    deleteActivity(s.db, id);
    record(c, 'activity.delete', 'activity', id);
    return c.body(null, 204);
  });
  routes.get('/activities/:id/roster', (c) => {
    const id = c.req.param('id');
    const existing = activityOwnership(s.db, id);
    if (!existing) throw notFound('Activity');
    checkManages(c, id, existing);
    const csv = rosterCsv(s.db, s.cipher, id);
    record(c, 'activity.roster.export', 'activity', id);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Disposition': `attachment; filename="roster-${id}.csv"`,
    });
  });

  return routes.app;
}
