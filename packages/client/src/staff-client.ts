// createStaffClient / signIn: the client of a signed-in person (a staff session token): the whole admin API
// as their role allows, their own session, and the public reads. Servers and scripts only.
import type { SessionInfo } from '@tsunagu/schema';
import { createHttp, type ClientOptions } from './create-http.js';
import { activitiesResource, type ActivitiesResource } from './resources/activities.js';
import { adminResource, type AdminResource } from './resources/admin.js';
import { areasResource, type AreasResource } from './resources/areas.js';
import { authResource, startSession, type AuthResource, type SignInOptions } from './resources/auth.js';
import { windowsResource, type WindowsResource } from './resources/windows.js';

/**
 * Options of `createStaffClient`: the client options, with the person's session token instead of a key.
 *
 * @example
 * ```ts
 * const options: StaffClientOptions = { baseUrl: 'https://api.tsunagu.example', sessionToken: process.env.TSUNAGU_SESSION!, locale: 'ja' };
 * ```
 */
export interface StaffClientOptions extends Omit<ClientOptions, 'key'> {
  /** a bearer session token (`ss_…`), from `signIn` / `startSession` */
  sessionToken: string;
}

/**
 * The client of a signed-in person. `admin` is the whole admin API; what a call may do follows the person's
 * role (`ward_staff`: their wards; `city_admin`: everything; `auditor`: `admin.audit.list` only — a role
 * that may not call something gets 403 `role_not_allowed`). The public reads (`areas`, `windows`,
 * `activities`) work for ward staff and administrators. Sending reports and sign-ups is for partners' keys
 * (`createClient`), not for staff.
 *
 * @example
 * ```ts
 * const staff = await signIn({ baseUrl, login: 'naka-tanaka', password: process.env.TSUNAGU_PASSWORD! });
 * for await (const r of staff.admin.reports.list({ status: ['received'] })) console.log(r.reference);
 * await staff.auth.signOut();
 * ```
 */
export interface StaffClient {
  readonly areas: AreasResource;
  readonly windows: WindowsResource;
  readonly activities: ActivitiesResource;
  readonly admin: AdminResource;
  readonly auth: AuthResource;
  /** The bearer token the client sends (keep it secret; not enumerable, so logging the client omits it). */
  readonly sessionToken: string;
}

/**
 * A `StaffClient` from `signIn`, with the session it opened.
 *
 * @example
 * ```ts
 * const staff = await signIn({ baseUrl, login, password });
 * console.log(staff.session.staff.role, staff.session.expires_at);
 * ```
 */
export interface SignedInStaffClient extends StaffClient {
  /** the session as sign-in answered it (who, which role and wards, when it ends), without the token */
  readonly session: Omit<SessionInfo, 'session_token'>;
}

/**
 * Creates the client of a signed-in person from their session token. Throws a `TsunaguAuthError`
 * (`code: 'session_token_in_browser'`) in a browser, and a `TypeError` for a bad base URL or a token that is
 * not `ss_…`. An ended session shows on the first call: 401 `session_expired` or `invalid_session`.
 *
 * @example
 * ```ts
 * import { createStaffClient } from '@tsunagu/client';
 *
 * const staff = createStaffClient({ baseUrl: process.env.TSUNAGU_API!, sessionToken: process.env.TSUNAGU_SESSION! });
 * const counts = await staff.admin.stats();
 * ```
 */
export function createStaffClient(options: StaffClientOptions): StaffClient {
  const { sessionToken, ...rest } = options;
  if (typeof sessionToken !== 'string' || !sessionToken.startsWith('ss_')) {
    throw new TypeError(
      'createStaffClient: sessionToken must be a staff session token (ss_…), e.g. from signIn; API keys go to createClient.',
    );
  }
  const http = createHttp({ ...rest, key: sessionToken });
  const client = {
    areas: areasResource(http),
    windows: windowsResource(http),
    activities: activitiesResource(http),
    admin: adminResource(http),
    auth: authResource(http),
  };
  return Object.defineProperty(client, 'sessionToken', {
    value: sessionToken,
    enumerable: false,
  }) as StaffClient;
}

/**
 * Signs a person in (`POST /v1/auth/login` with `session_delivery: 'bearer'`) and resolves to their
 * `StaffClient`. Administrators always need `totpCode`. Rejects with a `TsunaguAuthError`: 401
 * `invalid_credentials`, `second_factor_required`, `second_factor_invalid`, 403 `account_disabled`; with a
 * `TsunaguRateLimitError` (429 `too_many_attempts`) after repeated failures. Servers and scripts only: in a
 * browser it throws a `TsunaguAuthError` (`code: 'session_token_in_browser'`) before sending anything.
 *
 * @example
 * ```ts
 * import { signIn, TsunaguAuthError } from '@tsunagu/client';
 *
 * const staff = await signIn({
 *   baseUrl: process.env.TSUNAGU_API!,
 *   login: 'city-admin',
 *   password: process.env.TSUNAGU_PASSWORD!,
 *   totpCode: await ask('6-digit code: '),
 * });
 * try {
 *   console.log(await staff.admin.stats());
 * } finally {
 *   await staff.auth.signOut();
 * }
 * ```
 */
export async function signIn(options: SignInOptions): Promise<SignedInStaffClient> {
  const { session_token: sessionToken, ...session } = await startSession(options);
  const { login: _login, password: _password, totpCode: _code, ...clientOptions } = options;
  return Object.assign(createStaffClient({ ...clientOptions, sessionToken }), { session });
}
