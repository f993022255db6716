// createClient: every resource a partner's key may call, on one HTTP core (each resource is also an entry
// point of its own). Staff sign in instead: staff-client.ts.
import { createHttp, credentialKind, refuseInBrowser, type ClientOptions } from './create-http.js';
import { activitiesResource, type ActivitiesResource } from './resources/activities.js';
import { partnerAdminResource, type PartnerAdminResource } from './resources/partner-admin.js';
import { areasResource, type AreasResource } from './resources/areas.js';
import { partnerResource, type PartnerResource } from './resources/partner.js';
import { concernReportsResource, type ConcernReportsResource } from './resources/concern-reports.js';
import { signupsResource, type SignupsResource } from './resources/signups.js';
import { windowsResource, type WindowsResource } from './resources/windows.js';

export type { ClientOptions } from './create-http.js';

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
  /** The partner the key belongs to (name, ward). */
  readonly partner: PartnerResource;
  readonly windows: WindowsResource;
  readonly concernReports: ConcernReportsResource;
  readonly activities: ActivitiesResource;
  readonly signups: SignupsResource;
  /**
   * A secret key only: the partner's own activities (`admin.activities`). The rest of the admin API (reports,
   * windows, audit, keys, staff) is for signed-in staff: `createStaffClient` / `signIn`.
   */
  readonly admin: PartnerAdminResource;
}

/**
 * Creates a client for a partner's key: a publishable key (`pk_…`) in a page, or a secret key (`sk_…`) on
 * the partner's server. Throws a `TsunaguAuthError` (`code: 'secret_key_in_browser'`) when given a secret
 * key in a browser, and a `TypeError` for a missing base URL or a key that is neither `pk_…` nor `sk_…`
 * (a staff session token `ss_…` goes to `createStaffClient`).
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
  if (credentialKind(options.key) === 'session') {
    refuseInBrowser('session');
    throw new TypeError(
      'createClient: a staff session token (ss_…) goes to createStaffClient({ baseUrl, sessionToken }); createClient takes API keys.',
    );
  }
  const http = createHttp(options);
  return {
    areas: areasResource(http),
    partner: partnerResource(http),
    windows: windowsResource(http),
    concernReports: concernReportsResource(http),
    activities: activitiesResource(http),
    signups: signupsResource(http),
    admin: partnerAdminResource(http),
  };
}
