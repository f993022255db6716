// /v1/admin/…: the admin API for signed-in staff (a session token: `createStaffClient`, `signIn`), and the
// part of it a partner's secret key may call (its own activities: partner-admin.ts).
/**
 * `@tsunagu/client/admin`: the admin resources alone, on a core from `@tsunagu/client/core`:
 * `adminResource` (everything, for staff sessions) and `partnerAdminResource` (a partner's own activities).
 *
 * @module admin
 */
import {
  apiKeyCreated,
  apiKeyInfo,
  auditEntry,
  colleague,
  consultationWindow,
  page,
  partner,
  reportDetail,
  reportHandoffResult,
  reportInbox,
  staffAccount,
  staffCreated,
  stats,
  webhook,
  webhookCreated,
  webhookDelivery,
  windowsExport,
  type INBOX_PATHS,
  type ApiKeyCreated,
  type ApiKeyInfo,
  type AuditEntry,
  type ConsultationWindow,
  type KeyCreateInput,
  type Page,
  type Partner,
  type PartnerType,
  type ReportDetail,
  type ReportInbox,
  type ReportStatus,
  type ReportStatusChange,
  type ReportSummary,
  type StaffAccount,
  type StaffCreated,
  type StaffCreateInput,
  type StaffUpdateInput,
  type Stats,
  type Webhook,
  type WebhookDelivery,
  type WebhookEvent,
  type WindowInput,
  type WindowsExport,
} from '@tsunagu/schema';
import { sendAs, type TsunaguHttp } from '../create-http.js';
import type { Call, RequestOptions, ResponseSchema, WriteOptions } from '../http.js';
import { pagedList, type PagedList } from '../pagination.js';
import { plainObject } from '../plain-object.js';
import { segment, toQuery } from '../query.js';
import { activitiesAdmin, managerSend, type ActivitiesAdmin } from './partner-admin.js';

export {
  partnerAdminResource,
  type ActivitiesAdmin,
  type AdminActivityListParams,
  type PartnerAdminResource,
} from './partner-admin.js';

const colleaguePage = /* @__PURE__ */ page(colleague);
const webhookPage = /* @__PURE__ */ page(webhook);
const deliveryPage = /* @__PURE__ */ page(webhookDelivery);
const auditPage = /* @__PURE__ */ page(auditEntry);
const windowPage = /* @__PURE__ */ page(consultationWindow);
const partnerPage = /* @__PURE__ */ page(partner);
const keyPage = /* @__PURE__ */ page(apiKeyInfo);
const staffPage = /* @__PURE__ */ page(staffAccount);

/**
 * Result of `admin.windows.import`.
 *
 * @example
 * ```ts
 * const { imported, ids } = await staff.admin.windows.import(await readFile('windows.csv', 'utf8'), 'csv');
 * ```
 */
export interface WindowImportResult {
  imported: number;
  ids: string[];
}
/**
 * Result of `admin.purge`.
 *
 * @example
 * ```ts
 * const { purged_reports } = await staff.admin.purge();
 * ```
 */
export interface PurgeResult {
  /** reports whose content was removed (codes and status stay) */
  purged_reports: number;
  /** sign-ups whose personal details were removed (seats and status stay) */
  purged_signups: number;
  purged_idempotency: number;
}
const importResult = /* @__PURE__ */ plainObject<WindowImportResult>({ imported: 'number', ids: 'string[]' });
const purgeResult = /* @__PURE__ */ plainObject<PurgeResult>({
  purged_reports: 'number',
  purged_signups: 'number',
  purged_idempotency: 'number',
});

/**
 * Filters of the reports inbox. Ward staff may name only one of their wards (another: 403
 * `ward_not_allowed`); without `ward` they see all of theirs.
 *
 * @example
 * ```ts
 * const params: ReportInboxParams = { ward: 'naka', status: ['received'], urgent: true };
 * ```
 */
export interface ReportInboxParams {
  ward?: string;
  status?: ReportStatus[];
  /** about someone, the person themself, a school's referral */
  path?: (typeof INBOX_PATHS)[number][];
  urgent?: boolean;
  limit?: number;
}

/**
 * Assigning a report (`admin.reports.assign`): a colleague of the report's ward (`admin.colleagues.list`),
 * or `null` for nobody.
 *
 * @example
 * ```ts
 * const input: ReportAssignInput = { staff_id: 'stf_…', note: '明日訪問予定' };
 * ```
 */
