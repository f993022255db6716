// Who is calling and may they: request id, CORS per publishable key, the caller's principal (an API key or a
// staff session), and the per-route guard that applies the policy table (@tsunagu/schema ROUTE_POLICIES),
// CSRF defence for cookie sessions, and rate limits.
import type { Context, MiddlewareHandler } from 'hono';
import type { RoutePolicy } from '@tsunagu/schema';
import { actorOf, isStaff, type Principal } from '../auth/principal.js';
import { pooledRandomBytes } from '../crypto.js';
import { audit } from '../services/audit.js';
import type { Services } from '../services/context.js';
import { originAllowed } from '../services/keys.js';
import { compressResponse } from './compress.js';
import { HttpError } from './errors.js';
import { clientGroup, forwardedClient } from './rate-limit.js';
import { EXPOSE_HEADERS, isFinalResponse, requestHeader } from './respond.js';
import type { AppEnv } from './types.js';

const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, X-Check-Code, X-Cancel-Token';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Outermost: sets X-Request-Id and the CORS decision on every response, errors included, and compresses
 * JSON (responses built with respond() carry all that already).
 */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = `req_${pooledRandomBytes(12).toString('base64url')}`;
  c.set('requestId', id);
  await next();
  if (isFinalResponse(c)) return; // compressed by respond() already
  await compressResponse(c);
  c.res.headers.set('X-Request-Id', id);
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  const origin = c.get('corsOrigin');
  if (origin) {
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    c.res.headers.append('Vary', 'Origin');
  }
};

/** Preflights carry no key: allow an origin that some live publishable key allows; the real request is checked per key. */
export function preflight(s: Services): MiddlewareHandler<AppEnv> {
  return (c) => {
    const origin = requestHeader(c, 'origin');
    const known = s.keys.knownOrigins(s.now());
    if (!origin || !(known.has(origin) || known.has('*'))) {
      throw new HttpError(403, 'permission_error', 'origin_not_allowed', 'This origin is not allowed.');
    }
    c.set('corsOrigin', origin);
    c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
    // Chromium keeps a preflight 2 h at most (Firefox 24 h): a widget's later POSTs skip the round trip
    c.header('Access-Control-Max-Age', '7200');
    return Promise.resolve(c.body(null, 204));
  };
}

/** The client a request counts for (rate limits, sign-in throttling): see rate-limit.ts. */
export function clientAddress(c: Context<AppEnv>, s: Pick<Services, 'trustedProxies'>): string {
  const remote = c.env?.incoming?.socket?.remoteAddress ?? 'local';
  return clientGroup(forwardedClient(remote, requestHeader(c, 'x-forwarded-for'), s.trustedProxies));
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The server's own origin (the staff console's): configured, or as the browser addressed us. */
export function ownOrigin(c: Context<AppEnv>, s: Services): string {
  return s.publicOrigin ?? new URL(c.req.url).origin;
}

/** The session cookie: `__Host-` and Secure everywhere but on loopback plain HTTP (local development). */
export function sessionCookieName(c: Context<AppEnv>, s: Services): string {
  const url = new URL(ownOrigin(c, s));
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
    ? 'tsunagu_session'
    : '__Host-tsunagu_session';
}

function cookieValue(c: Context<AppEnv>, name: string): string | undefined {
  const header = requestHeader(c, 'cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

const unauthenticated = (code: string, message: string) =>
  new HttpError(401, 'authentication_error', code, message);

/**
 * Finds the caller: `?key=pk_…` (GETs only, see the guard), `Authorization: Bearer pk_…|sk_…|ss_…` or the
 * staff session cookie. A credential that
 * does not hold (unknown, revoked, expired) is remembered, not thrown: the route's guard decides (sign-in
 * works with a stale cookie).
 */
export function identify(s: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = requestHeader(c, 'origin');
    // let browsers read auth errors from origins we know
    if (origin && s.keys.knownOrigins(s.now()).has(origin)) c.set('corsOrigin', origin);
    c.set('principal', null);
    c.set('authProblem', null);
    c.set('keyInQuery', false);
    const header = requestHeader(c, 'authorization');
    const queryKey = credentialInQuery(c.req.url);
    if (queryKey !== undefined) {
      if (!queryKey.startsWith('pk_')) throw credentialInUrl;
      if (header !== undefined) throw twoCredentials;
      if (!fromCorsOrNonBrowser(c, origin)) throw queryKeyWithoutCors;
      c.set('keyInQuery', true);
      identifyKey(c, s, queryKey, origin);
    } else if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const token = match?.[1] ?? '';
      if (token.startsWith('ss_')) identifySession(c, s, token, 'bearer', origin);
      else identifyKey(c, s, token, origin);
    } else {
      const cookie = cookieValue(c, sessionCookieName(c, s));
      if (cookie) identifySession(c, s, cookie, 'cookie', origin);
    }
    await next();
  };
}

