// The HTTP core on its own: options, the secret-key guard, and the transport every resource sends through.
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
  /** A publishable key (`pk_…`, fine in a browser) or a secret key (`sk_…`, servers only). */
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
  /** True when the key is a secret key (`sk_…`); the admin resource refuses to call the server otherwise. */
  readonly isSecretKey: boolean;
}

/**
 * Creates the HTTP core. Throws exactly as `createClient` does: a `TsunaguAuthError`
 * (`code: 'secret_key_in_browser'`) for a secret key in a browser, and a `TypeError` for a missing base URL
 * or a key that is neither `pk_…` nor `sk_…`.
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
  const { baseUrl, key } = options;
  if (typeof baseUrl !== 'string' || !/^https?:\/\//.test(baseUrl)) {
    throw new TypeError('createClient: baseUrl must be an http(s) URL, e.g. "https://api.tsunagu.example".');
  }
  const isSecretKey = typeof key === 'string' && key.startsWith('sk_');
  if (!isSecretKey && !(typeof key === 'string' && key.startsWith('pk_'))) {
    throw new TypeError('createClient: key must be a publishable (pk_…) or secret (sk_…) API key.');
  }
  if (isSecretKey && runsInBrowser()) {
    throw new TsunaguAuthError({
      type: 'permission_error',
      code: 'secret_key_in_browser',
      message:
        'Refusing to use a secret key (sk_…) in a browser: anyone who opens this page can read it and then read ' +
        'and change concern reports. Use a publishable key (pk_…) here and keep the secret key on your server.',
    });
  }
  return { send: createTransport(options), isSecretKey };
}
