// POST /v1/signups, GET /v1/signups/{id} (X-Cancel-Token), POST /v1/signups/{id}/cancel.
/**
 * `@tsunagu/client/signups`: the signups resource alone, on a core from `@tsunagu/client/core`.
 *
 * @module signups
 */
import {
  signupResult,
  signupState,
  type SignupInput,
  type SignupResult,
  type SignupState,
} from '@tsunagu/schema';
import type { TsunaguHttp } from '../create-http.js';
import type { RequestOptions, WriteOptions } from '../http.js';
import { segment } from '../query.js';

/**
 * Sign-ups for activities. Seats are given in arrival order; when full, the sign-up is waitlisted and
 * promoted when someone cancels.
 *
 * @example
 * ```ts
 * const signup = await client.signups.create({
 *   activity_id: 'sample-naka-watch', kind: 'person', name: '山田 花子', email: 'hanako@example.jp', terms_accepted: true,
 * });
 * // keep signup.cancel_token: it is the only way to cancel
 * await client.signups.cancel(signup.id, signup.cancel_token);
 * ```
 */
export interface SignupsResource {
  /** Signs up; safe to retry (idempotency key as for concern reports): one seat per key, never two. */
  create(input: SignupInput, options?: WriteOptions): Promise<SignupResult>;
  /** The sign-up's current state (confirmed, waitlisted with position, or cancelled). */
  get(id: string, cancelToken: string, options?: RequestOptions): Promise<SignupState>;
  /**
   * Cancels with the token from `create`; the first on the waitlist gets the seat. Cancelling twice is
   * harmless (the second answers `cancelled` again), so this is retried like a GET.
   */
  cancel(id: string, cancelToken: string, options?: RequestOptions): Promise<SignupState>;
}

/**
 * The signups resource on an HTTP core: what `@tsunagu/client/signups` offers a bundle that needs nothing else.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { signupsResource } from '@tsunagu/client/signups';
 *
 * const signups = signupsResource(createHttp({ baseUrl: 'https://api.tsunagu.example', key: 'pk_…' }));
 * const signup = await signups.create(input, { idempotencyKey: keyKeptWithTheForm });
 * ```
 */
export const signupsResource = ({ send }: TsunaguHttp): SignupsResource => ({
  create: (input, options) =>
    send({ method: 'POST', path: 'signups', body: input, keyed: true, schema: signupResult, options }),
  get: (id, cancelToken, options) =>
    send({
      method: 'GET',
      path: `signups/${segment(id)}`,
      // in a header, never in the URL (URLs end up in logs and histories)
      headers: { 'x-cancel-token': cancelToken },
      schema: signupState,
      options,
    }),
  cancel: (id, cancelToken, options) =>
    send({
      method: 'POST',
      path: `signups/${segment(id)}/cancel`,
      body: { cancel_token: cancelToken },
      repeatable: true,
      schema: signupState,
      options,
    }),
});