/**
 * `?key=pk_…`: a widget's GETs carry the publishable key in the URL, so that they are simple CORS requests
 * (no preflight, one round trip less on a slow phone). A pk is public by design; anything else is not.
 */
function credentialInQuery(url: string): string | undefined {
  const at = url.indexOf('?');
  if (at === -1 || !url.includes('key=', at)) return undefined; // the common case, without parsing
  return new URLSearchParams(url.slice(at + 1)).get('key') ?? undefined;
}

const credentialInUrl = new HttpError(
  401,
  'authentication_error',
  'credential_in_url',
  'Only a publishable key (pk_…) may be sent in the URL. A secret key or session token in a URL ends up in ' +
    'logs and browser history: send it as Authorization: Bearer …, and replace the key if this URL was shared.',
);
const twoCredentials = new HttpError(
  401,
  'authentication_error',
  'two_credentials',
  'Send one credential: either ?key=pk_… or an Authorization header, not both.',
);
const queryKeyWithoutCors = new HttpError(
  403,
  'permission_error',
  'key_in_query_without_cors',
  'A key in the URL is accepted from fetch() (a CORS request with its Origin), not from a link, image or script.',
);

/**
 * A browser request with ?key= must be a CORS one (fetch), so that its Origin is checked against the key's
 * allowed origins: a no-cors <img>/<script> or a navigation sends no Origin on GET. Callers that are not
 * browsers send no Sec-Fetch-Mode and are treated like a header key without Origin.
 */
function fromCorsOrNonBrowser(c: Context<AppEnv>, origin: string | undefined): boolean {
  const mode = requestHeader(c, 'sec-fetch-mode');
  if (mode !== undefined && mode !== 'cors') return false;
  const site = requestHeader(c, 'sec-fetch-site');
  return origin !== undefined || site === undefined || site === 'same-origin' || site === 'none';
}

function identifyKey(c: Context<AppEnv>, s: Services, token: string, origin: string | undefined): void {
  const found = s.keys.find(token, s.now());
  if (found.state !== 'active') {
    const [code, message] =
      found.state === 'revoked'
        ? ['key_revoked', 'This API key was revoked.']
        : found.state === 'expired'
          ? ['key_expired', 'This API key was replaced and its overlap has ended; use the new key.']
          : ['invalid_key', 'This API key is not valid.'];
    c.set('authProblem', unauthenticated(code, message));
    return;
  }
  const key = found.key;
  if (key.kind === 'secret') {
    if (origin !== undefined) {
      c.set('corsOrigin', null);
      c.set(
        'authProblem',
        new HttpError(
          403,
          'permission_error',
          'secret_key_from_browser',
          'Secret keys must never be used from a browser.',
        ),
      );
      return;
    }
  } else if (origin !== undefined) {
    if (!originAllowed(key.allowed_origins, origin)) {
      c.set('corsOrigin', null);
      c.set(
        'authProblem',
        new HttpError(
          403,
          'permission_error',
          'origin_not_allowed',
          'This origin is not allowed for this key.',
        ),
      );
      return;
    }
    c.set('corsOrigin', origin);
  }
  c.set('principal', {
    role: key.kind === 'secret' ? 'partner' : 'publishable',
    keyId: key.id,
    partnerId: key.partner_id,
    partnerType: key.partner_type,
    allowedOrigins: key.allowed_origins,
  });
}

function identifySession(
  c: Context<AppEnv>,
  s: Services,
  token: string,
  delivery: 'cookie' | 'bearer',
  origin: string | undefined,
): void {
  if (delivery === 'bearer' && origin !== undefined) {
    c.set(
      'authProblem',
      new HttpError(
        403,
        'permission_error',
        'bearer_session_from_browser',
        'Session tokens are for scripts; the staff console signs in with a cookie.',
      ),
    );
    return;
  }
  const found = s.sessions.find(token, s.now());
  if (found.state !== 'active') {
    c.set(
      'authProblem',
      found.state === 'expired'
        ? unauthenticated('session_expired', 'The session has ended; sign in again.')
        : unauthenticated('invalid_session', 'Not signed in (unknown session).'),
    );
    return;
  }
  if (found.session.delivery !== delivery) {
    c.set('authProblem', unauthenticated('invalid_session', 'Not signed in (unknown session).'));
    return;
  }
  c.set('sessionToken', token);
  c.set('sessionIdleExpiresAt', found.idleExpiresAt);
  c.set('principal', {
    role: found.staff.role,
    staffId: found.staff.id,
    login: found.staff.login,
    displayName: found.staff.display_name,
    wards: JSON.parse(found.staff.wards) as string[],
    session: { tokenHash: found.session.token_hash, delivery },
  });
}

