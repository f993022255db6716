// @tsunagu/client — the typed SDK for the tsunagu API, for browsers and Node 20.
export { createClient, type TsunaguClient } from './client.js';
// The HTTP core, the error classes and the shared types: one list, in ./core.ts.
export * from './core.js';
export type { AreasResource, AreasListOptions } from './resources/areas.js';
export type { WindowsResource, WindowListParams } from './resources/windows.js';
export type { ConcernReportsResource } from './resources/concern-reports.js';
export type { ActivitiesResource, ActivityListParams } from './resources/activities.js';
export type { SignupsResource } from './resources/signups.js';
export type { AdminResource, ReportInboxParams, WindowImportResult, PurgeResult } from './resources/admin.js';
// The contract's types, so SDK users need only this package.
export type {
  Activity,
  ActivityInput,
  AreasResponse,
  AuditEntry,
  ConcernReportInput,
  ConcernReportReceipt,
  ConcernReportStatus,
  ConsultationWindow,
  FieldError,
  Page,
  ReportDetail,
  ReportStatus,
  ReportStatusChange,
  ReportSummary,
  SignupInput,
  SignupResult,
  SignupState,
  Stats,
  Town,
  Ward,
  WindowInput,
  WindowResult,
  WindowSearchContext,
  WindowSearchParams,
  WindowSearchResponse,
  WindowsExport,
} from '@tsunagu/schema';
