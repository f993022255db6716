// /v1/admin/…: staff and partner back-ends with a secret key (refused from browsers, by the SDK and the server).
/**
 * `@tsunagu/client/admin`: the admin resource alone, on a core from `@tsunagu/client/core`.
 *
 * @module admin
 */
import {
  activity,
  auditEntry,
  consultationWindow,
  page,
  reportDetail,
  reportSummary,
  stats,
  windowsExport,
  type Activity,
  type ActivityInput,
  type AuditEntry,
  type ConsultationWindow,
  type Page,
  type ReportDetail,
  type ReportStatus,
  type ReportStatusChange,
  type ReportSummary,
  type Stats,
  type WindowInput,
  type WindowsExport,
} from '@tsunagu/schema';
import { TsunaguAuthError } from '../errors.js';
import type { TsunaguHttp } from '../create-http.js';
import type { Call, RequestOptions, ResponseSchema, WriteOptions } from '../http.js';
import { pagedList, type PagedList } from '../pagination.js';
import { segment, toQuery } from '../query.js';

const reportPage = page(reportSummary);
const auditPage = page(auditEntry);
const windowPage = page(consultationWindow);

/** The contract has no schema for these two small bodies (yet): a structural check with the same error path. */
function plainObject<T>(fields: Record<keyof T & string, 'number' | 'string[]'>): ResponseSchema<T> {
  return {
    safeParse(data) {
      const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
      const bad = Object.entries(fields).find(([name, kind]) =>
        kind === 'number'
          ? typeof record[name] !== 'number'
          : !(Array.isArray(record[name]) && (record[name] as unknown[]).every((v) => typeof v === 'string')),
      );
      return bad
        ? { success: false, error: { issues: [{ path: [bad[0]], message: `expected ${String(bad[1])}` }] } }
        : { success: true, data: record as T };
    },
  };
}

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
const importResult = plainObject<WindowImportResult>({ imported: 'number', ids: 'string[]' });
const purgeResult = plainObject<PurgeResult>({
  purged_reports: 'number',
  purged_signups: 'number',
  purged_idempotency: 'number',
});

/**
 * Filters of the reports inbox.
 *
 * @example
 * ```ts
 * const params: ReportInboxParams = { ward: 'naka', status: ['received'], urgent: true };
 * ```
 */
export interface ReportInboxParams {
  ward?: string;
  status?: ReportStatus[];
  urgent?: boolean;
  limit?: number;
}

/**
 * The admin API. Every method needs a secret key (`sk_…`); with a publishable key it rejects with a
 * `TsunaguAuthError` (`code: 'secret_key_required'`) without calling the server. Writes that the server
 * de-duplicates (status changes, creating and replacing windows and activities) send an `Idempotency-Key`
 * and are retried; deletes and imports are not retried.
 *
 * @example
 * ```ts
 * const staff = createClient({ baseUrl, key: process.env.TSUNAGU_SECRET_KEY! });
 * for await (const r of staff.admin.reports.list({ ward: 'naka', urgent: true })) console.log(r.reference, r.status);
 * await staff.admin.reports.setStatus('TK-7Q4M-9XZ2', { status: 'acknowledged', note: '電話済み' });
 * ```
 */
