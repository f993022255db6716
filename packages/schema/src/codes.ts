// Stable codes shared by the API, the SDK and the widgets. Codes, never sentences: the widgets'
// message catalogues turn them into words in each locale.
export { DANGER_KINDS, AGE_GROUPS, SIGNS, CONCERNS } from './triage.js';

/** Open Referral–style weekday codes (RRULE BYDAY). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The 18 wards of Yokohama, the shipped default data. Other cities bring their own ward ids. */
export const YOKOHAMA_WARD_IDS = [
  'tsurumi',
  'kanagawa',
  'nishi',
  'naka',
  'minami',
  'hodogaya',
  'isogo',
  'kanazawa',
  'kohoku',
  'totsuka',
  'konan',
  'asahi',
  'midori',
  'seya',
  'sakae',
  'izumi',
  'aoba',
  'tsuzuki',
] as const;

/** How a window can be reached. 'mail' means e-mail (メール). */
export const CONTACT_MODES = ['phone', 'visit', 'online', 'mail'] as const;
export const PHONE_KINDS = ['voice', 'fax', 'text', 'tty'] as const;
/** 'writing' = 筆談 (conversation in writing). */
export const ACCESSIBILITY = [
  'wheelchair',
  'writing',
  'sign_language',
  'hearing_loop',
  'interpreter',
  'braille',
  'private_room',
] as const;
/** Why a window's data may need care: shown as a small note next to it. */
export const WINDOW_NOTES = [
  'hours_unverified', // hours taken from public pages but not confirmed with the operator
  'hours_vary', // hours differ by day or season: call to check
  'not_24h_every_day', // a line that is 24 h only on some days
  'free_call', // toll-free
  'paid_call', // navi-dial or ordinary charges
  'foreign_languages_available',
  'anonymous_ok',
  'sample_data',
  'main_switchboard', // the number is the office's switchboard: ask for the named section
] as const;
export const WINDOW_KINDS = ['office', 'line'] as const;

/** Programs of the 生活困窮者自立支援法 (DESIGN.md §6), used as window description codes and as guidance. */
export const PROGRAMS = [
  'independence_consultation', // 自立相談支援事業 — the default for any concern
  'housing_benefit', // 住居確保給付金
  'work_readiness', // 就労準備支援事業
  'supported_work', // 認定就労訓練事業 (中間的就労)
  'household_finance', // 家計改善支援事業
  'temporary_shelter', // 一時生活支援事業
  'child_learning', // 子どもの学習・生活支援事業
] as const;

export const REPORTER_ROLES = ['self', 'family', 'neighbour', 'business', 'school', 'npo', 'other'] as const;
export const REPORT_PATHS = ['self', 'about_someone'] as const;
export const REPORT_CONTEXTS = ['general', 'school'] as const;
export const CONSENT_VALUES = ['yes', 'not_asked', 'no', 'cannot_ask'] as const;
export const DANGER_NOW = ['yes', 'no', 'unsure'] as const;
export const TIME_WINDOWS = ['any', 'morning', 'afternoon', 'evening', 'weekday_daytime'] as const;
/** Signs a school notices (school referral variant). */
export const SCHOOL_SIGNS = [
  'frequent_absence',
  'late_often',
  'no_lunch_money',
  'unpaid_school_fees',
  'hygiene',
  'hunger',
  'tiredness',
  'caring_for_family',
  'no_supplies',
  'injuries',
  'other',
] as const;
export const REPORT_STATUSES = ['received', 'acknowledged', 'connected', 'closed'] as const;
/** What the receipt tells the reporter happens next (each a catalogue key in the widgets). */
export const GUIDANCE_CODES = [
  'call_emergency_now', // danger now: 110 / 119 first
  'call_child_abuse_line', // 189
  'call_suicide_lines', // いのちの電話 / よりそいホットライン
  'ward_team_will_review', // the ward's 生活支援課 reads the report
  'ward_will_contact_you', // consent given and a way to contact
  'person_choice_respected', // no consent: recorded as a concern for the ward team to judge
  'school_routed_child_family_support', // school context: also こども家庭支援
  'keep_reference_for_status', // keep the reference and check code
  'anonymous_no_contact', // anonymous: the ward cannot call back
  'food_support', // food noticed (a hungry child, no lunch money): the ward can connect to food support
] as const;

export const ACTIVITY_TYPES = [
  'watch',
  'business_watch',
  'food_support',
  'community_place',
  'study_support',
  'work_experience',
  'training',
] as const;
export const SIGNUP_KINDS = ['person', 'organisation'] as const;
export const SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
/** What a sign-up form must ask for an activity ("ask only what the activity needs"). */
export const SIGNUP_FIELDS = ['phone', 'email', 'age', 'address_ward', 'experience', 'languages'] as const;

/** Events a city's system can subscribe to (webhooks): ids and status only, never content. */
export const WEBHOOK_EVENTS = [
  'concern_report.created',
  'concern_report.status_changed',
  'signup.created',
  'signup.cancelled',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const PARTNER_TYPES = ['shop', 'company', 'facility', 'npo', 'school', 'city', 'other'] as const;
export const KEY_KINDS = ['publishable', 'secret'] as const;

export const ERROR_TYPES = [
  'validation_error',
  'authentication_error',
  'permission_error',
  'not_found',
  'conflict',
  'rate_limited',
  'idempotency_error',
  'server_error',
] as const;

/** Field error codes (`error.fields[].code`). The widgets translate these; keep them stable. */
export const FIELD_ERROR_CODES = [
  'required',
  'too_long',
  'too_short',
  'too_many',
  'too_few',
  'too_large',
  'too_small',
  'invalid_type',
  'not_a_number', // a count or an age that cannot be read as a whole number
  'nothing_noticed', // an empty concern report: nothing ticked and no words
  'invalid_choice',
  'invalid_format',
  'invalid_phone',
  'invalid_email',
  'invalid_date',
  'invalid_time',
  'invalid_url',
  'invalid_language',
  'invalid_coordinates',
  'unknown_field',
  'consent_required',
  'guardian_consent_required',
  'terms_required',
  'contact_required',
  'not_allowed',
  'too_young',
  'ends_before_start',
  'unknown_ward',
  'unknown_town',
  'ambiguous_town', // the name exists in several wards: ask for the ward
  'unknown_activity',
  'not_enough_seats',
  'invalid',
] as const;

/** Top-level error codes (`error.code`) the reference server uses. */
export const ERROR_CODES = [
  'invalid_request',
  'malformed_json',
  'unsupported_media_type',
  'body_too_large',
  'missing_key',
  'missing_credentials',
  'invalid_key',
  'origin_not_allowed',
  'secret_key_from_browser',
  'secret_key_required',
  'key_revoked',
  'key_expired',
  'session_expired',
  'invalid_session',
  'invalid_credentials',
  'second_factor_required',
  'second_factor_invalid',
  'too_many_attempts',
  'account_disabled',
  'role_not_allowed',
  'ward_not_allowed',
  'not_owner',
  'csrf_token_invalid',
  'actor_mismatch',
  'cross_site_request',
  'bearer_session_from_browser',
  'not_found',
  'idempotency_key_required',
  'idempotency_key_invalid',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'rate_limited',
  'activity_not_bookable',
  'already_cancelled',
  'conflict',
  'storage_unavailable',
  'internal',
] as const;

/** Name of the honeypot field on public forms: humans never see it, bots fill it. */
export const HONEYPOT_FIELD = 'website' as const;
/** Max length of the short free text in a concern report (keep it short: no health details unless needed). */
export const FREE_TEXT_MAX = 800;

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
