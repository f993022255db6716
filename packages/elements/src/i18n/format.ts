import { catalogueFor, type LocaleId } from './registry.js';

/** Every date and time the widgets show is in Japan's time zone, whatever the browser's own zone is. */
export const TIME_ZONE = 'Asia/Tokyo';

/** Walking speed used for "徒歩 N 分": 80 m per minute, the figure Japanese property listings use. */
export const WALKING_METRES_PER_MINUTE = 80;

// The functions below take words from the locale's shared catalogue: the LocaleController loads it before an
// element uses a locale (see LazyCatalogues); other callers `await SHARED_CATALOGUES.load(locale)` first.
function intlTag(locale: LocaleId): string {
  return catalogueFor(locale).meta.intl;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** A day in the locale's short form: `12月28日（月）` (ja, ja-x-easy), `Mon 28 Dec` (en). */
export function formatDate(value: Date | number, locale: LocaleId): string {
  const parts = new Intl.DateTimeFormat(intlTag(locale), {
    timeZone: TIME_ZONE,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).formatToParts(value);
  const numeric = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(value);
  return catalogueFor(locale).format.date({
    month: Number(part(numeric, 'month')),
    day: Number(part(numeric, 'day')),
    monthShort: part(parts, 'month'),
    weekday: part(parts, 'weekday'),
  });
}

/** A clock time in Japan, 24-hour, no leading zero on the hour: `8:45`, `17:00`. */
export function formatTime(value: Date | number): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(value);
  return `${Number(part(parts, 'hour'))}:${part(parts, 'minute')}`;
}

/**
 * A distance: under 1 km rounded to 10 m (`400 m`), under 10 km with one decimal (`1.2 km`), beyond that in
 * whole kilometres (`12 km`).
 */
export function formatDistance(metres: number, locale: LocaleId): string {
  const tag = intlTag(locale);
  if (metres < 995) {
    const rounded = Math.max(10, Math.round(metres / 10) * 10);
    return new Intl.NumberFormat(tag, { style: 'unit', unit: 'meter', unitDisplay: 'short' }).format(rounded);
  }
  const km = metres / 1000;
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: km < 10 ? 1 : 0,
    minimumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

/** Whole minutes on foot for a distance, rounded up, at least 1. */
export function walkingMinutes(metres: number): number {
  return Math.max(1, Math.ceil(metres / WALKING_METRES_PER_MINUTE));
}

/** `徒歩 5 分` / `あるいて 5 ふん` / `5 min walk` for a distance in metres. */
export function formatWalkingTime(metres: number, locale: LocaleId): string {
  return catalogueFor(locale).format.walkingMinutes(walkingMinutes(metres));
}

/** A phone number as the source wrote it (only trimmed): people copy and read it aloud in that form. */
export function displayPhone(phone: string): string {
  return phone.trim();
}

/**
 * The `tel:` link for a phone number: digits only (full-width digits folded), keeping a leading `+` for
 * international numbers and `#` for short codes such as #7119 (a keypad key, percent-encoded in the URI).
 */
export function phoneHref(phone: string): string {
  const folded = phone.normalize('NFKC').trim();
  const digits = folded.replace(/[^0-9#]/g, '').replaceAll('#', '%23');
  return `tel:${folded.startsWith('+') ? '+' : ''}${digits}`;
}
