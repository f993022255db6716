// Opaque cursors (base64url of an offset). Offsets are enough for lists that change slowly; a malformed
// cursor is a validation error, not a crash.
import { HttpError } from '../http/errors.js';

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof value.o === 'number' && Number.isInteger(value.o) && value.o >= 0) return value.o;
  } catch {
    // fall through
  }
  throw new HttpError(422, 'validation_error', 'invalid_request', 'The cursor is not valid.', [
    { path: 'cursor', code: 'invalid_format' },
  ]);
}
