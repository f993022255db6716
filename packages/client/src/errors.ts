// Errors as classes by kind. `instanceof` must hold even when an app ends up with two copies of the SDK
// (a widget bundle and the app's own): each class checks a registry-wide brand symbol instead of the
// prototype chain, so `err instanceof TsunaguRateLimitError` is true for an error thrown by either copy.
/**
 * `@tsunagu/client/errors`: the error classes alone, for code that only tells failures apart (a widget's
 * first screen, an app's error handler) and does not send requests itself.
 *
 * @module errors
 */
import type { FieldError } from '@tsunagu/schema';

/**
 * Why a request never produced an HTTP response.
 *
 * @example
 * ```ts
 * if (err instanceof TsunaguNetworkError && err.reason === 'timeout') retryLater();
 * ```
 */
export type NetworkErrorReason = 'failed' | 'timeout' | 'aborted';

/**
 * What every Tsunagu error carries (all optional except `type`, `code` and `message`). You need it only to
 * build errors yourself, e.g. in tests of code that handles them.
 *
 * @example
 * ```ts
 * const fake = new TsunaguValidationError({ type: 'validation_error', code: 'invalid_request', message: 'x', status: 422, fields: [{ path: 'ward_id', code: 'required' }] });
 * ```
 */
export interface TsunaguErrorInit {
  /** The API's error type (`validation_error`, `rate_limited`, …) or a client-side one (`network_error`, `response_error`). */
  type: string;
  /** Stable machine-readable code (`invalid_request`, `idempotency_key_reused`, …). */
  code: string;
  message: string;
  /** HTTP status, when there was a response. */
  status?: number | undefined;
  /** The server's request id (`X-Request-Id`): quote it when asking the operator about a failure. */
  requestId?: string | undefined;
  /** Field errors of a validation error: stable codes per dotted path. */
  fields?: FieldError[] | undefined;
  cause?: unknown;
}

type Branded = Record<symbol, unknown>;

import { brandOf, isTsunaguError, type TsunaguErrorKind } from './error-kind.js';

export { isTsunaguError, type TsunaguErrorKind };

/**
 * The base class of every error the SDK throws. Check the subclass with `instanceof`, or read `type` /
 * `code` / `status`. Works across bundles (see the file comment).
 *
 * @example
 * ```ts
 * try {
 *   await client.windows.get('nope');
 * } catch (err) {
 *   if (err instanceof TsunaguError) console.error(err.code, err.requestId);
 * }
 * ```
 */
export class TsunaguError extends Error {
  /** The brand every instance of this class (and of its subclasses) carries. */
  static get brand(): symbol {
    return brandOf();
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Branded)[this.brand] === true;
  }

  readonly type: string;
  readonly code: string;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  /** Field errors (validation errors only; empty otherwise). */
  readonly fields: FieldError[];

  constructor(init: TsunaguErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.type = init.type;
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId;
    this.fields = init.fields ?? [];
    // Stamp the brand of the concrete class and of each ancestor up to TsunaguError.
    for (
      let ctor: unknown = new.target;
      typeof ctor === 'function' && 'brand' in ctor;
      ctor = Object.getPrototypeOf(ctor)
    ) {
      Object.defineProperty(this, (ctor as typeof TsunaguError).brand, { value: true }); // not enumerable: keeps logs clean
    }
    // Class names do not survive minification: derive 'TsunaguRateLimitError' from 'tsunagu.error.rate_limit'.
    const kind = new.target.brand.description?.slice(14) ?? '';
    this.name = `Tsunagu${kind.replace(/(?:^|_)(\w)/g, (_, c: string) => c.toUpperCase())}Error`;
  }
}

/**
 * The request was refused as invalid (422, 400, 413, 415). `fields` lists `{path, code}` per field; the
 * codes are stable (`required`, `too_long`, `invalid_phone`, …) so you can translate them.
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof TsunaguValidationError) for (const f of err.fields) showError(f.path, f.code);
 * }
 * ```
 */
