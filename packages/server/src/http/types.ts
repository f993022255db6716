import type { HttpBindings } from '@hono/node-server';
import type { Principal } from '../auth/principal.js';
import type { HttpError } from './errors.js';

export interface AppVariables {
  requestId: string;
  /** who is calling (http/access.ts identify); null before identification or without a credential */
  principal: Principal | null;
  /** a credential that did not hold (the route's guard throws it unless the route is open to anyone) */
  authProblem: HttpError | null;
  /** the publishable key came as `?key=` (the guard allows that on GETs open to publishable keys only) */
  keyInQuery: boolean;
  /** the staff session token of this request (cookie or bearer), for CSRF and sign-out */
  sessionToken: string;
  sessionIdleExpiresAt: Date;
  /** origin to allow in CORS response headers (null = none) */
  corsOrigin: string | null;
  /** the response built by respond() (it already carries the request id and CORS headers) */
  finalResponse: Response;
}
export type AppEnv = { Bindings: Partial<HttpBindings>; Variables: AppVariables };
