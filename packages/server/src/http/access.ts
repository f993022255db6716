// Request id, API keys, CORS per publishable key, browser refusal of secret keys, rate limits.
import type { Context, MiddlewareHandler } from 'hono';
import { pooledRandomBytes } from '../crypto.js';
import { originAllowed, type KeyStore } from '../services/keys.js';
import { HttpError } from './errors.js';
import type { RateLimiter } from './rate-limit.js';
import { EXPOSE_HEADERS, isFinalResponse, requestHeader } from './respond.js';
import type { AppEnv } from './types.js';

const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, X-Check-Code';

/**
 * Outermost: sets X-Request-Id and the CORS decision on every response, errors included (responses
 * built with respond() carry them already).
 */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = `req_${pooledRandomBytes(12).toString('base64url')}`;
  c.set('requestId', id);
  await next();
  if (isFinalResponse(c)) return;
  c.res.headers.set('X-Request-Id', id);
  const origin = c.get('corsOrigin');
  if (origin) {
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    c.res.headers.append('Vary', 'Origin');
  }
};

function allowCors(c: Context<AppEnv>, origin: string | null): void {
  c.set('corsOrigin', origin);
}

/** Preflights carry no key: allow an origin that some publishable key allows; the real request is checked per key. */
export function preflight(keys: KeyStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'OPTIONS') return next();
    const origin = requestHeader(c, 'origin');
    if (!origin || !(keys.knownOrigins().has(origin) || keys.knownOrigins().has('*'))) {
      throw new HttpError(403, 'permission_error', 'origin_not_allowed', 'This origin is not allowed.');
    }
    allowCors(c, origin);
    c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
    c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
    c.header('Access-Control-Max-Age', '600');
    return c.body(null, 204);
  };
}

export function clientAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'local';
}

/** Authenticates `Authorization: Bearer <key>` and applies origin rules, admin rules and rate limits. */
export function authenticate(keys: KeyStore, limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = requestHeader(c, 'origin');
    // let browsers read auth errors from origins we know
    if (origin && keys.knownOrigins().has(origin)) allowCors(c, origin);
    const header = requestHeader(c, 'authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      throw new HttpError(
        401,
        'authentication_error',
        'missing_key',
        'Send an API key: Authorization: Bearer pk_… or sk_…',
      );
    const key = keys.find(match[1]!);
    if (!key) throw new HttpError(401, 'authentication_error', 'invalid_key', 'This API key is not valid.');
    const isAdmin = c.req.path.startsWith('/v1/admin');
    if (key.kind === 'secret') {
      if (origin !== undefined) {
        allowCors(c, null);
        throw new HttpError(
          403,
          'permission_error',
          'secret_key_from_browser',
          'Secret keys must never be used from a browser.',
        );
      }
    } else {
      if (isAdmin)
        throw new HttpError(
          403,
          'permission_error',
          'secret_key_required',
          'The admin API needs a secret key.',
        );
      if (origin !== undefined) {
        if (!originAllowed(key.allowed_origins, origin)) {
          allowCors(c, null);
          throw new HttpError(
            403,
            'permission_error',
            'origin_not_allowed',
            'This origin is not allowed for this key.',
          );
        }
        allowCors(c, origin);
      }
    }
    limiter.hit(key.id, clientAddress(c));
    c.set('apiKey', key);
    const actor = requestHeader(c, 'x-actor');
    c.set('actor', actor ? actor.slice(0, 80) : null);
    await next();
  };
}
