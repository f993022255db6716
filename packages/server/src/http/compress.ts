// Compression of JSON responses (issue 18: a phone throttled to 128 kbps pays ~60 ms per kB). Brotli when
// the client accepts it, else gzip, else the body as it is; bodies under 1 kB are sent as they are (the
// headers would eat the gain). Both hook points use encodedBody(): respond() for the hot routes, the
// outermost middleware for everything else (compressResponse). Compressed copies are kept per body object
// in a WeakMap, so a cached answer (window lists, areas) is compressed once and the copy goes with it.
// Auth responses are never compressed: they carry session and CSRF tokens next to caller-chosen text
// (BREACH).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { requestHeader } from './respond.js';
import type { AppEnv } from './types.js';

export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this are sent as they are. */
export const MIN_COMPRESS_BYTES = 1024;
// Per-request work, measured on a 30 kB window list (20 windows): brotli 3 takes ~95 µs for 2.95 kB,
// brotli 4 ~200 µs for 2.82 kB, gzip 6 ~130 µs for 3.0 kB. Brotli 3: at 128 kbps 130 bytes are 8 ms,
// not worth double the CPU on every uncached answer. precompress() spends more on bodies built once.
const BROTLI_QUALITY = 3;
const GZIP_LEVEL = 6;

const copies = new WeakMap<Uint8Array, Partial<Record<Encoding, Uint8Array>>>();

function compress(body: Uint8Array, encoding: Encoding, best = false): Uint8Array {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: best ? 9 : BROTLI_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: best ? 9 : GZIP_LEVEL });
}

/** The body in `encoding`, compressed once per body object. */
function encoded(body: Uint8Array, encoding: Encoding): Uint8Array {
  let kept = copies.get(body);
  if (!kept) copies.set(body, (kept = {}));
  return (kept[encoding] ??= compress(body, encoding));
}

/** Compresses a body that will be sent many times (built once per reload) at higher levels, ahead of time. */
export function precompress(body: Uint8Array): void {
  if (body.length >= MIN_COMPRESS_BYTES)
    copies.set(body, { br: compress(body, 'br', true), gzip: compress(body, 'gzip', true) });
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
