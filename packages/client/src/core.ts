// @tsunagu/client/core — the HTTP core alone (no resource, no response schema): pair it with the resource
// entry points a page needs (`@tsunagu/client/areas`, `/windows`, `/concern-reports`, `/activities`,
// `/signups`, `/admin`, `/auth`) so a bundle holds only what it calls. `@tsunagu/client` composes all of them.
/**
 * `@tsunagu/client/core`: the HTTP core and the error classes, without any resource.
 *
 * @module core
 */
export { createHttp, type ClientOptions, type CredentialKind, type TsunaguHttp } from './create-http.js';
export {
  TsunaguError,
  TsunaguValidationError,
  TsunaguAuthError,
  TsunaguRateLimitError,
  TsunaguConflictError,
  TsunaguNotFoundError,
  TsunaguNetworkError,
  TsunaguServerError,
  TsunaguResponseError,
  isTsunaguError,
  type TsunaguErrorKind,
  type TsunaguErrorInit,
  type NetworkErrorReason,
} from './errors.js';
export { randomKey as newIdempotencyKey } from './http.js';
export type { Call, RequestOptions, ResponseSchema, Transport, WriteOptions } from './http.js';
export { parseRetryAfter, type RetryOptions } from './retry.js';
export type { PagedList } from './pagination.js';
