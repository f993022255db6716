// Who is calling: staff sign-in and sessions, staff accounts, partners and their API keys (city administrators).
import * as z from 'zod/mini';
import { KEY_KINDS, PARTNER_TYPES, WEBHOOK_EVENTS } from '../codes.js';
import { STAFF_ROLES } from '../policy.js';
import { isoDateTime, text, wardId } from './common.js';

/** Staff login names: lower-case letters, digits and `.-_@` (an e-mail address works). */
export const staffLogin = z
  .string()
  .check(
    z.minLength(3, 'too_short'),
    z.maxLength(80, 'too_long'),
    z.regex(/^[a-z0-9][a-z0-9._@-]*$/, 'invalid_format'),
  );
/** A password a person chooses: 12–200 characters (length is what protects; no composition rules). */
export const staffPassword = z.string().check(z.minLength(12, 'too_short'), z.maxLength(200, 'too_long'));
/** A 6-digit code from an authenticator app (spaces allowed, as apps show them). */
export const totpCode = z.string().check(z.regex(/^\s*\d{3}\s?\d{3}\s*$/, 'invalid_format'));

/** POST /v1/auth/login */
export const loginInput = z.strictObject({
  login: z.string().check(z.minLength(1, 'required'), z.maxLength(80, 'too_long')),
  password: z.string().check(z.minLength(1, 'required'), z.maxLength(200, 'too_long')),
  totp_code: z.optional(totpCode),
  /**
   * `cookie` (default; browsers: an HttpOnly cookie, nothing readable by scripts) or `bearer` (servers and
   * scripts without a browser: the session token in the body, sent back as `Authorization: Bearer ss_…`;
   * refused when the request comes from a browser page).
   */
  session_delivery: z.optional(z.enum(['cookie', 'bearer'])),
});
export type LoginInput = z.infer<typeof loginInput>;

export const staffRole = z.enum(STAFF_ROLES);

/** A staff account as administrators and the person see it (never the password hash or TOTP secret). */
export const staffAccount = z.object({
  id: z.string(),
  login: z.string(),
  display_name: z.string(),
  role: staffRole,
  /** the wards a ward staff member works for (empty for other roles) */
  wards: z.array(wardId),
  totp_enabled: z.boolean(),
  disabled: z.boolean(),
  created_at: isoDateTime,
});
export type StaffAccount = z.infer<typeof staffAccount>;

/** The current session (GET /v1/auth/session, and the body of a successful sign-in). */
export const sessionInfo = z.object({
  staff: staffAccount,
  /** send it as `X-CSRF-Token` on every state-changing request made with the session cookie */
  csrf_token: z.string(),
  /** the session ends after this much inactivity… */
  idle_expires_at: isoDateTime,
  /** …and at this time whatever happens */
  expires_at: isoDateTime,
  /** only with `session_delivery: 'bearer'`: the token to send as `Authorization: Bearer …` */
  session_token: z.optional(z.string()),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

/** POST /v1/admin/staff */
export const staffCreateInput = z.strictObject({
  login: staffLogin,
  display_name: text(80),
  role: staffRole,
  wards: z.optional(z.array(wardId).check(z.maxLength(50, 'too_many'))),
});
export type StaffCreateInput = z.infer<typeof staffCreateInput>;

/** PATCH /v1/admin/staff/{id} */
export const staffUpdateInput = z.strictObject({
  display_name: z.optional(text(80)),
  role: z.optional(staffRole),
  wards: z.optional(z.array(wardId).check(z.maxLength(50, 'too_many'))),
  disabled: z.optional(z.boolean()),
  /** issue a new first password (shown once) and sign the person out everywhere */
  reset_password: z.optional(z.boolean()),
});
export type StaffUpdateInput = z.infer<typeof staffUpdateInput>;

/** A second factor to enrol: the secret once, as a URI for authenticator apps and as text. */
export const totpEnrolment = z.object({ otpauth_uri: z.string(), secret: z.string() });
export type TotpEnrolment = z.infer<typeof totpEnrolment>;

/** The answer to creating a staff account or resetting a password: the first password is shown once. */
export const staffCreated = z.object({
  staff: staffAccount,
  first_password: z.optional(z.string()),
  /** administrators always get a second factor; enrol it in an authenticator app now */
  totp: z.optional(totpEnrolment),
});
export type StaffCreated = z.infer<typeof staffCreated>;

/** POST /v1/auth/logout-everywhere */
export const signedOutEverywhere = z.object({ sessions_ended: z.int() });
/** POST /v1/auth/password */
export const passwordChangeInput = z.strictObject({
  current_password: z.string().check(z.minLength(1, 'required'), z.maxLength(200, 'too_long')),
  new_password: staffPassword,
});
export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;
export const passwordChanged = z.object({ other_sessions_ended: z.int() });
/** POST /v1/auth/totp/confirm */
export const totpConfirmInput = z.strictObject({ totp_code: totpCode });

export const partner = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(PARTNER_TYPES),
  /** the ward the partner is in (its help card and report form default to it), or null */
  ward_id: z.nullable(z.string()),
  created_at: isoDateTime,
});
export type Partner = z.infer<typeof partner>;
/** POST /v1/admin/partners */
export const partnerInput = z.strictObject({
  name: text(120),
  type: z.enum(PARTNER_TYPES),
  ward_id: z.optional(z.nullable(wardId)),
});
export type PartnerInput = z.infer<typeof partnerInput>;
/** PATCH /v1/admin/partners/{id}: what is given changes; `ward_id: null` clears the ward. */
export const partnerUpdateInput = z.strictObject({
  name: z.optional(text(120)),
  type: z.optional(z.enum(PARTNER_TYPES)),
  ward_id: z.optional(z.nullable(wardId)),
});
export type PartnerUpdateInput = z.infer<typeof partnerUpdateInput>;

