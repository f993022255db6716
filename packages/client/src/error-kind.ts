/**
 * `@tsunagu/client/error-kind`: tells the SDK's errors apart by kind without holding their classes (a few
 * hundred bytes, where `@tsunagu/client/errors` is 1.5 kB): for code that only maps failures, such as a
 * widget's first screen. The classes check the same brands (`instanceof` works across two copies of the SDK).
 *
 * @module error-kind
 */
import type {
  TsunaguAuthError,
  TsunaguConflictError,
  TsunaguError,
  TsunaguNetworkError,
  TsunaguNotFoundError,
  TsunaguRateLimitError,
  TsunaguResponseError,
  TsunaguServerError,
  TsunaguValidationError,
} from './errors.js';

type Branded = Record<symbol, unknown>;

/** The kinds of error the SDK throws, as their brands name them (`TsunaguRateLimitError` → `rate_limit`). */
export type TsunaguErrorKind =
  'validation' | 'auth' | 'rate_limit' | 'conflict' | 'not_found' | 'network' | 'server' | 'response';

/** @internal The brand of one kind of error (or of every Tsunagu error): the one rule `instanceof` and `isTsunaguError` share. */
export const brandOf = (kind?: TsunaguErrorKind): symbol =>
  Symbol.for(kind ? `tsunagu.error.${kind}` : 'tsunagu.error');

/**
 * True when `value` is an error the SDK threw (of `kind`, when given): what `instanceof` says, from either
 * copy of the SDK, without holding the error classes. For code that only tells failures apart and must stay
 * small (a widget's first screen).
 *
 * @example
 * ```ts
 * if (isTsunaguError(err, 'rate_limit')) setTimeout(retry, (err.retryAfter ?? 30) * 1000);
 * ```
 */
export function isTsunaguError<K extends TsunaguErrorKind | undefined = undefined>(
  value: unknown,
  kind?: K,
): value is K extends TsunaguErrorKind ? TsunaguErrorOfKind[K] : TsunaguError {
  return typeof value === 'object' && value !== null && (value as Branded)[brandOf(kind)] === true;
}

/** Each kind's class, for the type `isTsunaguError` narrows to. */
export interface TsunaguErrorOfKind {
  validation: TsunaguValidationError;
  auth: TsunaguAuthError;
  rate_limit: TsunaguRateLimitError;
  conflict: TsunaguConflictError;
  not_found: TsunaguNotFoundError;
  network: TsunaguNetworkError;
  server: TsunaguServerError;
  response: TsunaguResponseError;
}
