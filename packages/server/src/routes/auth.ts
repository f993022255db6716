// Staff sign-in: password (+ TOTP where the account has one; administrators always), throttled per account
// and per client; a server-side session in an HttpOnly SameSite=Strict cookie (Secure outside loopback) or,
// for scripts, a bearer token; sign-out, sign-out everywhere, password change, TOTP enrolment.
import type { Context, Hono } from 'hono';
import { loginInput, passwordChangeInput, totpConfirmInput, type SessionInfo } from '@tsunagu/schema';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { isStaff, type StaffPrincipal } from '../auth/principal.js';
import {
  beginTotp,
  confirmTotp,
  setPasswordHash,
  staffById,
  toAccount,
  totpAad,
  type StaffRow,
} from '../auth/staff.js';
import { totpStep } from '../auth/totp.js';
import { clientAddress, sessionCookieName } from '../http/access.js';
import { readJsonObject, readOptionalJsonObject } from '../http/body.js';
import { HttpError, parseWith } from '../http/errors.js';
import { requestHeader } from '../http/respond.js';
import { guardedRoutes } from '../http/routes.js';
import type { AppEnv } from '../http/types.js';
import { audit } from '../services/audit.js';
import type { Services } from '../services/context.js';

const REFUSALS = {
  invalid_credentials: [401, 'authentication_error', 'The login name or password is not right.'],
  second_factor_required: [
    401,
    'authentication_error',
    'Enter the 6-digit code from your authenticator app.',
  ],
  second_factor_invalid: [
    401,
    'authentication_error',
    'The code is not right or was used already; wait for the next one.',
  ],
  account_disabled: [403, 'permission_error', 'This account is disabled; ask a city administrator.'],
} as const;

