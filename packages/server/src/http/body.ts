// Reads a JSON body with a byte limit, checking the content type: 415 / 413 / 400, never a 5xx.
import type { Context } from 'hono';
import { HttpError } from './errors.js';
import { requestHeader } from './respond.js';
import type { AppEnv } from './types.js';

export async function readBodyText(c: Context<AppEnv>, maxBytes: number): Promise<string> {
  const length = requestHeader(c, 'content-length');
  const declared = Number(length ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (Number.isFinite(declared) && length !== undefined) {
    const incoming = c.env?.incoming;
    if (incoming?.complete && !incoming.readableDidRead) {
      // the whole body has arrived already (the usual case: a small body comes with its headers):
      // take it from the stream's buffer at once, not through node-server's Request body promises
      const data = incoming.read() as Buffer | null;
      if (data && data.length > maxBytes) throw tooLarge(maxBytes);
      return data ? data.toString('utf8') : '';
    }
    // the length is known and within the limit: one read (node-server stops at Content-Length)
    const buffer = await c.req.arrayBuffer();
    if (buffer.byteLength > maxBytes) throw tooLarge(maxBytes);
    return Buffer.from(buffer).toString('utf8');
  }
  const stream = c.req.raw.body;
  if (!stream) return '';
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    'validation_error',
    'body_too_large',
    `The body is larger than ${maxBytes} bytes.`,
  );
}

export function requireJsonContentType(c: Context<AppEnv>): void {
  const type = (requestHeader(c, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(
      415,
      'validation_error',
      'unsupported_media_type',
      'Send the body as application/json.',
    );
  }
}

/** Parses JSON text; the result must be an object. Returns the value and its canonical text. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'validation_error', 'malformed_json', 'The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(422, 'validation_error', 'invalid_request', 'The body must be a JSON object.', [
      { path: '', code: 'invalid_type' },
    ]);
  }
  return value as Record<string, unknown>;
}

export async function readJsonObject(
  c: Context<AppEnv>,
  maxBytes: number,
): Promise<{ value: Record<string, unknown>; text: string }> {
  requireJsonContentType(c);
  const text = await readBodyText(c, maxBytes);
  return { value: parseJsonObject(text), text };
}
