// The HTTP core on its own: options, the credential (its kind, and the guard that keeps secret keys and
// staff session tokens out of browsers), and the transport every resource sends through.
// Kept apart from createClient so a bundle that needs one resource does not pull in the others.
import { TsunaguAuthError } from './errors.js';
import { runsInBrowser } from './environment.js';
import { createTransport, type Transport } from './http.js';
import type { RetryOptions } from './retry.js';

/**
 * Options of `createClient` and {@link createHttp}.
 *
 * @example
 * ```ts
 * const options: ClientOptions = { baseUrl: 'https://api.tsunagu.example', key: 'pk_live_…', locale: 'ja', timeout: 8000 };
 * ```
 */
export interface ClientOptions {
  /** The API's base URL without `/v1`, e.g. `https://api.tsunagu.example` or `http://127.0.0.1:8787`. */
  baseUrl: string;
  /**
   * The credential: a publishable key (`pk_…`, fine in a browser), a partner's secret key (`sk_…`, servers
   * only) or a staff session token (`ss_…`, servers and scripts only; `createStaffClient` and `signIn` take
   * it for you).
   */
  key: string;
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in ms (default 10 000). */
  timeout?: number;
  /** Retry policy for GETs and keyed writes: a number is the retry limit, `false` turns retries off (default 2 retries). */
  retry?: RetryOptions | number | false;
  /** Sent as `Accept-Language` (e.g. `ja`, `en`, `ja-x-easy`). */
  locale?: string;
}

/**
 * The HTTP core that every resource factory takes (`areasResource(http)`, `windowsResource(http)`, …):
 * auth and `Accept-Language` headers, typed errors, safe retries with one idempotency key per call, the
 * per-attempt timeout. One core can serve any number of resources.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { windowsResource } from '@tsunagu/client/windows';
 *
 * const windows = windowsResource(createHttp({ baseUrl: 'https://api.tsunagu.example', key: 'pk_…' }));
 * const one = await windows.get('naka-seikatsushien');
 * ```
 */
export interface TsunaguHttp {
  /** Sends one call to the API and returns its schema-checked body (or throws a `TsunaguError` subclass). */
  readonly send: Transport;
  /**
   * What the core sends: a publishable key, a partner's secret key, or a staff session token. The admin and
   * auth resources refuse locally (without a request) what the credential may never call.
   */
  readonly credential: CredentialKind;
  /** @deprecated Use `credential === 'secret'` (false for staff session tokens too). */
  readonly isSecretKey: boolean;
}

/**
 * The kinds of credential, by prefix: `pk_…` publishable, `sk_…` secret (a partner's server), `ss_…` a staff
 * session (a person signed in).
 *
 * @example
 * ```ts
 * if (http.credential === 'session') console.log('signed in as staff');
 * ```
 */
export type CredentialKind = 'publishable' | 'secret' | 'session';

const PREFIXES: Record<string, CredentialKind> = { pk_: 'publishable', sk_: 'secret', ss_: 'session' };

/** The kind of `key` by its prefix, or undefined for anything else. */
export const credentialKind = (key: unknown): CredentialKind | undefined =>
  typeof key === 'string' ? PREFIXES[key.slice(0, 3)] : undefined;

/** Throws the `TsunaguAuthError` for a secret key or a session token in a browser (nothing for a pk_ key). */
export function refuseInBrowser(kind: CredentialKind): void {
  if (kind === 'publishable' || !runsInBrowser()) return;
  throw new TsunaguAuthError(
    kind === 'secret'
      ? {
          type: 'permission_error',
          code: 'secret_key_in_browser',
          message:
            'Refusing to use a secret key (sk_…) in a browser: anyone who opens this page can read it and then read ' +
            'and change concern reports. Use a publishable key (pk_…) here and keep the secret key on your server.',
        }
      : {
          type: 'permission_error',
          code: 'session_token_in_browser',
          message:
            'Refusing to use a staff session token (ss_…) in a browser: anyone who can read this page could act as ' +
            'the signed-in person. Session tokens are for servers and scripts; the staff console signs in with a cookie.',
        },
  );
}

/**
 * Creates the HTTP core. Throws a `TsunaguAuthError` for a secret key (`code: 'secret_key_in_browser'`) or
 * a staff session token (`code: 'session_token_in_browser'`) in a browser, and a `TypeError` for a missing
 * base URL or a key that is none of `pk_…`, `sk_…`, `ss_…`.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { concernReportsResource } from '@tsunagu/client/concern-reports';
 *
 * const reports = concernReportsResource(createHttp({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_demo_tsunagu_examples' }));
 * const { status } = await reports.status('TK-7Q4M-9XZ2', 'ABC234');
 * ```
 */
export function createHttp(options: ClientOptions): TsunaguHttp {
  checkBaseUrl(options.baseUrl);
  const credential = credentialKind(options.key);
  if (!credential) {
    throw new TypeError(
      'createClient: key must be a publishable (pk_…) or secret (sk_…) API key, or a staff session token (ss_…).',
    );
  }
  refuseInBrowser(credential);
  return {
    send: createTransport(options),
    credential,
    get isSecretKey() {
      return credential === 'secret';
    },
  };
}

/**
 * The core's `send`, for calls only some credentials may make: with any other credential a call rejects
 * with a `TsunaguAuthError` (`type: 'permission_error'`, `code`) without a request.
 */
export function sendAs(
  { send, credential }: TsunaguHttp,
  allowed: readonly CredentialKind[],
  code: string,
  message: string,
): Transport {
  return (call) =>
    allowed.includes(credential)
      ? send(call)
      : Promise.reject(new TsunaguAuthError({ type: 'permission_error', code, message }));
}

/** Throws the `TypeError` of a base URL that is not http(s). */
export function checkBaseUrl(baseUrl: unknown): void {
  if (typeof baseUrl !== 'string' || !/^https?:\/\//.test(baseUrl)) {
    throw new TypeError('createClient: baseUrl must be an http(s) URL, e.g. "https://api.tsunagu.example".');
  }
}
