// The one error shape: {error: {type, code, message, fields?, request_id}}. Messages are short English
// for developers; widgets use `code` and `fields[].code`.
import type { Context } from 'hono';
import { fieldErrorsFrom, type ErrorType, type FieldError } from '@tsunagu/schema';
import type * as z from 'zod/mini';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const validationFailed = (fields: FieldError[], message = 'Some fields are not valid.') =>
  new HttpError(422, 'validation_error', 'invalid_request', message, fields);
/** Parses a request body with a schema of the contract: the value, or 422 with field codes. */
export function parseWith<S extends z.ZodMiniType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationFailed(fieldErrorsFrom(parsed.error, body));
  return parsed.data;
}

export const notFound = (what = 'Resource') =>
  new HttpError(404, 'not_found', 'not_found', `${what} not found.`);

export function errorBody(err: HttpError, requestId: string) {
  return {
    error: {
      type: err.type,
      code: err.code,
      message: err.message,
      ...(err.fields ? { fields: err.fields } : {}),
      request_id: requestId,
    },
  };
}

export function errorResponse(c: Context, err: HttpError): Response {
  const requestId = (c.get('requestId') as string | undefined) ?? 'req_unknown';
  const headers = new Headers({
    'Content-Type': 'application/json; charset=utf-8',
    'X-Request-Id': requestId,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  for (const [k, v] of Object.entries(err.headers ?? {})) headers.set(k, v);
  return new Response(JSON.stringify(errorBody(err, requestId)), { status: err.status, headers });
}
