// Routes are registered only through the policy table: a route without a policy fails at start-up (and the
// policy test walks the app's routes), and each gets the guard of its policy in front of its handler.
import { Hono, type Handler } from 'hono';
import { policyFor } from '@tsunagu/schema';
import type { Services } from '../services/context.js';
import { guard } from './access.js';
import type { AppEnv } from './types.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `/reports/:reference` under `/v1/admin` → `/v1/admin/reports/{reference}` (the policy table's form). */
export const policyPath = (base: string, path: string) => `${base}${path}`.replace(/:(\w+)/g, '{$1}');

export function guardedRoutes(s: Services, base: string) {
  const app = new Hono<AppEnv>();
  const on =
    (method: Method) =>
    <P extends string>(path: P, handler: Handler<AppEnv, P>) => {
      const policy = policyFor(method, policyPath(base, path));
      if (!policy)
        throw new Error(`no policy for ${method} ${policyPath(base, path)} (@tsunagu/schema policy.ts)`);
      app.on(method, path, guard(s, policy), handler);
    };
  return { app, get: on('GET'), post: on('POST'), put: on('PUT'), patch: on('PATCH'), delete: on('DELETE') };
}
