// /v1/admin/activities…: the part of the admin API a partner's own server may call with its secret key
// (its own activities and their rosters). Staff reach the same calls through `adminResource`, scoped to
// their wards. Kept apart from admin.ts so a partner's bundle carries none of the staff-only calls.
import { activity, type Activity, type ActivityInput, type Page } from '@tsunagu/schema';
import { sendAs, type TsunaguHttp } from '../create-http.js';
import type { RequestOptions, Transport, WriteOptions } from '../http.js';
import { pagedList, type PagedList } from '../pagination.js';
import { segment, toQuery } from '../query.js';
import { activityPage } from './activities.js';

/**
 * Filters of `admin.activities.list` (the cursor is handled by the list).
 *
 * @example
 * ```ts
 * const params: AdminActivityListParams = { limit: 20 };
 * ```
 */
export interface AdminActivityListParams {
  /** items per page, 1–100 (default 50) */
  limit?: number;
}

/**
 * Managing activities: a partner's secret key reaches the activities that partner created (another
 * partner's or the city's answer 403 `not_owner`); ward staff those of their wards (another ward: 403
 * `ward_not_allowed`); city administrators all. Creating and replacing send an `Idempotency-Key` and are
 * retried; deleting is not.
 *
 * @example
 * ```ts
 * const partner = createClient({ baseUrl, key: process.env.TSUNAGU_SECRET_KEY! });
 * await partner.admin.activities.create(activityInput);
 * for await (const a of partner.admin.activities.list()) console.log(a.id, a.seats_left);
 * ```
 */
export interface ActivitiesAdmin {
  /**
   * The activities the caller manages, newest start first: a partner key its own, ward staff their wards',
   * city administrators all (past ones too, unlike the public `activities.list`).
   *
   * Partner key, `ward_staff`, `city_admin`.
   *
   * @example
   * ```ts
   * const mine = await partner.admin.activities.list().toArray();
   * ```
   */
  list(params?: AdminActivityListParams, options?: RequestOptions): PagedList<Activity, Page<Activity>>;
  /**
   * Creates an activity (a `TsunaguConflictError` when the id exists: use `put`). A partner key's activity
   * belongs to that partner; ward staff create only in their wards.
   *
   * Partner key, `ward_staff` (their wards), `city_admin`.
   *
   * @example
   * ```ts
   * const created = await partner.admin.activities.create({ ...activityInput, id: 'shop-42-watch-dec' });
   * ```
   */
  create(input: ActivityInput, options?: WriteOptions): Promise<Activity>;
  /**
   * Creates or replaces the activity with `input.id` (a larger capacity promotes from the waitlist).
   *
   * Partner key (its own), `ward_staff` (their wards), `city_admin`.
   *
   * @example
   * ```ts
   * const bigger = await partner.admin.activities.put({ ...activityInput, capacity: 30 });
   * ```
   */
  put(input: ActivityInput, options?: WriteOptions): Promise<Activity>;
  /**
   * Deletes an activity.
   *
   * Partner key (its own), `ward_staff` (their wards), `city_admin`.
   *
   * @example
   * ```ts
   * await partner.admin.activities.delete('shop-42-watch-dec');
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<void>;
  /**
   * The session's roster as CSV text (personal data: the export is audited).
   *
   * Partner key (its own), `ward_staff` (their wards), `city_admin`.
   *
   * @example
   * ```ts
   * await writeFile('roster.csv', await partner.admin.activities.roster('shop-42-watch-dec'));
   * ```
   */
  roster(id: string, options?: RequestOptions): Promise<string>;
}

/**
 * What a partner's secret key may do under `/v1/admin`: manage its own activities. Nothing else there is
 * open to a partner key (the reports inbox, windows, audit, keys and staff accounts are for signed-in staff:
 * see `createStaffClient` and `signIn`). With a publishable key every method rejects with a
 * `TsunaguAuthError` (`code: 'secret_key_required'`) without calling the server.
 *
 * @example
 * ```ts
 * const partner = createClient({ baseUrl: process.env.TSUNAGU_API!, key: process.env.TSUNAGU_SECRET_KEY! });
 * const csv = await partner.admin.activities.roster('shop-42-watch-dec');
 * ```
 */
export interface PartnerAdminResource {
  readonly activities: ActivitiesAdmin;
}

/** The activities calls on a send (shared by the partner and the staff admin resources). */
export function activitiesAdmin(send: Transport): ActivitiesAdmin {
  const write = (method: 'POST' | 'PUT', input: ActivityInput, options: WriteOptions | undefined) =>
    send({
      method,
      path: method === 'POST' ? 'admin/activities' : `admin/activities/${segment(input.id)}`,
      body: input,
      keyed: true,
      schema: activity,
      options,
    });
  return {
    list: (params, options) =>
      pagedList((cursor) =>
        send({
          method: 'GET',
          path: 'admin/activities',
          query: toQuery(params, cursor),
          schema: activityPage,
          options,
        }),
      ),
    create: (input, options) => write('POST', input, options),
    put: (input, options) => write('PUT', input, options),
    delete: (id, options) =>
      send({ method: 'DELETE', path: `admin/activities/${segment(id)}`, schema: null, options }),
    roster: (id, options) =>
      send({ method: 'GET', path: `admin/activities/${segment(id)}/roster`, schema: 'text', options }),
  };
}

/** Sends only with a secret key or a staff session (a publishable key is refused locally). */
export const managerSend = (http: TsunaguHttp): Transport =>
  sendAs(
    http,
    ['secret', 'session'],
    'secret_key_required',
    'The admin API needs a secret key (sk_…) or a staff session; this client has a publishable key.',
  );

/**
 * The partner admin resource on an HTTP core (`@tsunagu/client/admin`): a partner's own activities. With a
 * publishable key every method rejects with `TsunaguAuthError` (`code: 'secret_key_required'`) without
 * calling the server.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { partnerAdminResource } from '@tsunagu/client/admin';
 *
 * const admin = partnerAdminResource(createHttp({ baseUrl: process.env.TSUNAGU_API!, key: process.env.TSUNAGU_SECRET_KEY! }));
 * const mine = await admin.activities.list().toArray();
 * ```
 */
export const partnerAdminResource = (http: TsunaguHttp): PartnerAdminResource => ({
  activities: activitiesAdmin(managerSend(http)),
});
