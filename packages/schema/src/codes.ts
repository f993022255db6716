// Stable codes shared by the API, the SDK and the widgets. Codes, never sentences: the widgets'
// message catalogues turn them into words in each locale. Defined by domain in ./codes/.
import type { ACCESSIBILITY, CONTACT_MODES, PROGRAMS, WINDOW_NOTES } from './codes/windows.js';
import type { CONSENT_VALUES, GUIDANCE_CODES, REPORTER_ROLES } from './codes/reports.js';
import type { PARTNER_TYPES, WEBHOOK_EVENTS } from './codes/access.js';
import type { ERROR_CODES, FIELD_ERROR_CODES } from './codes/errors.js';

export { DANGER_KINDS, AGE_GROUPS, SIGNS, CONCERNS } from './triage.js';
export * from './codes/windows.js';
export * from './codes/reports.js';
export * from './codes/activities.js';
export * from './codes/access.js';
export * from './codes/errors.js';

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
export type ErrorCode = (typeof ERROR_CODES)[number];
export type ReporterRole = (typeof REPORTER_ROLES)[number];
export type ConsentValue = (typeof CONSENT_VALUES)[number];
export type ContactMode = (typeof CONTACT_MODES)[number];
export type AccessibilityCode = (typeof ACCESSIBILITY)[number];
export type GuidanceCode = (typeof GUIDANCE_CODES)[number];
export type ProgramCode = (typeof PROGRAMS)[number];
export type WindowNoteCode = (typeof WINDOW_NOTES)[number];
export type PartnerType = (typeof PARTNER_TYPES)[number];
