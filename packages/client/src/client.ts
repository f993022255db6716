// createClient: options, the secret-key guard, and the resources.
import { TsunaguAuthError } from './errors.js';
import { runsInBrowser } from './environment.js';
import { createTransport } from './http.js';
import type { RetryOptions } from './retry.js';
import { activitiesResource, type ActivitiesResource } from './resources/activities.js';
import { adminResource, type AdminResource } from './resources/admin.js';
import { areasResource, type AreasResource } from './resources/areas.js';
import { concernReportsResource, type ConcernReportsResource } from './resources/concern-reports.js';
import { signupsResource, type SignupsResource } from './resources/signups.js';
import { windowsResource, type WindowsResource } from './resources/windows.js';

/**
 * Options of {@link createClient}.
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
 * A tsunagu API client. Every method returns typed, schema-checked data or throws a `TsunaguError` subclass.
 *
 * @example
 * ```ts
 * const page = await client.windows.list({ near: { lat: 35.4437, lng: 139.638 } }).page();
 * console.log(page.context.ward_id, page.data.length);
 * ```
 */
export interface TsunaguClient {
  readonly areas: AreasResource;
  readonly windows: WindowsResource;
  readonly concernReports: ConcernReportsResource;
  readonly activities: ActivitiesResource;
  readonly signups: SignupsResource;
  /** Secret key only. */
  readonly admin: AdminResource;
}

/**
 * Creates a client. Throws a `TsunaguAuthError` (`code: 'secret_key_in_browser'`) when given a secret key in
 * a browser, and a `TypeError` for a missing base URL or a key that is neither `pk_…` nor `sk_…`.
 *
 * @example
 * ```ts
 * import { createClient } from '@tsunagu/client';
 *
 * const client = createClient({ baseUrl: 'http://127.0.0.1:8787', key: 'pk_demo_tsunagu_examples', locale: 'ja' });
 * for await (const { window } of client.windows.list({ town: '寿町' })) console.log(window.name);
 * ```
 */
export function createClient(options: ClientOptions): TsunaguClient {
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
  const send = createTransport(options);
  return {
    areas: areasResource(send),
    windows: windowsResource(send),
    concernReports: concernReportsResource(send),
    activities: activitiesResource(send),
    signups: signupsResource(send),
    admin: adminResource(send, isSecretKey),
  };
}
