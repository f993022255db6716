// Admin endpoints for who may do what (city administrators only): partners, their API keys (create, revoke,
// rotate, allowed origins) and staff accounts. Key changes count from the next request (KeyStore.invalidate).
import type { Hono } from 'hono';
import {
  keyCreateInput,
  keyRotateInput,
  keyUpdateInput,
  partnerInput,
  partnerUpdateInput,
  staffCreateInput,
  staffUpdateInput,
} from '@tsunagu/schema';
import { firstPassword, insertStaff, listStaff, updateStaff } from '../auth/staff.js';
import { readOptionalJsonObject } from '../http/body.js';
import { parseWith, validationFailed } from '../http/errors.js';
import { guardedRoutes } from '../http/routes.js';
import type { AppEnv } from '../http/types.js';
import type { Services } from '../services/context.js';
import {
  createApiKey,
  createPartner,
  getApiKey,
  getPartner,
  listApiKeys,
  listPartners,
  partnerExists,
  revokeApiKey,
  rotateApiKey,
  setAllowedOrigins,
  updatePartner,
} from '../services/keys.js';
import { adminSupport } from './admin-support.js';

export function accessRoutes(s: Services): Hono<AppEnv> {
  const routes = guardedRoutes(s, '/v1/admin');
  const { record, write } = adminSupport(s);
  const knownWard = (id: string) => s.catalog.knownWard(id);

  routes.get('/partners', (c) => {
    record(c, 'partners.list', 'partner', null);
    return c.json({ data: listPartners(s.db), next_cursor: null });
  });
  routes.post('/partners', (c) =>
    write(c, {
      route: 'POST /v1/admin/partners',
      status: 201,
      action: 'partner.create',
      targetType: 'partner',
      run: (body, now) => {
        const input = parseWith(partnerInput, body);
        if (input.ward_id && !knownWard(input.ward_id))
          throw validationFailed([{ path: 'ward_id', code: 'unknown_ward' }]);
        return getPartner(s.db, createPartner(s.db, input, now));
      },
    }),
  );
  routes.patch('/partners/:id', (c) =>
    write(c, {
      route: 'PATCH /v1/admin/partners/{id}',
      status: 200,
      action: 'partner.update',
      targetType: 'partner',
      targetId: c.req.param('id'),
      run: (body) => {
        const input = parseWith(partnerUpdateInput, body);
        if (input.ward_id && !knownWard(input.ward_id))
          throw validationFailed([{ path: 'ward_id', code: 'unknown_ward' }]);
        // the public GET /v1/partner reads the partner on every call: no cache to drop
        return updatePartner(s.db, c.req.param('id'), input);
      },
    }),
  );

  routes.get('/keys', (c) => {
    const partnerId = c.req.query('partner_id');
    record(c, 'keys.list', 'key', null, partnerId ? { partner_id: partnerId } : null);
    return c.json({ data: listApiKeys(s.db, s.now(), partnerId), next_cursor: null });
  });
  routes.post('/keys', (c) =>
    write(c, {
      route: 'POST /v1/admin/keys',
      status: 201,
      action: 'key.create',
      targetType: 'key',
      targetIdOf: (body) => (body as { key: { id: string } }).key.id,
      run: (body, now) => {
        const input = parseWith(keyCreateInput, body);
        if (!partnerExists(s.db, input.partner_id))
          throw validationFailed([{ path: 'partner_id', code: 'invalid_choice' }]);
        if (input.kind === 'secret' && input.allowed_origins?.length)
          throw validationFailed([{ path: 'allowed_origins', code: 'not_allowed' }]);
        const created = createApiKey(
          s.db,
          { partnerId: input.partner_id, kind: input.kind, allowedOrigins: input.allowed_origins ?? [] },
          now,
        );
        s.keys.invalidate();
        return { key: getApiKey(s.db, created.id, now), plain_key: created.key };
      },
    }),
  );
  routes.patch('/keys/:id', (c) =>
    write(c, {
      route: `PATCH /v1/admin/keys/${c.req.param('id')}`,
      status: 200,
      action: 'key.origins',
      targetType: 'key',
      targetId: c.req.param('id'),
      run: (body, now) => {
        const input = parseWith(keyUpdateInput, body);
        const key = setAllowedOrigins(s.db, c.req.param('id'), input.allowed_origins, now);
        s.keys.invalidate();
        return key;
      },
    }),
  );
  routes.post('/keys/:id/revoke', (c) =>
    write(c, {
      route: `POST /v1/admin/keys/${c.req.param('id')}/revoke`,
      status: 200,
      action: 'key.revoke',
      targetType: 'key',
      targetId: c.req.param('id'),
      run: (_body, now) => {
        const key = revokeApiKey(s.db, c.req.param('id'), now);
        s.keys.invalidate();
        return key;
      },
    }),
  );
  routes.post('/keys/:id/rotate', (c) =>
    write(c, {
      route: `POST /v1/admin/keys/${c.req.param('id')}/rotate`,
      status: 201,
      action: 'key.rotate',
      targetType: 'key',
      targetId: c.req.param('id'),
      run: (body, now) => {
        const input = parseWith(keyRotateInput, body);
        const rotated = rotateApiKey(s.db, c.req.param('id'), input.overlap_hours ?? 24, now);
        s.keys.invalidate();
        return rotated;
      },
    }),
  );

  routes.get('/staff', (c) => {
    record(c, 'staff.list', 'staff', null);
    return c.json({ data: listStaff(s.db), next_cursor: null });
  });
  routes.post('/staff', async (c) => {
    // the password is hashed before the write transaction (scrypt is slow); the body is read once here
    const { value } = await readOptionalJsonObject(c, s.maxBodyBytes);
    const input = parseWith(staffCreateInput, value);
    const first = await firstPassword({ scryptLogN: s.scryptLogN });
    return write(c, {
      route: 'POST /v1/admin/staff',
      status: 201,
      action: 'staff.create',
      targetType: 'staff',
      targetIdOf: (body) => (body as { staff: { id: string } }).staff.id,
      body: value,
      run: (_body, now) => {
        const { totpSecret: _secret, ...created } = insertStaff(s.db, s.cipher, input, first, now, knownWard);
        return created;
      },
    });
  });
  routes.patch('/staff/:id', async (c) => {
    const { value } = await readOptionalJsonObject(c, s.maxBodyBytes);
    const input = parseWith(staffUpdateInput, value);
    const reset = input.reset_password ? await firstPassword({ scryptLogN: s.scryptLogN }) : null;
    return write(c, {
      route: `PATCH /v1/admin/staff/${c.req.param('id')}`,
      status: 200,
      action: 'staff.update',
      targetType: 'staff',
      targetId: c.req.param('id'),
      body: value,
      run: (_body, now) => {
        const { accessChanged, ...updated } = updateStaff(
          s.db,
          s.cipher,
          c.req.param('id'),
          input,
          reset,
          now,
          knownWard,
        );
        // less access (or a new password) counts at once: the person signs in again
        if (accessChanged) s.sessions.revokeAll(updated.staff.id);
        return updated;
      },
    });
  });

  return routes.app;
}
