// Public endpoints (publishable or secret key): areas, windows, concern reports, activities, sign-ups.
import type { Context, Hono } from 'hono';
import type { PartnerInfo } from '@tsunagu/schema';
import {
  activitySearchParams,
  HONEYPOT_FIELD,
  signupCancelInput,
  windowSearchParams,
  fieldErrorsFrom,
} from '@tsunagu/schema';
import { isKey, type KeyPrincipal } from '../auth/principal.js';
import { readJsonObject } from '../http/body.js';
import { guardedRoutes } from '../http/routes.js';
import { notFound, validationFailed } from '../http/errors.js';
import { sendStored } from '../http/idempotency.js';
import { parseQuery } from '../http/query.js';
import { requestHeader, respond } from '../http/respond.js';
import type { AppEnv } from '../http/types.js';
import { getActivity, listActivities } from '../services/activities-repo.js';
import type { Services } from '../services/context.js';
import { createReport, decoyReceipt, parseReport, reportStatusFor } from '../services/reports.js';
import { cancelSignup, createSignup, getSignupState } from '../services/signups.js';

const WINDOW_QUERY = {
  concern: 'array',
  lang: 'array',
  contact_mode: 'array',
  accessibility: 'array',
  open_now: 'boolean',
  near: 'point',
  limit: 'int',
} as const;

/** The key of a route open to keys only (its policy admits no one else). */
function keyOf(c: Context<AppEnv>): KeyPrincipal {
  const principal = c.get('principal');
  if (!isKey(principal)) throw new Error('route policy admits keys only');
  return principal;
}

