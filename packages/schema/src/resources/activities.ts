// Activities and sessions people and organisations can join, and sign-ups with capacity and a waitlist.
import * as z from 'zod/mini';
import { ACTIVITY_TYPES, HONEYPOT_FIELD, SIGNUP_FIELDS, SIGNUP_KINDS, SIGNUP_STATUSES } from '../codes.js';
import {
  email,
  isoDate,
  isoDateTime,
  languageTag,
  latitude,
  longitude,
  optionalText,
  pageLimit,
  phoneNumber,
  resourceId,
  text,
  wardId,
} from './common.js';

export const activityType = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof activityType>;

export const activityPlace = z.object({
  name: text(120),
  address: optionalText(200),
  lat: z.optional(z.nullable(latitude)),
  lng: z.optional(z.nullable(longitude)),
});
export const activityRequirements = z.object({
  /** minimum age to take part, null = none */
  min_age: z.optional(z.nullable(z.int().check(z.gte(0, 'too_small'), z.lte(120, 'too_large')))),
  /** under this age a guardian's consent is needed (default 18) */
  guardian_consent_under: z.optional(z.int().check(z.gte(0, 'too_small'), z.lte(20, 'too_large'))),
  /** the activity id of a training session to take first, or true when any 研修 is needed */
  training_first: z.optional(z.boolean()),
  /** requirement codes (e.g. 'background_check', 'own_transport'), never sentences */
  codes: z.optional(z.array(z.string().check(z.maxLength(40, 'too_long')))),
});

const activityFields = {
  id: resourceId,
  type: activityType,
  title: text(120),
  title_en: optionalText(160),
  summary: optionalText(600),
  organizer: text(120),
  ward_id: wardId,
  starts_at: isoDateTime,
  ends_at: isoDateTime,
  /** null when online only */
  place: z.nullable(activityPlace),
  online: z.boolean(),
  capacity: z.int().check(z.gte(1, 'too_small'), z.lte(10000, 'too_large')),
  requirements: activityRequirements,
  /** what the sign-up form must ask, beyond a name and one way to contact */
  signup_fields: z.array(z.enum(SIGNUP_FIELDS)),
  /** organisations may sign up several people */
  allow_organisations: z.boolean(),
  languages: z.array(languageTag),
  sample: z.boolean(),
};

/** Admin create / replace input. */
export const activityInput = z.strictObject(activityFields).check(
  z.superRefine((a, ctx) => {
    if (Date.parse(a.ends_at) <= Date.parse(a.starts_at))
      ctx.addIssue({ code: 'custom', path: ['ends_at'], message: 'ends_before_start', input: a.ends_at });
    if (!a.place && !a.online)
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'required', input: a.place });
  }),
);
export type ActivityInput = z.input<typeof activityInput>;

export const activity = z.object({
  ...activityFields,
  seats_left: z.int(),
  waitlist_count: z.int(),
  updated_at: isoDateTime,
});
export type Activity = z.infer<typeof activity>;

/** Query of GET /v1/activities (from/to are dates, Tokyo time, inclusive). */
export const activitySearchParams = z.strictObject({
  ward: z.optional(wardId),
  type: z.optional(z.array(activityType)),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  limit: z.optional(pageLimit),
  cursor: z.optional(z.string().check(z.maxLength(200, 'too_long'))),
});
export type ActivitySearchParams = z.infer<typeof activitySearchParams>;

/**
 * POST /v1/signups body. Rules: a name and at least one of phone/email (email: contact_required);
 * organisations give organisation_name and a headcount; terms_accepted must be true.
 * The activity's own rules (who gives an age, the guardian age, required fields, seats) are
 * `signupRuleErrors` in rules/signup.ts, called by the widget and the server alike.
 */
export const signupInput = z
  .strictObject({
    activity_id: resourceId,
    kind: z.enum(SIGNUP_KINDS),
    name: text(60),
    email: z.optional(email),
    phone: z.optional(phoneNumber),
    age: z.optional(z.int().check(z.gte(0, 'too_small'), z.lte(120, 'too_large'))),
    guardian_consent: z.optional(z.boolean()),
    guardian_name: optionalText(60),
    organisation_name: optionalText(100),
    headcount: z.optional(z.int().check(z.gte(1, 'too_small'), z.lte(50, 'too_large'))),
    address_ward: z.optional(wardId),
    languages: z.optional(z.array(languageTag).check(z.maxLength(5, 'too_many'))),
    experience: optionalText(400),
    terms_accepted: z.boolean(),
    [HONEYPOT_FIELD]: z.optional(z.string().check(z.maxLength(200, 'too_long'))),
  })
  .check(
    z.superRefine((s, ctx) => {
      const issue = (path: PropertyKey[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message, input: s });
      if (!s.email && !s.phone) issue(['email'], 'contact_required');
      if (!s.terms_accepted) issue(['terms_accepted'], 'terms_required');
      if (s.kind === 'organisation') {
        if (!s.organisation_name) issue(['organisation_name'], 'required');
      } else {
        if (s.headcount !== undefined && s.headcount !== 1) issue(['headcount'], 'not_allowed');
        if (s.organisation_name) issue(['organisation_name'], 'not_allowed');
      }
    }),
  );
export type SignupInput = z.input<typeof signupInput>;

export const signupStatus = z.enum(SIGNUP_STATUSES);
export type SignupStatus = z.infer<typeof signupStatus>;

/** 201 response of POST /v1/signups; keep cancel_token: it is the only way to cancel. */
export const signupResult = z.object({
  id: z.string(),
  activity_id: z.string(),
  status: signupStatus,
  /** 1-based place in the waitlist when waitlisted */
  waitlist_position: z.optional(z.int()),
  headcount: z.int(),
  cancel_token: z.string(),
  created_at: isoDateTime,
});
export type SignupResult = z.infer<typeof signupResult>;

/** GET /v1/signups/{id}?token=… and POST /v1/signups/{id}/cancel response (no cancel token echoed). */
export const signupState = z.object({
  id: z.string(),
  activity_id: z.string(),
  status: signupStatus,
  waitlist_position: z.optional(z.int()),
  headcount: z.int(),
});
export type SignupState = z.infer<typeof signupState>;

/** POST /v1/signups/{id}/cancel body (the token may also come as ?token= from the link). */
export const signupCancelInput = z.strictObject({
  cancel_token: z.optional(z.string().check(z.maxLength(100, 'too_long'))),
});
