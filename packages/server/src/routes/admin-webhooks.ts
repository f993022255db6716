// Webhook subscriptions (city administrators): create (the signing secret is shown once), list, delete, and
// each subscription's delivery log.
import type { Hono } from 'hono';
import { webhookInput } from '@tsunagu/schema';
import { parseWith } from '../http/errors.js';
import { guardedRoutes } from '../http/routes.js';
import type { AppEnv } from '../http/types.js';
import type { Services } from '../services/context.js';
import { adminSupport } from './admin-support.js';

export function webhookRoutes(s: Services): Hono<AppEnv> {
  const routes = guardedRoutes(s, '/v1/admin');
  const { record, write } = adminSupport(s);

  routes.get('/webhooks', (c) => {
    record(c, 'webhooks.list', 'webhook', null);
    return c.json({ data: s.webhooks.list(), next_cursor: null });
  });
  routes.post('/webhooks', (c) =>
    write(c, {
      route: 'POST /v1/admin/webhooks',
      status: 201,
      action: 'webhook.create',
      targetType: 'webhook',
      targetIdOf: (body) => (body as { webhook: { id: string } }).webhook.id,
      run: (body, now) => {
        const input = parseWith(webhookInput, body);
        return s.webhooks.create(input.url, input.events, now);
      },
    }),
  );
  routes.delete('/webhooks/:id', (c) => {
    s.webhooks.remove(c.req.param('id'));
    record(c, 'webhook.delete', 'webhook', c.req.param('id'));
    return c.body(null, 204);
  });
  routes.get('/webhooks/:id/deliveries', (c) => {
    const data = s.webhooks.deliveries(c.req.param('id'));
    record(c, 'webhook.deliveries', 'webhook', c.req.param('id'));
    return c.json({ data, next_cursor: null });
  });
  return routes.app;
}