export class TsunaguValidationError extends TsunaguError {
  static override get brand(): symbol {
    return brandOf('validation');
  }
}

/**
 * The key is missing or invalid (401), or not allowed to do this (403): a secret key from a browser, a
 * publishable key on the admin API, an origin the key does not allow.
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof TsunaguAuthError && err.code === 'origin_not_allowed') console.error('add this site to the key');
 * }
 * ```
 */
export class TsunaguAuthError extends TsunaguError {
  static override get brand(): symbol {
    return brandOf('auth');
  }
}

/**
 * Too many requests (429). `retryAfter` is how many seconds the server asked to wait (when it said).
 * The SDK already waited and retried where that was short; this reaches you when it was not.
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof TsunaguRateLimitError) setTimeout(retry, (err.retryAfter ?? 30) * 1000);
 * }
 * ```
 */
export class TsunaguRateLimitError extends TsunaguError {
  static override get brand(): symbol {
    return brandOf('rate_limit');
  }

  /** Seconds to wait before trying again, from `Retry-After` (undefined when the server did not say). */
  readonly retryAfter: number | undefined;

  constructor(init: TsunaguErrorInit & { retryAfter?: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

/**
 * A conflict (409): most often an `Idempotency-Key` reused with a different body
 * (`code: 'idempotency_key_reused'`), or a state that does not allow the change (`already_cancelled`).
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof TsunaguConflictError && err.code === 'idempotency_key_reused') newKey();
 * }
 * ```
 */
export class TsunaguConflictError extends TsunaguError {
  static override get brand(): symbol {
    return brandOf('conflict');
  }
}

/**
 * The resource does not exist (404), or the reference and check code do not match.
 *
 * @example
 * ```ts
 * const found = await client.windows.get(id).catch((err) => (err instanceof TsunaguNotFoundError ? null : Promise.reject(err)));
 * ```
 */
export class TsunaguNotFoundError extends TsunaguError {
  static override get brand(): symbol {
    return brandOf('not_found');
  }
}

/**
 * No HTTP response: the connection failed (`reason: 'failed'`), the per-request timeout passed
 * (`'timeout'`), or the caller's `AbortSignal` fired (`'aborted'`). Retries were already tried where safe.
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof TsunaguNetworkError && err.reason !== 'aborted') showOfflineNotice();
 * }
 * ```
 */
export class TsunaguNetworkError extends TsunaguError {
  static override get brand(): symbol {
    return brandOf('network');
  }

  readonly reason: NetworkErrorReason;

  constructor(init: Omit<TsunaguErrorInit, 'type'> & { reason: NetworkErrorReason }) {
    super({ ...init, type: 'network_error' });
    this.reason = init.reason;
  }
}

/**
 * The server failed (5xx) and retries did not help. Quote `requestId` to the operator.
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof TsunaguServerError) console.error('tsunagu is having trouble', err.requestId);
 * }
 * ```
 */
export class TsunaguServerError extends TsunaguError {
  static override get brand(): symbol {
    return brandOf('server');
  }
}

/**
 * The server answered, but not with what the contract says (a drifted or wrong server, a proxy's HTML page).
 * `path` names the first place that did not match (e.g. `data.0.window.hours`) and `issues` lists all.
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof TsunaguResponseError) console.error(`unexpected response at ${err.path}`);
 * }
 * ```
 */
export class TsunaguResponseError extends TsunaguError {
  static override get brand(): symbol {
    return brandOf('response');
  }

  /** Dotted path of the first mismatch ('' = the whole body). */
  readonly path: string;
  /** Every mismatch: dotted path and what went wrong. */
  readonly issues: { path: string; message: string }[];

  constructor(
    init: Omit<TsunaguErrorInit, 'type' | 'code'> & { issues: { path: string; message: string }[] },
  ) {
    super({ ...init, type: 'response_error', code: 'unexpected_response' });
    this.issues = init.issues;
    this.path = init.issues[0]?.path ?? '';
  }
}
