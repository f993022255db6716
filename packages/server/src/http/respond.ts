// Cheap request-header reads and responses built with every header they need, for the hot routes.
// Why: on @hono/node-server, `c.req.header()` builds a WHATWG Headers object from the raw Node headers,
// and changing `c.res.headers` after the handler turns the response's plain header record into one
// too (then node-server copies it back into a record). Together that was about half of the server
// time of a cached GET /v1/windows. Node's own `incoming.headers` is a plain object, and a response
// created with plain headers (request id and CORS decision included) is written as it is.
import type { Context } from 'hono';
import { addEncodingHeaders, encodedBody, isJson } from './compress.js';
import type { AppEnv } from './types.js';

export const EXPOSE_HEADERS = 'X-Request-Id, Retry-After, Idempotency-Replayed';

/** A request header by lower-case name (Node's parsed headers when available, else the Fetch API). */
export function requestHeader(c: Context<AppEnv>, name: string): string | undefined {
  const raw = c.env?.incoming?.headers;
  if (raw) {
    const value = raw[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }
  return c.req.header(name);
}

/** The fixed headers of a kind of response (constants: see their uses). */
export interface ResponseHeaders {
  contentType: string;
  cacheControl: string;
  /** anything else (rare: Content-Encoding, Vary, Idempotency-Replayed) */
  extra?: Record<string, string>;
}

/**
 * The headers of a response plus the request id and CORS headers every response carries. Built as one
 * object literal (a stable shape V8 creates quickly), extras and CORS added after.
 */
export function finalHeaders(c: Context<AppEnv>, kind: ResponseHeaders): Record<string, string> {
  const out: Record<string, string> = {
    'Content-Type': kind.contentType,
    'Cache-Control': kind.cacheControl,
    'X-Request-Id': c.get('requestId'),
    'X-Content-Type-Options': 'nosniff',
  };
  if (kind.extra) Object.assign(out, kind.extra);
  const origin = c.get('corsOrigin');
  if (origin) {
    out['Access-Control-Allow-Origin'] = origin;
    out['Access-Control-Expose-Headers'] = EXPOSE_HEADERS;
  }
  // a shared cache must keep each origin's answer apart (CORS headers differ), with or without this one's
  if (origin || kind.cacheControl.startsWith('public'))
    out.Vary = out.Vary ? `${out.Vary}, Origin` : 'Origin';
  return out;
}

/**
 * A finished response: the request-id middleware recognises it and leaves its headers alone.
 * `body` is sent as it is (JSON text or bytes).
 */
export function respond(
  c: Context<AppEnv>,
  body: string | Uint8Array | null,
  status: number,
  kind: ResponseHeaders,
): Response {
  const headers = finalHeaders(c, kind);
  // JSON is compressed here for the hot routes (the middleware would have to read the body back)
  const answer = body !== null && isJson(kind.contentType) ? encodedBody(c, body) : null;
  if (answer) addEncodingHeaders(headers, answer.encoding);
  const response = new Response(answer ? answer.body : body, { status, headers });
  c.set('finalResponse', response);
  return response;
}

/** Whether the current response came from `respond` (and so already carries the final headers). */
export function isFinalResponse(c: Context<AppEnv>): boolean {
  return c.get('finalResponse') === c.res;
}
