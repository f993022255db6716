// Opaque cursors (base64url of an offset). Offsets are enough for lists that change slowly; a malformed
// cursor is a validation error, not a crash.
import { HttpError } from '../http/errors.js';

const encoded = new Map<number, string>(); // the same few offsets come again on every list page

export function encodeCursor(offset: number): string {
  let cursor = encoded.get(offset);
  if (cursor === undefined) {
    cursor = Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
    if (encoded.size < 1000) encoded.set(offset, cursor);
  }
  return cursor;
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    // bounded: SQLite's OFFSET is a 64-bit integer, and no list is anywhere near a billion rows
    if (typeof value.o === 'number' && Number.isInteger(value.o) && value.o >= 0 && value.o <= 1e9)
      return value.o;
  } catch {
    // fall through
  }
  throw new HttpError(422, 'validation_error', 'invalid_request', 'The cursor is not valid.', [
    { path: 'cursor', code: 'invalid_format' },
  ]);
}