const origin = z.string().check(z.regex(/^(\*|https?:\/\/[^/\s?#]+)$/, 'invalid_url'));
const origins = z.array(origin).check(z.maxLength(50, 'too_many'));

/** An API key as administrators see it: never the key itself (only its first characters). */
export const apiKeyInfo = z.object({
  id: z.string(),
  partner_id: z.string(),
  kind: z.enum(KEY_KINDS),
  /** the first characters, to recognise a key (pk_ab12…) */
  prefix: z.string(),
  allowed_origins: z.array(z.string()),
  created_at: isoDateTime,
  revoked_at: z.nullable(isoDateTime),
  /** set when the key was rotated: it keeps working until then */
  expires_at: z.nullable(isoDateTime),
  /** the key that replaced this one */
  replaced_by: z.nullable(z.string()),
  state: z.enum(['active', 'expiring', 'expired', 'revoked']),
});
export type ApiKeyInfo = z.infer<typeof apiKeyInfo>;

/** A new key: the plain value is in this answer and nowhere else, ever. */
export const apiKeyCreated = z.object({ key: apiKeyInfo, plain_key: z.string() });
export type ApiKeyCreated = z.infer<typeof apiKeyCreated>;

/** POST /v1/admin/keys */
export const keyCreateInput = z.strictObject({
  partner_id: z.string().check(z.minLength(1, 'required'), z.maxLength(64, 'too_long')),
  kind: z.enum(KEY_KINDS),
  allowed_origins: z.optional(origins),
});
export type KeyCreateInput = z.infer<typeof keyCreateInput>;
/** PATCH /v1/admin/keys/{id} */
export const keyUpdateInput = z.strictObject({ allowed_origins: origins });
export type KeyUpdateInput = z.infer<typeof keyUpdateInput>;
/** POST /v1/admin/keys/{id}/rotate: how long the old key keeps working beside the new one (default 24 h). */
export const keyRotateInput = z.strictObject({
  overlap_hours: z.optional(z.int().check(z.gte(0, 'too_small'), z.lte(24 * 30, 'too_large'))),
});
export type KeyRotateInput = z.infer<typeof keyRotateInput>;

/** A webhook subscription (city administrators): where events go and which. */
export const webhook = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  created_at: isoDateTime,
  disabled: z.boolean(),
});
export type Webhook = z.infer<typeof webhook>;
/** POST /v1/admin/webhooks: https (or http on loopback, for development) */
export const webhookInput = z.strictObject({
  url: z
    .string()
    .check(
      z.maxLength(500, 'too_long'),
      z.regex(
        /^(https:\/\/[^\s/?#]+|http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?)(\/\S*)?$/,
        'invalid_url',
      ),
    ),
  events: z.array(z.enum(WEBHOOK_EVENTS)).check(z.minLength(1, 'required')),
});
export type WebhookInput = z.infer<typeof webhookInput>;
/** The new subscription and its signing secret, shown once. */
export const webhookCreated = z.object({ webhook, secret: z.string() });
export type WebhookCreated = z.infer<typeof webhookCreated>;
/** One event's delivery to one subscription, for the delivery log. */
export const webhookDelivery = z.object({
  event_id: z.string(),
  type: z.enum(WEBHOOK_EVENTS),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.int(),
  last_status_code: z.nullable(z.int()),
  last_error: z.nullable(z.string()),
  next_attempt_at: z.nullable(isoDateTime),
  delivered_at: z.nullable(isoDateTime),
  created_at: isoDateTime,
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;
