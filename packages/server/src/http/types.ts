import type { HttpBindings } from '@hono/node-server';
import type { ApiKeyRecord } from '../services/keys.js';

export interface AppVariables {
  requestId: string;
  apiKey: ApiKeyRecord;
  /** the actor name staff may send in X-Actor (audit only) */
  actor: string | null;
  /** origin to allow in CORS response headers (null = none) */
  corsOrigin: string | null;
  /** the response built by respond() (it already carries the request id and CORS headers) */
  finalResponse: Response;
}
export type AppEnv = { Bindings: Partial<HttpBindings>; Variables: AppVariables };