export interface ReportAssignInput {
  staff_id: string | null;
  note?: string | undefined;
}

/**
 * Handing a report off (`admin.reports.handOff`) to another ward or to another agency's window, with a
 * reason (kept sealed with the report).
 *
 * @example
 * ```ts
 * const input: ReportHandoffInput = { to_ward: 'tsurumi', reason: '転居先が鶴見区のため' };
 * ```
 */
export interface ReportHandoffInput {
  to_ward?: string;
  to_window?: string;
  reason: string;
}

/**
 * Result of `admin.reports.handOff`.
 *
 * @example
 * ```ts
 * const { ward_id, visible } = await staff.admin.reports.handOff(reference, { to_ward: 'tsurumi', reason });
 * ```
 */
export interface ReportHandoffResult {
  reference: string;
  ward_id: string;
  /** false when the report went to a ward the caller does not work for (it has left their inbox) */
  visible: boolean;
}

/**
 * Someone a report can be assigned to (`admin.colleagues.list`).
 *
 * @example
 * ```ts
 * const [first] = await staff.admin.colleagues.list().toArray();
 * ```
 */
export interface Colleague {
  id: string;
  display_name: string;
  wards: string[];
}

/**
 * A new webhook subscription (`admin.webhooks.create`): https (or http on loopback, for development).
 *
 * @example
 * ```ts
 * const input: WebhookInput = { url: 'https://case.example/hooks/tsunagu', events: ['concern_report.created'] };
 * ```
 */
export interface WebhookInput {
  url: string;
  events: WebhookEvent[];
}

/**
 * Result of `admin.webhooks.create`: the signing secret is in this answer only.
 *
 * @example
 * ```ts
 * const { webhook, secret } = await admin.admin.webhooks.create(input);
 * ```
 */
export interface WebhookCreated {
  webhook: Webhook;
  /** the HMAC-SHA256 key the deliveries are signed with */
  secret: string;
}

/**
 * Filters of `admin.audit.list`.
 *
 * @example
 * ```ts
 * const params: AuditListParams = { actor_id: 'stf_…', limit: 100 };
 * ```
 */
export interface AuditListParams {
  /** one report (reference), window, activity, key or staff account */
  target_id?: string;
  /** who acted: a staff id (`stf_…`) or a key id (`key_…`) */
  actor_id?: string;
  /** entries per page, 1–500 */
  limit?: number;
}

/**
 * A new partner organisation (`admin.partners.create`).
 *
 * @example
 * ```ts
 * const input: PartnerInput = { name: '寿町フードバンク', type: 'npo' };
 * ```
 */
export interface PartnerInput {
  name: string;
  type: PartnerType;
  /** the ward the partner is in (its help card then shows that ward's office), e.g. `naka` */
  ward_id?: string | null;
}

/**
 * A change to a partner (`admin.partners.update`): what is given changes; `ward_id: null` clears the ward.
 *
 * @example
 * ```ts
 * const change: PartnerChange = { ward_id: 'naka' };
 * ```
 */
export interface PartnerChange {
  name?: string;
  type?: PartnerType;
  ward_id?: string | null;
}

/**
 * Filters of `admin.keys.list`.
 *
 * @example
 * ```ts
 * const params: KeyListParams = { partner_id: 'prt_…' };
 * ```
 */
export interface KeyListParams {
  partner_id?: string;
}

/**
 * Options of `admin.keys.rotate`.
 *
 * @example
 * ```ts
 * const input: KeyRotateInput = { overlap_hours: 72 };
 * ```
 */
export interface KeyRotateInput {
  /** how long the old key keeps working beside the new one, 0–720 hours (default 24) */
  overlap_hours?: number;
}

/**
 * The admin API for signed-in staff (a staff session: `createStaffClient` or `signIn`). What a person may
 * call follows their role (the policy table `ROUTE_POLICIES` of `@tsunagu/schema`):
 * - `ward_staff`: the reports, windows, activities and counts of the wards assigned to them (another ward's
 *   report answers 404 like an unknown one; naming another ward answers 403 `ward_not_allowed`);
 * - `city_admin`: everything, in every ward, plus partners, API keys, staff accounts, imports and purge;
 * - `auditor`: `audit.list` only.
 *
 * A call the role does not allow answers 403 `role_not_allowed` (a `TsunaguAuthError`). On a core with a
 * partner's secret key only `activities` works (it is `partnerAdminResource`'s); every other method rejects
 * with a `TsunaguAuthError` (`code: 'staff_session_required'`) without calling the server, and with a
 * publishable key all of them do (`activities`: `secret_key_required`). Writes the server de-duplicates
 * send an `Idempotency-Key` and are retried; deletes, imports and purge are not retried.
 *
 * @example
 * ```ts
 * const staff = await signIn({ baseUrl, login: 'naka-tanaka', password: process.env.TSUNAGU_PASSWORD! });
 * for await (const r of staff.admin.reports.list({ urgent: true })) console.log(r.reference, r.status);
 * await staff.admin.reports.setStatus('TK-7Q4M-9XZ2', { status: 'acknowledged', note: '電話済み' });
 * ```
 */
