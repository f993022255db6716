// /v1/auth/…: staff sign-in for servers and scripts (a bearer session token, never in a browser: the staff
// console signs in with a cookie), and the signed-in person's own session.
/**
 * `@tsunagu/client/auth`: staff sign-in (`startSession`) and the auth resource alone, on a core from
 * `@tsunagu/client/core`. `signIn` in `@tsunagu/client` does both and gives a ready `StaffClient`.
 *
 * @module auth
 */
import { sessionInfo, type SessionInfo } from '@tsunagu/schema';
import { TsunaguResponseError } from '../errors.js';
import {
  checkBaseUrl,
  refuseInBrowser,
  sendAs,
  type ClientOptions,
  type TsunaguHttp,
} from '../create-http.js';
import { createTransport, type RequestOptions } from '../http.js';
import { plainObject } from '../plain-object.js';

/**
 * What `signIn` and `startSession` take: the account, and the client options of the staff client to build.
 *
 * @example
 * ```ts
 * const options: SignInOptions = { baseUrl: 'https://api.tsunagu.example', login: 'naka-tanaka', password, totpCode: '123456' };
 * ```
 */
export interface SignInOptions extends Omit<ClientOptions, 'key'> {
  login: string;
  password: string;
  /** the 6-digit code of the authenticator app (administrators always have one; others once enrolled) */
  totpCode?: string | undefined;
}

/**
 * A session opened with `startSession`: what `auth.session()` answers, with the bearer token.
 *
 * @example
 * ```ts
 * const { session_token, staff, expires_at } = await startSession({ baseUrl, login, password });
 * ```
 */
export type StartedSession = SessionInfo & { session_token: string };

/**
 * Result of `auth.signOutEverywhere`.
 *
 * @example
 * ```ts
 * const { sessions_ended } = await staff.auth.signOutEverywhere();
 * ```
 */
export interface SignOutEverywhereResult {
  /** how many sessions of the person ended (this one included) */
  sessions_ended: number;
}

/**
 * Result of `auth.changePassword`.
 *
 * @example
 * ```ts
 * const { other_sessions_ended } = await staff.auth.changePassword({ current_password, new_password });
 * ```
 */
export interface PasswordChangeResult {
  /** the person's other sessions, ended by the change (this one stays) */
  other_sessions_ended: number;
}

/**
 * A password change: the current password, and a new one of 12–200 characters.
 *
 * @example
 * ```ts
 * const change: PasswordChange = { current_password: old, new_password: 'correct horse battery staple' };
 * ```
 */
export interface PasswordChange {
  current_password: string;
  new_password: string;
}

const signOutEverywhereResult = /* @__PURE__ */ plainObject<SignOutEverywhereResult>({
  sessions_ended: 'number',
});
const passwordChangeResult = /* @__PURE__ */ plainObject<PasswordChangeResult>({
  other_sessions_ended: 'number',
});

/**
 * The signed-in person's own session: who they are, sign-out, password change. Any staff role
 * (`ward_staff`, `city_admin`, `auditor`). With an API key instead of a session token every method rejects
 * with a `TsunaguAuthError` (`code: 'staff_session_required'`) without calling the server. A session that
 * ended answers 401 `session_expired` (idle or too old: sign in again) or `invalid_session` (signed out).
 *
 * @example
 * ```ts
 * const { staff: me, idle_expires_at } = await staff.auth.session();
 * console.log(me.login, me.role, me.wards, idle_expires_at);
 * await staff.auth.signOut();
 * ```
 */