export function publicRoutes(s: Services): Hono<AppEnv> {
  const routes = guardedRoutes(s, '/v1');
  const JSON_UTF8 = 'application/json; charset=utf-8';
  const NO_STORE = { contentType: JSON_UTF8, cacheControl: 'no-store' };
  const PUBLIC = { contentType: JSON_UTF8, cacheControl: 'public, max-age=300' };

  routes.get('/areas', (c) => {
    const ward = c.req.query('ward');
    const towns = c.req.query('towns') ?? 'all';
    if (towns !== 'all' && towns !== 'none')
      throw validationFailed([{ path: 'towns', code: 'invalid_choice' }]);
    if (ward === undefined && towns === 'none') return respond(c, s.catalog.wardsOnlyBytes, 200, PUBLIC);
    if (ward === undefined) return respond(c, s.catalog.areasBytes, 200, PUBLIC); // compressed once
    if (!s.catalog.wards.some((w) => w.id === ward))
      throw validationFailed([{ path: 'ward', code: 'unknown_ward' }]);
    return c.json({
      wards: s.catalog.wards.filter((w) => w.id === ward),
      towns: towns === 'none' ? [] : s.catalog.towns.filter((t) => t.ward_id === ward),
    });
  });

  routes.get('/partner', (c) => {
    const key = keyOf(c);
    const partner = s.db
      .prepare('SELECT id, name, type, ward_id FROM partners WHERE id = ?')
      .get(key.partnerId) as Omit<PartnerInfo, 'key_kind'> | undefined;
    if (!partner) throw notFound('Partner');
    const kind = key.role === 'partner' ? 'secret' : 'publishable';
    return c.json({ ...partner, key_kind: kind } satisfies PartnerInfo);
  });

  routes.get('/windows', (c) => {
    const url = c.req.url;
    const at = url.indexOf('?');
    const rawQuery = at === -1 ? '' : url.slice(at);
    const body = s.catalog.searchBytes(
      rawQuery,
      () => parseQuery(c, WINDOW_QUERY, windowSearchParams),
      s.now(),
    );
    return respond(c, body, 200, NO_STORE);
  });

  routes.get('/windows/:id', (c) => {
    const window = s.catalog.get(c.req.param('id'));
    if (!window) throw notFound('Window');
    return c.json(window);
  });

  routes.post('/concern-reports', async (c) => {
    const { value } = await readJsonObject(c, s.maxBodyBytes);
    const key = keyOf(c);
    const honeypot = value[HONEYPOT_FIELD];
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      // a bot filled the hidden field: answer like a success, store nothing (see README)
      const wardId = typeof value.ward_id === 'string' ? value.ward_id : 'unknown';
      return c.json(decoyReceipt(wardId, s.now()), 201);
    }
    const now = s.now();
    const canonical = JSON.stringify(value);
    // validate before queuing for the shared commit: the write lock is held only for the inserts
    const report = parseReport(value, (id) => s.catalog.knownWard(id));
    const result = await s.idempotency.runBatched(
      s.batcher,
      c,
      'POST /v1/concern-reports',
      canonical,
      now,
      () => {
        const receipt = createReport(s.db, s.cipher, s.reportKeys, report, key.partnerId, now);
        // told in the same commit: ids and status only
        s.webhooks.enqueue(
          'concern_report.created',
          receipt.reference,
          { reference: receipt.reference, ward_id: receipt.ward_id, status: receipt.status },
          now,
        );
        return { status: 201, body: receipt };
      },
    );
    return sendStored(c, result);
  });

  routes.get('/concern-reports/:reference/status', (c) => {
    const key = keyOf(c);
    c.header('Cache-Control', 'no-store');
    return c.json(
      reportStatusFor(
        s.db,
        s.reportKeys,
        c.req.param('reference'),
        c.req.header('x-check-code'),
        // a partner's own server sees its own reports only; a widget anywhere may check any with its code
        key.role === 'partner' ? key.partnerId : null,
      ),
    );
  });

  routes.get('/activities', (c) => {
    const params = parseQuery(c, { type: 'array', limit: 'int' }, activitySearchParams);
    return c.json(listActivities(s.db, params, s.now()));
  });

  routes.get('/activities/:id', (c) => {
    const activity = getActivity(s.db, c.req.param('id'));
    if (!activity) throw notFound('Activity');
    return c.json(activity);
  });

  routes.post('/signups', async (c) => {
    const { value } = await readJsonObject(c, s.maxBodyBytes);
    const honeypot = value[HONEYPOT_FIELD];
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      throw validationFailed([{ path: HONEYPOT_FIELD, code: 'not_allowed' }]);
    }
    const now = s.now();
    const key = keyOf(c);
    const result = await s.idempotency.runBatched(
      s.batcher,
      c,
      'POST /v1/signups',
      JSON.stringify(value),
      now,
      () => {
        const result = createSignup(s.db, s.cipher, value, key.partnerId, now);
        s.webhooks.enqueue(
          'signup.created',
          result.id,
          { id: result.id, activity_id: result.activity_id, status: result.status },
          now,
        );
        return { status: 201, body: result };
      },
    );
    return sendStored(c, result);
  });

  routes.get('/signups/:id', (c) => {
    c.header('Cache-Control', 'no-store');
    // the token in a header keeps it out of URLs and logs; ?token= stays for cancel links already sent
    const token = requestHeader(c, 'x-cancel-token') ?? c.req.query('token');
    return c.json(getSignupState(s.db, c.req.param('id'), token));
  });

  routes.post('/signups/:id/cancel', async (c) => {
    let token = c.req.query('token');
    const length = Number(c.req.header('content-length') ?? '0');
    if (c.req.header('content-type') !== undefined || length > 0) {
      const { value } = await readJsonObject(c, s.maxBodyBytes);
      const parsed = signupCancelInput.safeParse(value);
      if (!parsed.success) throw validationFailed(fieldErrorsFrom(parsed.error, value));
      token = parsed.data.cancel_token ?? token;
    }
    if (!token) throw validationFailed([{ path: 'cancel_token', code: 'required' }]);
    const id = c.req.param('id');
    const now = s.now();
    const state = s.db
      .transaction(() => {
        const wasCancelled = getSignupState(s.db, id, token).status === 'cancelled';
        const after = cancelSignup(s.db, id, token, now);
        if (!wasCancelled)
          s.webhooks.enqueue(
            'signup.cancelled',
            id,
            { id, activity_id: after.activity_id, status: 'cancelled' },
            now,
          );
        return after;
      })
      .immediate();
    return c.json(state);
  });

  return routes.app;
}