export function authRoutes(s: Services): Hono<AppEnv> {
  const routes = guardedRoutes(s, '/v1/auth');
  const me = (c: Context<AppEnv>): StaffPrincipal => {
    const p = c.get('principal');
    if (!isStaff(p)) throw new Error('auth routes after sign-in are for staff (policy)');
    return p;
  };
  const info = (
    c: Context<AppEnv>,
    row: StaffRow,
    token: string,
    idleEnds: Date,
    ends: Date,
  ): SessionInfo => ({
    staff: toAccount(row),
    csrf_token: s.sessions.csrfTokenFor(token),
    idle_expires_at: idleEnds.toISOString(),
    expires_at: ends.toISOString(),
  });
  const cookie = (c: Context<AppEnv>, value: string, clear = false) => {
    const name = sessionCookieName(c, s);
    const secure = name.startsWith('__Host-') ? '; Secure' : '';
    c.header(
      'Set-Cookie',
      `${name}=${value}; Path=/; HttpOnly; SameSite=Strict${secure}${clear ? '; Max-Age=0' : ''}`,
    );
  };
  const note = (
    c: Context<AppEnv>,
    staff: StaffRow | StaffPrincipal,
    action: string,
    outcome: 'ok' | 'denied',
    detail: Record<string, unknown> | null = null,
  ) =>
    audit(s.db, {
      actor: {
        type: 'staff',
        id: 'staffId' in staff ? staff.staffId : staff.id,
        name: staff.login,
        keyId: null,
      },
      action,
      targetType: 'staff',
      targetId: 'staffId' in staff ? staff.staffId : staff.id,
      outcome,
      detail,
      requestId: c.get('requestId'),
      now: s.now(),
    });

  routes.post('/login', async (c) => {
    const { value } = await readJsonObject(c, s.maxBodyBytes);
    const input = parseWith(loginInput, value);
    const login = input.login.trim().toLowerCase();
    const client = clientAddress(c, s);
    const now = s.now();
    s.loginThrottle.check(login, client, now);
    const delivery = input.session_delivery ?? 'cookie';
    if (delivery === 'bearer' && requestHeader(c, 'origin') !== undefined)
      throw new HttpError(
        403,
        'permission_error',
        'bearer_session_from_browser',
        'Browsers sign in with a cookie.',
      );
    const result = await s.identity.signIn({ ...input, login }, now);
    if (!result.ok) {
      // a right password without its code is not a guess: only wrong answers count against the limits
      if (result.code !== 'second_factor_required') s.loginThrottle.fail(login, client, now);
      if (result.staff) note(c, result.staff, 'auth.login', 'denied', { code: result.code });
      const [status, type, message] = REFUSALS[result.code];
      throw new HttpError(status, type, result.code, message);
    }
    s.loginThrottle.succeed(login);
    const { token, expiresAt } = s.sessions.create(result.staff.id, delivery, now);
    note(c, result.staff, 'auth.login', 'ok', { delivery });
    if (delivery === 'cookie') cookie(c, token);
    const body = info(c, result.staff, token, new Date(now.getTime() + s.sessions.idleMs), expiresAt);
    c.header('Cache-Control', 'no-store');
    return c.json(delivery === 'bearer' ? { ...body, session_token: token } : body);
  });

  routes.get('/session', (c) => {
    const p = me(c);
    const row = staffById(s.db, p.staffId)!;
    const session = s.db
      .prepare('SELECT expires_at FROM staff_sessions WHERE token_hash = ?')
      .get(p.session.tokenHash) as { expires_at: string };
    c.header('Cache-Control', 'no-store');
    return c.json(
      info(c, row, c.get('sessionToken'), c.get('sessionIdleExpiresAt'), new Date(session.expires_at)),
    );
  });

  routes.post('/logout', (c) => {
    const p = me(c);
    s.sessions.revoke(p.session.tokenHash);
    note(c, p, 'auth.logout', 'ok');
    if (p.session.delivery === 'cookie') cookie(c, '', true);
    return c.body(null, 204);
  });

  routes.post('/logout-everywhere', (c) => {
    const p = me(c);
    const ended = s.sessions.revokeAll(p.staffId);
    note(c, p, 'auth.logout_everywhere', 'ok', { sessions_ended: ended });
    if (p.session.delivery === 'cookie') cookie(c, '', true);
    return c.json({ sessions_ended: ended });
  });

  routes.post('/password', async (c) => {
    const p = me(c);
    const input = parseWith(passwordChangeInput, (await readJsonObject(c, s.maxBodyBytes)).value);
    const now = s.now();
    s.loginThrottle.check(p.login, clientAddress(c, s), now);
    const row = staffById(s.db, p.staffId)!;
    if (!(await verifyPassword(input.current_password, row.password_hash))) {
      s.loginThrottle.fail(p.login, clientAddress(c, s), now);
      note(c, p, 'auth.password', 'denied', { code: 'invalid_credentials' });
      throw new HttpError(
        401,
        'authentication_error',
        'invalid_credentials',
        'The current password is not right.',
      );
    }
    setPasswordHash(s.db, p.staffId, await hashPassword(input.new_password, s.scryptLogN), now);
    const ended = s.sessions.revokeOthers(p.staffId, p.session.tokenHash);
    note(c, p, 'auth.password', 'ok', { other_sessions_ended: ended });
    return c.json({ other_sessions_ended: ended });
  });

  routes.post('/totp', async (c) => {
    await readOptionalJsonObject(c, s.maxBodyBytes);
    const p = me(c);
    const row = staffById(s.db, p.staffId)!;
    if (row.totp_secret !== null)
      throw new HttpError(
        409,
        'conflict',
        'conflict',
        'A second factor is set up already; ask an administrator to reset it.',
      );
    const enrolment = beginTotp(s.db, s.cipher, row);
    note(c, p, 'auth.totp.begin', 'ok');
    c.header('Cache-Control', 'no-store');
    return c.json(enrolment);
  });

  routes.post('/totp/confirm', async (c) => {
    const p = me(c);
    const input = parseWith(totpConfirmInput, (await readJsonObject(c, s.maxBodyBytes)).value);
    const row = staffById(s.db, p.staffId)!;
    const step = row.totp_pending
      ? totpStep(s.cipher.decrypt(row.totp_pending, totpAad(row.id)), input.totp_code, s.now())
      : null;
    if (step === null || !row.totp_pending) {
      note(c, p, 'auth.totp.confirm', 'denied');
      throw new HttpError(
        422,
        'validation_error',
        'second_factor_invalid',
        'The code does not match; try the next one.',
        [{ path: 'totp_code', code: 'invalid' }],
      );
    }
    confirmTotp(s.db, p.staffId, row.totp_pending, step);
    note(c, p, 'auth.totp.confirm', 'ok');
    return c.json(toAccount(staffById(s.db, p.staffId)!));
  });

  return routes.app;
}
