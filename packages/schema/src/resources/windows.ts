// Consultation windows, shaped after Open Referral HSDS (service + location + phones + schedules +
// service_area + taxonomy) but our own schema. `hours` mirrors hours.ts's OpeningHours field by field.
import * as z from 'zod/mini';
import {
  ACCESSIBILITY,
  CONCERNS,
  CONTACT_MODES,
  PHONE_KINDS,
  PROGRAMS,
  WEEKDAYS,
  WINDOW_KINDS,
  WINDOW_NOTES,
} from '../codes.js';
import {
  hhmm,
  isoDate,
  isoDateTime,
  languageTag,
  latitude,
  longitude,
  optionalText,
  pageLimit,
  phoneNumber,
  resourceId,
  source,
  text,
  wardId,
} from './common.js';

export const weekday = z.enum(WEEKDAYS);
export const openingSchedule = z.object({
  byday: z.array(weekday).check(z.minLength(1, 'required')),
  opens_at: hhmm,
  closes_at: hhmm,
  valid_from: z.optional(z.nullable(isoDate)),
  valid_to: z.optional(z.nullable(isoDate)),
});
export const scheduleException = z.object({
  date: isoDate,
  closed: z.boolean(),
  opens_at: z.optional(z.nullable(hhmm)),
  closes_at: z.optional(z.nullable(hhmm)),
});
export const openingHours = z.object({
  always_open: z.optional(z.boolean()),
  schedules: z.array(openingSchedule).check(z.maxLength(28, 'too_many')),
  closed_on_holidays: z.optional(z.boolean()),
  year_end_closure: z.optional(z.boolean()),
  exceptions: z.optional(z.array(scheduleException).check(z.maxLength(366, 'too_many'))),
});

export const phone = z.object({
  number: phoneNumber,
  kind: z.enum(PHONE_KINDS),
  free: z.optional(z.boolean()),
  /** e.g. 'press 2 for foreign languages' as a note code, not a sentence */
  note_codes: z.optional(z.array(z.enum(WINDOW_NOTES))),
});
export const windowLocation = z.object({ address: text(200), lat: latitude, lng: longitude });
export const safeLinkUrl = z
  .url('invalid_url')
  .check(
    z.maxLength(500, 'too_long'),
    z.regex(/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$))/i, 'invalid_url'),
  );

export const serviceArea = z.object({ ward_ids: z.array(wardId).check(z.minLength(1, 'required')) });

const windowFields = {
  id: resourceId,
  kind: z.enum(WINDOW_KINDS),
  name: text(120),
  name_en: optionalText(160),
  organization: text(120),
  organization_en: optionalText(160),
  /** program codes (DESIGN.md §6) describing what the window does */
  description_codes: z.array(z.enum(PROGRAMS)),
  /** concern taxonomy codes it takes; all codes = takes any consultation */
  concerns: z.array(z.enum(CONCERNS)),
  /** the ward the window sits in (null for national/virtual lines) */
  ward_id: z.nullable(wardId),
  /** who it serves; null = anyone */
  service_area: z.nullable(serviceArea),
  /** null for virtual lines (phone/online only) */
  location: z.nullable(windowLocation),
  phones: z.array(phone).check(z.maxLength(10, 'too_many')),
  hours: openingHours,
  note_codes: z.array(z.enum(WINDOW_NOTES)),
  languages: z.array(languageTag),
  accessibility: z.array(z.enum(ACCESSIBILITY)),
  contact_modes: z.array(z.enum(CONTACT_MODES)).check(z.minLength(1, 'required')),
  // shown as a link on every partner's page: https only (http on loopback, for development) — never
  // javascript:, data: or anything else a browser would run
  url: z.optional(z.nullable(safeLinkUrl)),
  email: z.optional(z.nullable(z.email('invalid_email'))),
  sample: z.boolean(),
  source: source,
};

/** Admin create / replace / import input (strict: unknown fields are refused). */
export const windowInput = z.strictObject(windowFields);
export type WindowInput = z.input<typeof windowInput>;

export const consultationWindow = z.object({
  ...windowFields,
  updated_at: isoDateTime,
  /** the day (Tokyo) ward staff last checked the window's details against reality */
  confirmed_on: z.optional(z.nullable(isoDate)),
});
export type ConsultationWindow = z.infer<typeof consultationWindow>;

/** One search result: where it is relative to the person and whether it serves them. */
export const windowResult = z.object({
  window: consultationWindow,
  /** metres from the person's point (near or the town's point); null without a point or for lines */
  distance_m: z.nullable(z.number()),
  /** the window's service area covers the person's ward (or it serves anyone) */
  serves_area: z.boolean(),
  /** the window sits in the person's ward */
  in_ward: z.boolean(),
  open_now: z.boolean(),
  /** next opening instant (ISO, UTC) when closed now; null when open or unknown */
  next_opening: z.nullable(z.string()),
});
export type WindowResult = z.infer<typeof windowResult>;

/** Query of GET /v1/windows, after decoding (repeatable params become arrays, CSV also accepted). */
export const windowSearchParams = z.strictObject({
  concern: z.optional(z.array(z.enum(CONCERNS))),
  ward: z.optional(wardId),
  lang: z.optional(z.array(languageTag)),
  open_now: z.optional(z.boolean()),
  contact_mode: z.optional(z.array(z.enum(CONTACT_MODES))),
  accessibility: z.optional(z.array(z.enum(ACCESSIBILITY))),
  near: z.optional(z.object({ lat: latitude, lng: longitude })),
  town: z.optional(z.string().check(z.minLength(1, 'required'), z.maxLength(80, 'too_long'))),
  q: z.optional(z.string().check(z.maxLength(100, 'too_long'))),
  kind: z.optional(z.enum(WINDOW_KINDS)),
  limit: z.optional(pageLimit),
  cursor: z.optional(z.string().check(z.maxLength(200, 'too_long'))),
});
export type WindowSearchParams = z.infer<typeof windowSearchParams>;

/** What the server understood about the person's place (echoed so the finder can say "your ward: 中区"). */
export const windowSearchContext = z.object({
  ward_id: z.nullable(wardId),
  town: z.nullable(z.object({ id: z.string(), name: z.string(), ward_id: wardId })),
  origin: z.nullable(z.object({ lat: z.number(), lng: z.number() })),
  /** how the ward was found */
  resolved_by: z.enum(['ward', 'town', 'near', 'none']),
});
export type WindowSearchContext = z.infer<typeof windowSearchContext>;

/** GET /v1/windows: serving windows first, then others by distance, virtual lines last (kind 'line'). */
export const windowSearchResponse = z.object({
  data: z.array(windowResult),
  next_cursor: z.nullable(z.string()),
  context: windowSearchContext,
});
export type WindowSearchResponse = z.infer<typeof windowSearchResponse>;

/** The static file a city can host (finder's static mode): `tsunagu-server export-windows`. */
export const windowsExport = z.object({
  format: z.literal('tsunagu.windows.v1'),
  generated_at: isoDateTime,
  windows: z.array(consultationWindow),
  attribution: z.array(z.string()),
});
export type WindowsExport = z.infer<typeof windowsExport>;