export interface AdminResource {
  reports: {
    /** The inbox: codes only, no free text or contact details (the listing is audited). */
    list(params?: ReportInboxParams, options?: RequestOptions): PagedList<ReportSummary, Page<ReportSummary>>;
    /** One report with its decrypted content (the read is audited). */
    get(reference: string, options?: RequestOptions): Promise<ReportDetail>;
    /** Changes the status, with an optional note (audited); returns the report as it now is. */
    setStatus(reference: string, change: ReportStatusChange, options?: WriteOptions): Promise<ReportDetail>;
  };
  windows: {
    /** Every window (one page). */
    list(options?: RequestOptions): PagedList<ConsultationWindow, Page<ConsultationWindow>>;
    /** Creates a window (a `TsunaguConflictError` when the id exists: use `put`). */
    create(input: WindowInput, options?: WriteOptions): Promise<ConsultationWindow>;
    /** Creates or replaces the window with `input.id`. */
    put(input: WindowInput, options?: WriteOptions): Promise<ConsultationWindow>;
    delete(id: string, options?: RequestOptions): Promise<void>;
    /** Imports windows from CSV or HSDS-shaped JSON text (upserts by id). */
    import(text: string, format: 'csv' | 'json', options?: RequestOptions): Promise<WindowImportResult>;
    /** The static file a city can host for the finder's static mode. */
    export(options?: RequestOptions): Promise<WindowsExport>;
  };
  activities: {
    /** Creates an activity (a `TsunaguConflictError` when the id exists: use `put`). */
    create(input: ActivityInput, options?: WriteOptions): Promise<Activity>;
    /** Creates or replaces the activity with `input.id` (a larger capacity promotes from the waitlist). */
    put(input: ActivityInput, options?: WriteOptions): Promise<Activity>;
    delete(id: string, options?: RequestOptions): Promise<void>;
    /** The session's roster as CSV text (the export is audited). */
    roster(id: string, options?: RequestOptions): Promise<string>;
  };
  audit: {
    /** Audit entries; `target_id` narrows to one report, window or activity. */
    list(
      params?: { target_id?: string; limit?: number },
      options?: RequestOptions,
    ): PagedList<AuditEntry, Page<AuditEntry>>;
  };
  /** Counts only (no row-level data), for a city dashboard. */
  stats(options?: RequestOptions): Promise<Stats>;
  /** Runs the retention purge now (the server also runs it hourly). */
  purge(options?: RequestOptions): Promise<PurgeResult>;
}

/**
 * The admin resource on an HTTP core (`@tsunagu/client/admin`). With a publishable key every method rejects
 * with `TsunaguAuthError` (`code: 'secret_key_required'`) without calling the server.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { adminResource } from '@tsunagu/client/admin';
 *
 * const admin = adminResource(createHttp({ baseUrl: process.env.TSUNAGU_API!, key: process.env.TSUNAGU_SECRET_KEY! }));
 * const counts = await admin.stats();
 * ```
 */
export function adminResource({ send, isSecretKey }: TsunaguHttp): AdminResource {
  const admin = <T>(call: Call<T>): Promise<T> =>
    isSecretKey
      ? send({ ...call, path: `admin/${call.path}` })
      : Promise.reject(
          new TsunaguAuthError({
            type: 'permission_error',
            code: 'secret_key_required',
            message: 'The admin API needs a secret key (sk_…); this client has a publishable key.',
          }),
        );
  const list = <T>(
    path: string,
    schema: ResponseSchema<Page<T>>,
    params: object | undefined,
    options: RequestOptions | undefined,
  ) =>
    pagedList<T, Page<T>>((cursor) =>
      admin({ method: 'GET', path, query: toQuery(params, cursor), schema, options }),
    );
  return {
    reports: {
      list: (params, options) => list('reports', reportPage, params, options),
      get: (reference, options) =>
        admin({ method: 'GET', path: `reports/${segment(reference)}`, schema: reportDetail, options }),
      setStatus: (reference, change, options) =>
        admin({
          method: 'POST',
          path: `reports/${segment(reference)}/status`,
          body: change,
          keyed: true,
          schema: reportDetail,
          options,
        }),
    },
    windows: {
      list: (options) => list('windows', windowPage, undefined, options),
      create: (input, options) =>
        admin({
          method: 'POST',
          path: 'windows',
          body: input,
          keyed: true,
          schema: consultationWindow,
          options,
        }),
      put: (input, options) =>
        admin({
          method: 'PUT',
          path: `windows/${segment(input.id)}`,
          body: input,
          keyed: true,
          schema: consultationWindow,
          options,
        }),
      delete: (id, options) =>
        admin({ method: 'DELETE', path: `windows/${segment(id)}`, schema: null, options }),
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
    activities: {
      create: (input, options) =>
        admin({ method: 'POST', path: 'activities', body: input, keyed: true, schema: activity, options }),
      put: (input, options) =>
        admin({
          method: 'PUT',
          path: `activities/${segment(input.id)}`,
          body: input,
          keyed: true,
          schema: activity,
          options,
        }),
      delete: (id, options) =>
        admin({ method: 'DELETE', path: `activities/${segment(id)}`, schema: null, options }),
      roster: (id, options) =>
        admin({ method: 'GET', path: `activities/${segment(id)}/roster`, schema: 'text', options }),
    },
    audit: { list: (params, options) => list('audit', auditPage, params, options) },
    stats: (options) => admin({ method: 'GET', path: 'stats', schema: stats, options }),
    purge: (options) => admin({ method: 'POST', path: 'maintenance/purge', schema: purgeResult, options }),
  };
}
