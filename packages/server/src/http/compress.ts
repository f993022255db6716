// Compression of JSON responses (issue 18: a phone throttled to 128 kbps pays ~60 ms per kB). Brotli when
// the client accepts it, else gzip, else the body as it is; bodies under 1 kB are sent as they are (the
// headers would eat the gain). Both hook points use encodedBody(): respond() for the hot routes, the
// outermost middleware for everything else (compressResponse). Compressed copies are kept per body object
// in a WeakMap, so a cached answer (window lists, areas) is compressed once and the copy goes with it.
// Auth responses are never compressed: they carry session and CSRF tokens next to caller-chosen text
// (BREACH).
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { requestHeader } from './respond.js';
import type { AppEnv } from './types.js';

export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this are sent as they are. */
export const MIN_COMPRESS_BYTES = 1024;
/**
 * How hard to try. `once`: answers compressed per request (a phone's own position, asked once): the
 * fastest levels — in the server (bench:api, uncached 30 kB window lists) brotli 1 costs ~110 µs, brotli 3
 * ~200 µs and brotli 5 ~400 µs per answer over sending it plain, for 3.17, 2.95 and 2.64 kB. `kept`:
 * answers the window cache holds for a minute. `max`: bodies built once per reload (areas: brotli 11 takes
 * ~240 ms on its 177 kB and gives 20.0 kB where brotli 9 gives 25.6 kB; done off the event loop).
 */
export type Effort = 'once' | 'kept' | 'max';
const LEVELS: Record<Effort, { br: number; gzip: number }> = {
  once: { br: 1, gzip: 1 },
  kept: { br: 5, gzip: 6 },
  max: { br: 11, gzip: 9 },
};

const copies = new WeakMap<Uint8Array, Partial<Record<Encoding, Uint8Array>>>();

function options(body: Uint8Array, encoding: Encoding, effort: Effort) {
  return encoding === 'br'
    ? {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: LEVELS[effort].br,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          // a window no larger than the body: the default 4 MB one cost ~13 MB of peak RSS and 17 % more
          // time on 30 kB bodies, for the same bytes
          [constants.BROTLI_PARAM_LGWIN]: Math.max(10, Math.min(22, Math.ceil(Math.log2(body.length + 1)))),
        },
      }
    : { level: LEVELS[effort].gzip };
}

function compress(body: Uint8Array, encoding: Encoding, effort: Effort): Uint8Array {
  return encoding === 'br'
    ? brotliCompressSync(body, options(body, encoding, effort))
    : gzipSync(body, options(body, encoding, effort));
}

/** The body in `encoding`, compressed once per body object. */
function encoded(body: Uint8Array, encoding: Encoding): Uint8Array {
  let kept = copies.get(body);
  if (!kept) copies.set(body, (kept = {}));
  return (kept[encoding] ??= compress(body, encoding, 'once'));
}

/**
 * Compresses a body that will be sent many times, harder (see Effort): `kept` at once, `max` in zlib's
 * thread pool (until it is done, requests get the `once` copy).
 */
export function precompress(body: Uint8Array, effort: Exclude<Effort, 'once'> = 'max'): void {
  if (body.length < MIN_COMPRESS_BYTES) return;
  if (effort === 'kept') {
    copies.set(body, { br: compress(body, 'br', effort), gzip: compress(body, 'gzip', effort) });
    return;
  }
  const kept: Partial<Record<Encoding, Uint8Array>> = {};
  copies.set(body, kept);
  brotliCompress(body, options(body, 'br', effort), (err, out) => {
    if (!err) kept.br = out;
  });
  gzip(body, options(body, 'gzip', effort), (err, out) => {
    if (!err) kept.gzip = out;
  });
}

const choices = new Map<string, Encoding | null>();

/** What to answer an Accept-Encoding header with: br, gzip or null (identity). q=0 refuses a coding. */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  let choice = choices.get(header);
  if (choice !== undefined) return choice;
  const q: Record<string, number> = {};
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const weight = params.find((p) => p.startsWith('q='));
    q[name] = weight ? Number(weight.slice(2)) || 0 : 1;
  }
  const accepts = (coding: string) => (q[coding] ?? q['*'] ?? 0) > 0;
  choice = accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null;
  // browsers send a handful of distinct headers; a bound keeps odd clients from growing the map
  if (choices.size < 64) choices.set(header, choice);
  return choice;
}

export function isJson(contentType: string | null | undefined): boolean {
  return !!contentType && contentType.startsWith('application/json');
}

/**
 * For a JSON body about to be sent: the bytes to send and the headers to add (Content-Encoding when
 * compressed; Vary: Accept-Encoding whenever the answer depends on it). Null: send as it is, no headers.
 */
export function encodedBody(
  c: Context<AppEnv>,
  body: string | Uint8Array,
): { body: Uint8Array; encoding: Encoding | null } | null {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  if (bytes.length < MIN_COMPRESS_BYTES || c.req.path.startsWith('/v1/auth/')) return null;
  const encoding = chooseEncoding(requestHeader(c, 'accept-encoding'));
  return { body: encoding ? encoded(bytes, encoding) : bytes, encoding };
}

/** Adds Content-Encoding and Vary for an encodedBody() answer to a header record. */
export function addEncodingHeaders(headers: Record<string, string>, encoding: Encoding | null): void {
  if (encoding) headers['Content-Encoding'] = encoding;
  headers.Vary = headers.Vary ? `Accept-Encoding, ${headers.Vary}` : 'Accept-Encoding';
}

/** The middleware half: compresses a JSON response a route built with c.json() (not respond()). */
export async function compressResponse(c: Context<AppEnv>): Promise<void> {
  const res = c.res;
  if (!res.body || res.status === 204 || res.headers.has('Content-Encoding')) return;
  if (!isJson(res.headers.get('Content-Type'))) return;
  if (!requestHeader(c, 'accept-encoding') && !res.headers.get('Cache-Control')?.startsWith('public')) return;
  const bytes = new Uint8Array(await res.arrayBuffer());
  const answer = encodedBody(c, bytes);
  const headers = new Headers(res.headers);
  headers.delete('Content-Length');
  if (answer) {
    if (answer.encoding) headers.set('Content-Encoding', answer.encoding);
    headers.append('Vary', 'Accept-Encoding');
  }
  // the body was read: a new response either way (assigning over c.res would merge the old headers in)
  c.res = undefined;
  c.res = new Response(answer ? answer.body : bytes, { status: res.status, headers });
}