/** Refuses a request and, when a person is known, records the refusal in the audit log. */
export function refuse(
  c: Context<AppEnv>,
  s: Services,
  err: HttpError,
  target?: { type: string; id: string | null },
): never {
  const principal = c.get('principal');
  if (isStaff(principal)) {
    audit(s.db, {
      actor: actorOf(principal),
      action: `denied.${err.code}`,
      targetType: target?.type ?? 'route',
      targetId: target?.id ?? `${c.req.method} ${c.req.path}`,
      outcome: 'denied',
      requestId: c.get('requestId'),
      now: s.now(),
    });
  }
  throw err;
}

/**
 * The guard of one route: applies its policy (role), the CSRF defence for cookie sessions, the X-Actor
 * rule, and the rate limits. Scope (ward, own) is checked by the handler against the records themselves.
 */
export function guard(s: Services, policy: RoutePolicy): MiddlewareHandler<AppEnv> {
  const queryKeyAllowed = policy.allow.includes('publishable');
  return async (c, next) => {
    const read = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (c.get('keyInQuery') && (!queryKeyAllowed || !read)) {
      throw new HttpError(
        401,
        'authentication_error',
        'key_in_query_not_allowed',
        'A key in the URL (?key=pk_…) is accepted on GETs open to publishable keys only; send Authorization: Bearer … here.',
      );
    }
    const principal = c.get('principal');
    const problem = c.get('authProblem');
    // sign-in is open to anyone: a stale or live cookie session must not make it demand that session's token
    if (policy.anonymous && isStaff(principal) && principal.session.delivery === 'cookie') {
      checkSameOrigin(c, s, null);
      return next();
    }
    if (!principal) {
      if (policy.anonymous) {
        s.limiter.hitClient(clientAddress(c, s));
        checkSameOrigin(c, s, null);
        return next();
      }
      // requests without a credential that holds count against their client too
      s.limiter.hitClient(clientAddress(c, s));
      if (problem) throw problem;
      throw policy.allow.some((r: string) => r === 'publishable' || r === 'partner')
        ? unauthenticated('missing_key', 'Send an API key: Authorization: Bearer pk_… or sk_…')
        : unauthenticated('missing_credentials', 'Sign in to the staff console, or send a session token.');
    }
    if (!policy.allow.includes(principal.role) && !policy.anonymous) {
      refuse(
        c,
        s,
        new HttpError(
          403,
          'permission_error',
          'role_not_allowed',
          `This request is not open to ${describeRole(principal)}.`,
        ),
      );
    }
    if (isStaff(principal)) {
      if (principal.session.delivery === 'cookie') checkSameOrigin(c, s, principal);
      const claimed = requestHeader(c, 'x-actor');
      if (claimed !== undefined && claimed !== principal.login && claimed !== principal.staffId)
        refuse(
          c,
          s,
          new HttpError(
            403,
            'permission_error',
            'actor_mismatch',
            'X-Actor names someone other than the signed-in person.',
          ),
        );
    } else if (requestHeader(c, 'x-actor') !== undefined) {
      throw new HttpError(
        403,
        'permission_error',
        'actor_mismatch',
        'API keys act as themselves; X-Actor is not accepted (the audit log names the key).',
      );
    }
    s.limiter.hit(isStaff(principal) ? principal.staffId : principal.keyId, clientAddress(c, s));
    await next();
    // answers with personal data are never kept by a browser or a proxy
    if (policy.sensitive && !isFinalResponse(c)) c.res.headers.set('Cache-Control', 'no-store');
  };
}

function describeRole(p: Principal): string {
  switch (p.role) {
    case 'publishable':
      return 'publishable keys';
    case 'partner':
      return "a partner's secret key";
    case 'ward_staff':
      return 'ward staff';
    case 'city_admin':
      return 'city administrators';
    case 'auditor':
      return 'auditors';
  }
}

/**
 * Cookie sessions (and the sign-in itself): a browser request from another site is refused whatever its
 * method (the cookie is SameSite=Strict as well), and a state-changing one needs the session's CSRF token.
 */
function checkSameOrigin(c: Context<AppEnv>, s: Services, principal: Principal | null): void {
  const origin = requestHeader(c, 'origin');
  const site = requestHeader(c, 'sec-fetch-site');
  const crossSite =
    (origin !== undefined && origin !== ownOrigin(c, s)) ||
    (site !== undefined && site !== 'same-origin' && site !== 'none');
  if (crossSite) {
    c.set('corsOrigin', null);
    refuse(
      c,
      s,
      new HttpError(
        403,
        'permission_error',
        'cross_site_request',
        'Staff requests must come from the staff console itself.',
      ),
    );
  }
  if (principal && STATE_CHANGING.has(c.req.method)) {
    const token = c.get('sessionToken');
    if (!token || !s.sessions.csrfValid(token, requestHeader(c, 'x-csrf-token')))
      refuse(
        c,
        s,
        new HttpError(
          403,
          'permission_error',
          'csrf_token_invalid',
          'Send the session\u2019s X-CSRF-Token with every change.',
        ),
      );
  }
}