export interface AuthResource {
  /**
   * The current session (it also keeps an idle session alive).
   *
   * Any signed-in role.
   *
   * @example
   * ```ts
   * const { staff: me } = await staff.auth.session();
   * ```
   */
  session(options?: RequestOptions): Promise<SessionInfo>;
  /**
   * Ends this session: every later call with its token rejects with 401 `invalid_session`.
   *
   * Any signed-in role.
   *
   * @example
   * ```ts
   * try { await runReport(staff); } finally { await staff.auth.signOut(); }
   * ```
   */
  signOut(options?: RequestOptions): Promise<void>;
  /**
   * Ends every session of the signed-in person, this one included (e.g. after a lost laptop).
   *
   * Any signed-in role.
   *
   * @example
   * ```ts
   * const { sessions_ended } = await staff.auth.signOutEverywhere();
   * ```
   */
  signOutEverywhere(options?: RequestOptions): Promise<SignOutEverywhereResult>;
  /**
   * Changes the person's password; their other sessions end, this one stays. A wrong current password
   * rejects with 401 `invalid_credentials` (and counts against the sign-in limits).
   *
   * Any signed-in role.
   *
   * @example
   * ```ts
   * await staff.auth.changePassword({ current_password: old, new_password: next });
   * ```
   */
  changePassword(change: PasswordChange, options?: RequestOptions): Promise<PasswordChangeResult>;
}

/**
 * The auth resource on an HTTP core with a staff session token (`@tsunagu/client/auth`).
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { authResource } from '@tsunagu/client/auth';
 *
 * const auth = authResource(createHttp({ baseUrl: process.env.TSUNAGU_API!, key: process.env.TSUNAGU_SESSION! }));
 * console.log((await auth.session()).staff.login);
 * ```
 */
export function authResource(http: TsunaguHttp): AuthResource {
  const send = sendAs(
    http,
    ['session'],
    'staff_session_required',
    'The auth calls are for a signed-in person: use a staff session token (ss_…), e.g. from signIn.',
  );
  return {
    session: (options) => send({ method: 'GET', path: 'auth/session', schema: sessionInfo, options }),
    signOut: (options) => send({ method: 'POST', path: 'auth/logout', schema: null, options }),
    signOutEverywhere: (options) =>
      send({ method: 'POST', path: 'auth/logout-everywhere', schema: signOutEverywhereResult, options }),
    changePassword: (change, options) =>
      send({ method: 'POST', path: 'auth/password', body: change, schema: passwordChangeResult, options }),
  };
}

/**
 * Signs a person in and returns the session with its bearer token (`POST /v1/auth/login`,
 * `session_delivery: 'bearer'`); `signIn` in `@tsunagu/client` wraps it in a `StaffClient`. Not retried
 * (a sign-in is not idempotent). Rejects with a `TsunaguAuthError`: 401 `invalid_credentials`,
 * `second_factor_required` (send `totpCode`), `second_factor_invalid`, 403 `account_disabled`; with a
 * `TsunaguRateLimitError` (429 `too_many_attempts`) after repeated failures. In a browser it throws a
 * `TsunaguAuthError` (`code: 'session_token_in_browser'`) before sending anything.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { startSession } from '@tsunagu/client/auth';
 * import { adminResource } from '@tsunagu/client/admin';
 *
 * const { session_token } = await startSession({ baseUrl, login: 'naka-tanaka', password });
 * const admin = adminResource(createHttp({ baseUrl, key: session_token }));
 * ```
 */
export async function startSession(options: SignInOptions): Promise<StartedSession> {
  const { login, password, totpCode, ...clientOptions } = options;
  checkBaseUrl(clientOptions.baseUrl);
  refuseInBrowser('session');
  const send = createTransport({ ...clientOptions, key: undefined });
  const started = await send({
    method: 'POST',
    path: 'auth/login',
    body: {
      login,
      password,
      ...(totpCode === undefined ? {} : { totp_code: totpCode }),
      session_delivery: 'bearer',
    },
    schema: sessionInfo,
  });
  if (typeof started.session_token !== 'string' || !started.session_token.startsWith('ss_')) {
    throw new TsunaguResponseError({
      message: 'The tsunagu API signed in without a bearer session token: is the server a different version?',
      issues: [{ path: 'session_token', message: 'expected a session token (ss_…)' }],
    });
  }
  return started as StartedSession;
}
