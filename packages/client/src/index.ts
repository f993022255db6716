// @tsunagu/client — the typed SDK for the tsunagu API, for browsers and Node 20.
export { createClient, type TsunaguClient } from './client.js';
export {
  createStaffClient,
  signIn,
  type SignedInStaffClient,
  type StaffClient,
  type StaffClientOptions,
} from './staff-client.js';
// The HTTP core, the error classes and the shared types: one list, in ./core.ts.
export * from './core.js';
export type { AreasResource, AreasListOptions } from './resources/areas.js';
export type { PartnerResource } from './resources/partner.js';
export type { WindowsResource, WindowListParams } from './resources/windows.js';
export type { ConcernReportsResource } from './resources/concern-reports.js';
export type { ActivitiesResource, ActivityListParams } from './resources/activities.js';
export type { SignupsResource } from './resources/signups.js';
export type {
  ActivitiesAdmin,
  AdminActivityListParams,
  AdminResource,
  AuditListParams,
  Colleague,
  KeyListParams,
  KeyRotateInput,
  PartnerAdminResource,
  PartnerChange,
  PartnerInput,
  PurgeResult,
  ReportAssignInput,
  ReportHandoffInput,
  ReportHandoffResult,
  ReportInboxParams,
  WebhookCreated,
  WebhookInput,
  WindowImportResult,
} from './resources/admin.js';
export type {
  AuthResource,
  PasswordChange,
  PasswordChangeResult,
  SignInOptions,
  SignOutEverywhereResult,
  StartedSession,
} from './resources/auth.js';
// The contract's types, so SDK users need only this package.
export type {
  Activity,
  ActivityInput,
  ApiKeyCreated,
  ApiKeyInfo,
  AreasResponse,
  AuditEntry,
  ConcernReportInput,
  ConcernReportReceipt,
  ConcernReportStatus,
  ConsultationWindow,
  FieldError,
  KeyCreateInput,
  Page,
  Partner,
  PartnerInfo,
  PartnerType,
  ReportDetail,
  ReportEvent,
  ReportInbox,
  ReportStatus,
  ReportStatusChange,
  ReportSummary,
  Role,
  SessionInfo,
  SignupInput,
  SignupResult,
  SignupState,
  StaffAccount,
  StaffCreated,
  StaffCreateInput,
  StaffRole,
  StaffUpdateInput,
  Stats,
  Town,
  Ward,
  Webhook,
  WebhookDelivery,
  WebhookEvent,
  WindowInput,
  WindowResult,
  WindowSearchContext,
  WindowSearchParams,
  WindowSearchResponse,
  WindowsExport,
} from '@tsunagu/schema';
