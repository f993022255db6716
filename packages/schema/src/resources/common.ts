// Building blocks shared by the resource schemas: primitives with stable error codes, the error shape,
// pagination. Custom error messages ARE field error codes (see fieldErrorsFrom in errors.ts).
import * as z from 'zod/mini';
import { ERROR_TYPES, FIELD_ERROR_CODES } from '../codes.js';
import { PHONE_PATTERN } from '../rules/numbers.js';

/** A short single-line text: trimmed length 1..max. */
export const text = (max: number) =>
  z.string().check(z.minLength(1, 'required'), z.maxLength(max, 'too_long'));
export const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max, 'too_long')));

/** Resource ids: lowercase ascii, digits, '-', '_' (readable in URLs). */
export const resourceId = z
  .string()
  .check(
    z.minLength(1, 'required'),
    z.maxLength(64, 'too_long'),
    z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'invalid_format'),
  );
export const wardId = z
  .string()
  .check(
    z.minLength(1, 'required'),
    z.maxLength(32, 'too_long'),
    z.regex(/^[a-z][a-z0-9_-]*$/, 'unknown_ward'),
  );

/** Japanese phone numbers as written: digits with hyphens, or short codes like 110, 189, #7119. */
export const phoneNumber = z
  .string()
  .check(z.maxLength(20, 'too_long'), z.regex(PHONE_PATTERN, 'invalid_phone'));
export const email = z.email('invalid_email').check(z.maxLength(254, 'too_long'));
export const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'invalid_date'));
export const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'invalid_time'));
export const isoDateTime = z.iso.datetime({ offset: true, error: 'invalid_date' });
/** BCP 47 language tag (simplified: 'ja', 'en', 'zh-Hans', 'pt-BR', 'easy-ja' is NOT BCP 47: use 'ja-x-easy'). */
export const languageTag = z
  .string()
  .check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, 'invalid_language'));
export const latitude = z.number().check(z.gte(-90, 'invalid_coordinates'), z.lte(90, 'invalid_coordinates'));
export const longitude = z
  .number()
  .check(z.gte(-180, 'invalid_coordinates'), z.lte(180, 'invalid_coordinates'));
export const point = z.object({ lat: latitude, lng: longitude });
export type Point = z.infer<typeof point>;

export const errorType = z.enum(ERROR_TYPES);
export const fieldErrorCode = z.enum(FIELD_ERROR_CODES);
export const fieldError = z.object({ path: z.string(), code: z.string() });
export type FieldError = z.infer<typeof fieldError>;

/** The one error shape of the API. */
export const apiError = z.object({
  error: z.object({
    type: errorType,
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.array(fieldError)),
    request_id: z.string(),
  }),
});
export type ApiError = z.infer<typeof apiError>;
export type ErrorType = z.infer<typeof errorType>;

/** Cursor pagination: pass `next_cursor` back as `cursor`; null means the last page. */
export const page = <T extends z.core.SomeType>(item: T) =>
  z.object({ data: z.array(item), next_cursor: z.nullable(z.string()) });
export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export const pageLimit = z.int().check(z.gte(1, 'too_small'), z.lte(100, 'too_large'));

/** Where data came from, with its licence (attribution lines must travel with copies). */
export const source = z.object({
  name: z.string(),
  license: z.optional(z.string()),
  url: z.optional(z.nullable(z.string())),
  attribution: z.optional(z.string()),
});
export type Source = z.infer<typeof source>;