export interface AdminResource {
  readonly reports: {
    /**
     * The inbox: codes only, no free text or contact details (the listing is audited). Urgent, child-abuse
     * and suicide-risk reports come first, then the longest waiting; each page has `counts` (total and by
     * status) for the same ward and path filters.
     *
     * `ward_staff` (their wards), `city_admin`.
     *
     * @example
     * ```ts
     * for await (const r of staff.admin.reports.list({ status: ['received'], urgent: true })) console.log(r.reference);
     * ```
     */
    list(params?: ReportInboxParams, options?: RequestOptions): PagedList<ReportSummary, ReportInbox>;
    /**
     * One report with its decrypted content (the read is audited). Another ward's report is a
     * `TsunaguNotFoundError` for ward staff, exactly like an unknown reference.
     *
     * `ward_staff` (their wards), `city_admin`.
     *
     * @example
     * ```ts
     * const detail = await staff.admin.reports.get('TK-7Q4M-9XZ2');
     * console.log(detail.content?.free_text);
     * ```
     */
    get(reference: string, options?: RequestOptions): Promise<ReportDetail>;
    /**
     * Changes the status, with an optional note (audited); returns the report as it now is.
     *
     * `ward_staff` (their wards), `city_admin`.
     *
     * @example
     * ```ts
     * await staff.admin.reports.setStatus('TK-7Q4M-9XZ2', { status: 'acknowledged', note: '電話済み' });
     * ```
     */
    setStatus(reference: string, change: ReportStatusChange, options?: WriteOptions): Promise<ReportDetail>;
    /**
     * Assigns the report to a colleague of its ward (`staff_id: null`: to nobody); returns the report.
     *
     * `ward_staff` (their wards), `city_admin`.
     *
     * @example
     * ```ts
     * const [colleague] = await staff.admin.colleagues.list().toArray();
     * await staff.admin.reports.assign('TK-7Q4M-9XZ2', { staff_id: colleague!.id });
     * ```
     */
    assign(reference: string, input: ReportAssignInput, options?: WriteOptions): Promise<ReportDetail>;
    /**
     * Hands the report off to another ward (`to_ward`) or another agency's window (`to_window`), with a
     * reason. A report handed to a ward the caller does not work for leaves their inbox (`visible: false`).
     *
     * `ward_staff` (their wards), `city_admin`.
     *
     * @example
     * ```ts
     * await staff.admin.reports.handOff('TK-7Q4M-9XZ2', { to_ward: 'tsurumi', reason: '転居先が鶴見区のため' });
     * ```
     */
    handOff(
      reference: string,
      input: ReportHandoffInput,
      options?: WriteOptions,
    ): Promise<ReportHandoffResult>;
  };
  readonly colleagues: {
    /**
     * Who a report of a ward can be assigned to (default: the caller's first ward; administrators name one).
     *
     * `ward_staff` (their wards), `city_admin`.
     *
     * @example
     * ```ts
     * const people = await staff.admin.colleagues.list({ ward: 'naka' }).toArray();
     * ```
     */
    list(params?: { ward?: string }, options?: RequestOptions): PagedList<Colleague, Page<Colleague>>;
  };
  readonly windows: {
    /**
     * The windows the caller manages (ward staff: their wards'; city administrators: all), one page.
     *
     * `ward_staff`, `city_admin`.
     *
     * @example
     * ```ts
     * const mine = await staff.admin.windows.list().toArray();
     * ```
     */
    list(options?: RequestOptions): PagedList<ConsultationWindow, Page<ConsultationWindow>>;
    /**
     * Creates a window (a `TsunaguConflictError` when the id exists: use `put`).
     *
     * `ward_staff` (their wards), `city_admin`.
     *
     * @example
     * ```ts
     * await staff.admin.windows.create({ ...windowInput, id: 'naka-new-window' });
     * ```
     */
    create(input: WindowInput, options?: WriteOptions): Promise<ConsultationWindow>;
    /**
     * Creates or replaces the window with `input.id`.
     *
     * `ward_staff` (their wards, before and after), `city_admin`.
     *
     * @example
     * ```ts
     * await staff.admin.windows.put({ ...windowInput, phone: '045-224-8383' });
     * ```
     */
    put(input: WindowInput, options?: WriteOptions): Promise<ConsultationWindow>;
    /**
     * Deletes a window.
     *
     * `ward_staff` (their wards), `city_admin`.
     *
     * @example
     * ```ts
     * await staff.admin.windows.delete('naka-new-window');
     * ```
     */
    delete(id: string, options?: RequestOptions): Promise<void>;
    /**
     * Records that the window's details were checked today (Tokyo date, in `confirmed_on`); returns it.
     *
     * `ward_staff` (their wards), `city_admin`.
     *
     * @example
     * ```ts
     * const { confirmed_on } = await staff.admin.windows.confirm('naka-seikatsushien');
     * ```
     */
    confirm(id: string, options?: RequestOptions): Promise<ConsultationWindow>;
    /**
     * Imports windows from CSV or HSDS-shaped JSON text (upserts by id).
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * const { imported } = await admin.admin.windows.import(await readFile('windows.csv', 'utf8'), 'csv');
     * ```
     */
    import(text: string, format: 'csv' | 'json', options?: RequestOptions): Promise<WindowImportResult>;
    /**
     * The static file a city can host for the finder's static mode (every window).
     *
     * `ward_staff`, `city_admin`.
     *
     * @example
     * ```ts
     * await writeFile('windows.json', JSON.stringify(await staff.admin.windows.export()));
     * ```
     */
    export(options?: RequestOptions): Promise<WindowsExport>;
  };
  /**
   * Activities: `ward_staff` manage their wards', `city_admin` all (and a partner key its own, through
   * `partnerAdminResource`).
   */
  readonly activities: ActivitiesAdmin;
  readonly audit: {
    /**
     * Audit entries, newest first; `target_id` narrows to one report, window, activity, key or account,
     * `actor_id` to one person (`stf_…`) or key (`key_…`). Reading the log is audited too.
     *
     * `auditor`, `city_admin`.
     *
     * @example
     * ```ts
     * const trail = await auditor.admin.audit.list({ target_id: 'TK-7Q4M-9XZ2' }).toArray();
     * ```
     */
    list(params?: AuditListParams, options?: RequestOptions): PagedList<AuditEntry, Page<AuditEntry>>;
  };
  /**
   * Counts only (no row-level data), for a dashboard: ward staff get their wards' counts.
   *
   * `ward_staff` (their wards), `city_admin`.
   *
   * @example
   * ```ts
   * const { reports } = await staff.admin.stats();
   * console.log(reports.total, reports.urgent);
   * ```
   */
  stats(options?: RequestOptions): Promise<Stats>;
  /**
   * Runs the retention purge now (the server also runs it hourly).
   *
   * `city_admin` only.
   *
   * @example
   * ```ts
   * const { purged_reports } = await admin.admin.purge();
   * ```
   */
  purge(options?: RequestOptions): Promise<PurgeResult>;
  readonly partners: {
    /**
     * Every partner organisation (one page).
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * for await (const p of admin.admin.partners.list()) console.log(p.id, p.name);
     * ```
     */
    list(options?: RequestOptions): PagedList<Partner, Page<Partner>>;
    /**
     * Registers a partner organisation (then give it keys with `keys.create`).
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * const shop = await admin.admin.partners.create({ name: '寿町商店会', type: 'shop' });
     * ```
     */
    create(input: PartnerInput, options?: WriteOptions): Promise<Partner>;
    /**
     * Changes a partner's name, type or ward (its help card shows the new ward's office from the next call).
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * await admin.admin.partners.update('ptn_…', { ward_id: 'naka' });
     * ```
     */
    update(id: string, change: PartnerChange, options?: WriteOptions): Promise<Partner>;
  };
  readonly keys: {
    /**
     * API keys (never the keys themselves: their first characters, state and origins), all or one partner's.
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * const keys = await admin.admin.keys.list({ partner_id: shop.id }).toArray();
     * ```
     */
    list(params?: KeyListParams, options?: RequestOptions): PagedList<ApiKeyInfo, Page<ApiKeyInfo>>;
    /**
     * Creates a key for a partner. `plain_key` is in this answer and nowhere else, ever: hand it over now.
     * A publishable key needs its allowed origins; a secret key has none.
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * const { key, plain_key } = await admin.admin.keys.create({ partner_id: shop.id, kind: 'publishable', allowed_origins: ['https://shop.example'] });
     * ```
     */
    create(input: KeyCreateInput, options?: WriteOptions): Promise<ApiKeyCreated>;
    /**
     * Replaces a publishable key's allowed origins (from the next request on).
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * await admin.admin.keys.setOrigins(key.id, ['https://shop.example', 'https://www.shop.example']);
     * ```
     */
    setOrigins(id: string, allowedOrigins: string[], options?: WriteOptions): Promise<ApiKeyInfo>;
    /**
     * Revokes a key at once (its next request answers 401 `key_revoked`).
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * await admin.admin.keys.revoke(key.id);
     * ```
     */
    revoke(id: string, options?: WriteOptions): Promise<ApiKeyInfo>;
    /**
     * Issues a replacement key; the old one keeps working for `overlap_hours` (default 24), then answers
     * 401 `key_expired`.
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * const { plain_key } = await admin.admin.keys.rotate(key.id, { overlap_hours: 72 });
     * ```
     */
    rotate(id: string, input?: KeyRotateInput, options?: WriteOptions): Promise<ApiKeyCreated>;
  };
  readonly staff: {
    /**
     * Every staff account (never a password or second-factor secret).
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * const people = await admin.admin.staff.list().toArray();
     * ```
     */
    list(options?: RequestOptions): PagedList<StaffAccount, Page<StaffAccount>>;
    /**
     * Creates an account. The answer holds the first password (shown once) and, for an administrator, the
     * second factor to enrol in an authenticator app.
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * const { staff, first_password } = await admin.admin.staff.create({ login: 'naka-sato', display_name: '佐藤', role: 'ward_staff', wards: ['naka'] });
     * ```
     */
    create(input: StaffCreateInput, options?: WriteOptions): Promise<StaffCreated>;
    /**
     * Changes an account (name, role, wards, disabled) or issues a new first password
     * (`reset_password: true`). Less access or a new password signs the person out everywhere.
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * await admin.admin.staff.update(person.id, { disabled: true });
     * ```
     */
    update(id: string, change: StaffUpdateInput, options?: WriteOptions): Promise<StaffCreated>;
  };
  readonly webhooks: {
    /**
     * Every webhook subscription.
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * for await (const w of admin.admin.webhooks.list()) console.log(w.url, w.events);
     * ```
     */
    list(options?: RequestOptions): PagedList<Webhook, Page<Webhook>>;
    /**
     * Subscribes a URL to events; deliveries are signed with the `secret` of this answer (shown once).
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * const { webhook, secret } = await admin.admin.webhooks.create({ url: 'https://case.example/hooks', events: ['concern_report.created'] });
     * ```
     */
    create(input: WebhookInput, options?: WriteOptions): Promise<WebhookCreated>;
    /**
     * Ends a subscription.
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * await admin.admin.webhooks.delete(webhook.id);
     * ```
     */
    delete(id: string, options?: RequestOptions): Promise<void>;
    /**
     * A subscription's delivery log: each event, its attempts and outcome.
     *
     * `city_admin` only.
     *
     * @example
     * ```ts
     * const failed = (await admin.admin.webhooks.deliveries(webhook.id).toArray()).filter((d) => d.status === 'failed');
     * ```
     */
    deliveries(id: string, options?: RequestOptions): PagedList<WebhookDelivery, Page<WebhookDelivery>>;
  };
}

