// POST /v1/concern-reports and GET /v1/concern-reports/{reference}/status.
/**
 * `@tsunagu/client/concern-reports`: the concern-reports resource alone, on a core from `@tsunagu/client/core`.
 *
 * @module concern-reports
 */
import {
  concernReportReceipt,
  concernReportStatus,
  normalizeReference,
  type ConcernReportInput,
  type ConcernReportReceipt,
  type ConcernReportStatus,
} from '@tsunagu/schema';
import type { TsunaguHttp } from '../create-http.js';
import type { RequestOptions, WriteOptions } from '../http.js';
import { segment } from '../query.js';

/**
 * Concern reports (気づき): a person asking for help, or someone who noticed something about another person.
 *
 * @example
 * ```ts
 * const receipt = await client.concernReports.create({
 *   path: 'about_someone', reporter_role: 'school', context: 'school', danger_now: 'no', ward_id: 'naka',
 *   consent: 'not_asked', school: { school_name: '〇〇小学校', absent_days_last_30: 8 },
 * });
 * console.log(receipt.reference, receipt.check_code); // keep both to check the status later
 * const { status } = await client.concernReports.status(receipt.reference, receipt.check_code);
 * ```
 */
export interface ConcernReportsResource {
  /**
   * Sends a report. Safe to retry: the SDK sends an `Idempotency-Key` (pass your own to survive a restart)
   * and the server keeps exactly one report per key. Field problems throw `TsunaguValidationError` with codes.
   */
  create(input: ConcernReportInput, options?: WriteOptions): Promise<ConcernReportReceipt>;
  /** Where a report stands, from its reference (any spelling: `tk7q4m9xz2` works) and check code. Never its content. */
  status(reference: string, checkCode: string, options?: RequestOptions): Promise<ConcernReportStatus>;
}

/**
 * The concern-reports resource on an HTTP core: what `@tsunagu/client/concern-reports` offers a bundle that needs nothing else.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { concernReportsResource } from '@tsunagu/client/concern-reports';
 *
 * const reports = concernReportsResource(createHttp({ baseUrl: 'https://api.tsunagu.example', key: 'pk_…' }));
 * const receipt = await reports.create(input); // one Idempotency-Key, the same on every retry
 * ```
 */
export const concernReportsResource = ({ send }: TsunaguHttp): ConcernReportsResource => ({
  create: (input, options) =>
    send({
      method: 'POST',
      path: 'concern-reports',
      body: input,
      keyed: true,
      schema: concernReportReceipt,
      options,
    }),
  status: (reference, checkCode, options) =>
    send({
      method: 'GET',
      path: `concern-reports/${segment(normalizeReference(reference))}/status`,
      headers: { 'x-check-code': checkCode.trim().toUpperCase() },
      schema: concernReportStatus,
      options,
    }),
});