/**
 * The admin resource on an HTTP core (`@tsunagu/client/admin`), for a staff session token. With a partner's
 * secret key only `activities` calls the server (the rest rejects with `TsunaguAuthError`
 * `code: 'staff_session_required'` without a request); with a publishable key nothing does.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { adminResource } from '@tsunagu/client/admin';
 *
 * const admin = adminResource(createHttp({ baseUrl: process.env.TSUNAGU_API!, key: process.env.TSUNAGU_SESSION! }));
 * const counts = await admin.stats();
 * ```
 */
export function adminResource(http: TsunaguHttp): AdminResource {
  const staffSend = sendAs(
    http,
    ['session'],
    'staff_session_required',
    'This admin call is for signed-in staff (createStaffClient or signIn). A partner secret key manages only ' +
      'its own activities (admin.activities).',
  );
  const admin = <T>(call: Call<T>): Promise<T> => staffSend({ ...call, path: `admin/${call.path}` });
  const list = <T, P extends Page<T> = Page<T>>(
    path: string,
    schema: ResponseSchema<P>,
    params: object | undefined,
    options: RequestOptions | undefined,
  ) =>
    pagedList<T, P>((cursor) =>
      admin({ method: 'GET', path, query: toQuery(params, cursor), schema, options }),
    );
  /** An audited write the server de-duplicates by Idempotency-Key. */
  const write = <T>(
    method: 'POST' | 'PUT' | 'PATCH',
    path: string,
    body: unknown,
    schema: ResponseSchema<T>,
    options: WriteOptions | undefined,
  ) => admin({ method, path, body, keyed: true, schema, options });
  return {
    reports: {
      list: (params, options) => list<ReportSummary, ReportInbox>('reports', reportInbox, params, options),
      get: (reference, options) =>
        admin({ method: 'GET', path: `reports/${segment(reference)}`, schema: reportDetail, options }),
      setStatus: (reference, change, options) =>
        write('POST', `reports/${segment(reference)}/status`, change, reportDetail, options),
      assign: (reference, input, options) =>
        write('POST', `reports/${segment(reference)}/assign`, input, reportDetail, options),
      handOff: (reference, input, options) =>
        write('POST', `reports/${segment(reference)}/handoff`, input, reportHandoffResult, options),
    },
    colleagues: { list: (params, options) => list('colleagues', colleaguePage, params, options) },
    windows: {
      list: (options) => list('windows', windowPage, undefined, options),
      create: (input, options) => write('POST', 'windows', input, consultationWindow, options),
      put: (input, options) =>
        write('PUT', `windows/${segment(input.id)}`, input, consultationWindow, options),
      delete: (id, options) =>
        admin({ method: 'DELETE', path: `windows/${segment(id)}`, schema: null, options }),
      confirm: (id, options) =>
        admin({
          method: 'POST',
          path: `windows/${segment(id)}/confirm`,
          schema: consultationWindow,
          repeatable: true,
          options,
        }),
      import: (text, format, options) =>
        admin({
          method: 'POST',
          path: 'windows/import',
          raw: { text, type: format === 'csv' ? 'text/csv' : 'application/json' },
          schema: importResult,
          options,
        }),
      export: (options) => admin({ method: 'GET', path: 'windows/export', schema: windowsExport, options }),
    },
    activities: activitiesAdmin(managerSend(http)),
    audit: { list: (params, options) => list('audit', auditPage, params, options) },
    stats: (options) => admin({ method: 'GET', path: 'stats', schema: stats, options }),
    purge: (options) => admin({ method: 'POST', path: 'maintenance/purge', schema: purgeResult, options }),
    partners: {
      list: (options) => list('partners', partnerPage, undefined, options),
      create: (input, options) => write('POST', 'partners', input, partner, options),
      update: (id, change, options) => write('PATCH', `partners/${segment(id)}`, change, partner, options),
    },
    keys: {
      list: (params, options) => list('keys', keyPage, params, options),
      create: (input, options) => write('POST', 'keys', input, apiKeyCreated, options),
      setOrigins: (id, allowedOrigins, options) =>
        write('PATCH', `keys/${segment(id)}`, { allowed_origins: allowedOrigins }, apiKeyInfo, options),
      revoke: (id, options) => write('POST', `keys/${segment(id)}/revoke`, undefined, apiKeyInfo, options),
      rotate: (id, input, options) =>
        write('POST', `keys/${segment(id)}/rotate`, input ?? {}, apiKeyCreated, options),
    },
    staff: {
      list: (options) => list('staff', staffPage, undefined, options),
      create: (input, options) => write('POST', 'staff', input, staffCreated, options),
      update: (id, change, options) => write('PATCH', `staff/${segment(id)}`, change, staffCreated, options),
    },
    webhooks: {
      list: (options) => list('webhooks', webhookPage, undefined, options),
      create: (input, options) => write('POST', 'webhooks', input, webhookCreated, options),
      delete: (id, options) =>
        admin({ method: 'DELETE', path: `webhooks/${segment(id)}`, schema: null, options }),
      deliveries: (id, options) =>
        list(`webhooks/${segment(id)}/deliveries`, deliveryPage, undefined, options),
    },
  };
}
