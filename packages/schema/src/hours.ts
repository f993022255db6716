/**
 * Opening hours of consultation windows, evaluated in Asia/Tokyo whatever the runtime's time zone.
 *
 * Why plain arithmetic on UTC+9 rather than Intl: Japan has had no daylight saving time since 1951, so
 * Tokyo wall-clock time is always UTC + 9 h. Shifting an instant by 9 h and reading the UTC fields gives
 * Tokyo's date and time exactly, with no dependence on the host's time-zone database (some embedded
 * browsers ship a reduced ICU) and at a fraction of the cost of `Intl.DateTimeFormat#formatToParts`,
 * which matters when "open now" / "opens next at…" is computed for every window in a list, up to a year
 * ahead. Never use `Date#getHours()` & co. here: they read the host's zone.
 *
 * Rules for one Tokyo calendar day, strongest first:
 * 1. `always_open`: open at every instant (24 h lines); nothing below applies.
 * 2. exceptions for that date: `closed: true` → closed all day; special hours → only those; `closed:
 *    false` without hours → the regular weekly hours, even on a holiday or in the year-end closure.
 * 3. year-end closure 12/29–1/3 (`year_end_closure`, default true).
 * 4. national holidays incl. 振替休日 / 国民の休日 (`closed_on_holidays`, default true).
 * 5. the weekly schedules whose byday and valid_from/valid_to match.
 * An interval whose closes_at is earlier than its opens_at runs past midnight into the next day and is
 * governed by the rules of the day it opens. Equal opens_at and closes_at is an empty interval.
 */
import { isNationalHoliday } from './holidays.js';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export interface OpeningSchedule {
  byday: Weekday[]; // RRULE-style days
  opens_at: string; // 'HH:MM' local Tokyo time
  closes_at: string; // 'HH:MM'; '24:00' allowed for end of day
  valid_from?: string | null; // 'YYYY-MM-DD' inclusive
  valid_to?: string | null; // 'YYYY-MM-DD' inclusive
}
export interface ScheduleException {
  // per-window exceptions, win over everything else that day
  date: string; // 'YYYY-MM-DD'
  closed: boolean; // true = closed all day
  opens_at?: string | null; // when not closed: special hours that day
  closes_at?: string | null;
}
export interface OpeningHours {
  always_open?: boolean; // 24h lines (110, よりそいホットライン…): open at every instant
  schedules: OpeningSchedule[];
  closed_on_holidays?: boolean; // default true: national holidays (incl. substitute/citizens' holidays)
  year_end_closure?: boolean; // default true: closed 12/29–1/3
  exceptions?: ScheduleException[];
}
export interface OpeningInterval {
  opens_at: string;
  closes_at: string;
}
export type ClosureReason = 'holiday' | 'year_end' | 'exception' | 'weekly';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 60 * MINUTE_MS;
/** Date.getUTCDay() order (0 = Sunday). */
const WEEKDAYS_FROM_SUNDAY: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** How far currentInterval follows intervals that touch (e.g. 22:00–24:00 then 00:00–06:00). */
const MERGE_REACH_DAYS = 8;
/** The widest Date range: used as the bounds of an always-open window's interval. */
const EARLIEST = -8.64e15;
const LATEST = 8.64e15;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^(\d{2}):(\d{2})$/;

/** Days since 1970-01-01 of a Tokyo calendar date 'YYYY-MM-DD'. */
function dayNumberOf(date: string): number {
  const match = ISO_DATE.exec(date);
  const dayMs = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(dayMs).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`expected a valid YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  }
  return dayMs / DAY_MS;
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Tokyo midnight at the start of `day`, as epoch milliseconds. */
function tokyoMidnightMs(day: number): number {
  return day * DAY_MS - TOKYO_OFFSET_MS;
}

function tokyoDayNumberOf(at: Date): number {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return Math.floor((ms + TOKYO_OFFSET_MS) / DAY_MS);
}

/** 'HH:MM' → minutes after midnight; '24:00' → 1440. */
function minutesOf(time: string): number {
  const match = CLOCK_TIME.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) {
    throw new RangeError(`expected an HH:MM time, got ${JSON.stringify(time)}`);
  }
  return hours * 60 + minutes;
}

/** The 'YYYY-MM-DD' calendar date in Asia/Tokyo at the instant `at`. */
export function tokyoDateOf(at: Date): string {
  return dateOfDayNumber(tokyoDayNumberOf(at));
}

function isYearEndClosureDate(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-29' || monthDay <= '01-03';
}

function exceptionsOn(hours: OpeningHours, date: string): ScheduleException[] {
  return (hours.exceptions ?? []).filter((exception) => exception.date === date);
}

function weeklyIntervals(hours: OpeningHours, date: string): OpeningInterval[] {
  const weekday = WEEKDAYS_FROM_SUNDAY[new Date(dayNumberOf(date) * DAY_MS).getUTCDay()];
  return hours.schedules
    .filter(
      (schedule) =>
        weekday !== undefined &&
        schedule.byday.includes(weekday) &&
        (schedule.valid_from == null || schedule.valid_from <= date) &&
        (schedule.valid_to == null || schedule.valid_to >= date),
    )
    .map(({ opens_at, closes_at }) => ({ opens_at, closes_at }));
}

interface DayVerdict {
  intervals: OpeningInterval[];
  /** Why the day has no intervals; null when it has some. */
  reason: ClosureReason | null;
}

/** Applies the rules in the module comment to one Tokyo date. */
function evaluateDay(hours: OpeningHours, date: string): DayVerdict {
  dayNumberOf(date); // a malformed date must be an error, not "closed"
  if (hours.always_open) return { intervals: [{ opens_at: '00:00', closes_at: '24:00' }], reason: null };

  let intervals: OpeningInterval[];
  let reasonIfEmpty: ClosureReason = 'weekly';
  const exceptions = exceptionsOn(hours, date);
  if (exceptions.length > 0) {
    const special = exceptions.flatMap((exception) =>
      exception.opens_at && exception.closes_at
        ? [{ opens_at: exception.opens_at, closes_at: exception.closes_at }]
        : [],
    );
    if (exceptions.some((exception) => exception.closed)) {
      intervals = [];
      reasonIfEmpty = 'exception';
    } else if (special.length > 0) {
      intervals = special;
      reasonIfEmpty = 'exception';
    } else {
      intervals = weeklyIntervals(hours, date);
    }
  } else if ((hours.year_end_closure ?? true) && isYearEndClosureDate(date)) {
    intervals = [];
    reasonIfEmpty = 'year_end';
  } else if ((hours.closed_on_holidays ?? true) && isNationalHoliday(date)) {
    intervals = [];
    reasonIfEmpty = 'holiday';
  } else {
    intervals = weeklyIntervals(hours, date);
  }

  const nonEmpty = intervals
    .filter((interval) => minutesOf(interval.opens_at) !== minutesOf(interval.closes_at))
    .sort((a, b) => minutesOf(a.opens_at) - minutesOf(b.opens_at));
  return { intervals: nonEmpty, reason: nonEmpty.length > 0 ? null : reasonIfEmpty };
}

/**
 * The intervals of a Tokyo date ('YYYY-MM-DD') after holidays, year-end closure and exceptions, sorted by
 * opening time; empty when closed all day. For "today's hours". An interval running past midnight keeps
 * its closes_at as written (e.g. 22:00–06:00).
 */
export function openingsOn(hours: OpeningHours, date: string): OpeningInterval[] {
  return evaluateDay(hours, date).intervals;
}

/**
 * Why a Tokyo date has no opening at all, or null when it has some. When several reasons hold (a national
 * holiday on a Sunday), the strongest rule wins: exception, then year_end, then holiday, then weekly.
 */
export function closureReason(hours: OpeningHours, date: string): ClosureReason | null {
  return evaluateDay(hours, date).reason;
}

interface Span {
  opens: number;
  closes: number;
}

/** Absolute spans of intervals that open on Tokyo day `day`, sorted by opening. */
function spansOpeningOn(hours: OpeningHours, day: number): Span[] {
  const midnight = tokyoMidnightMs(day);
  return openingsOn(hours, dateOfDayNumber(day)).map((interval) => {
    const opens = minutesOf(interval.opens_at);
    let closes = minutesOf(interval.closes_at);
    if (closes < opens) closes += 24 * 60; // runs past midnight
    return { opens: midnight + opens * MINUTE_MS, closes: midnight + closes * MINUTE_MS };
  });
}

/**
 * Yields the open spans from `firstDay` to `lastDay` (Tokyo day numbers, by opening day) with overlapping
 * and touching spans merged, so every yielded `opens` is a real opening (except possibly the first, whose
 * predecessor lies before `firstDay`) and every `closes` a real closing within the range.
 */
function* mergedSpans(hours: OpeningHours, firstDay: number, lastDay: number): Generator<Span> {
  let current: Span | null = null;
  for (let day = firstDay; day <= lastDay; day++) {
    for (const span of spansOpeningOn(hours, day)) {
      if (current && span.opens <= current.closes) {
        current.closes = Math.max(current.closes, span.closes);
      } else {
        if (current) yield current;
        current = { ...span };
      }
    }
  }
  if (current) yield current;
}

/** Whether the window is open at the instant `at` (intervals include their opening, exclude their closing). */
export function isOpenAt(hours: OpeningHours, at: Date): boolean {
  if (hours.always_open) return true;
  const ms = at.getTime();
  const today = tokyoDayNumberOf(at);
  // Yesterday too: an interval opened yesterday may run past midnight.
  for (const day of [today - 1, today]) {
    if (spansOpeningOn(hours, day).some((span) => span.opens <= ms && ms < span.closes)) return true;
  }
  return false;
}

/**
 * The open interval containing `at` (touching intervals merged, followed up to about a week either way),
 * or null when closed — so callers can say "open until 17:00". For an always-open window the interval is
 * unbounded (the earliest and latest representable Dates): check `always_open` to say "24 hours".
 */
export function currentInterval(hours: OpeningHours, at: Date): { opens: Date; closes: Date } | null {
  if (hours.always_open) return { opens: new Date(EARLIEST), closes: new Date(LATEST) };
  const ms = at.getTime();
  const today = tokyoDayNumberOf(at);
  for (const span of mergedSpans(hours, today - MERGE_REACH_DAYS, today + MERGE_REACH_DAYS)) {
    if (span.opens > ms) break;
    if (ms < span.closes) return { opens: new Date(span.opens), closes: new Date(span.closes) };
  }
  return null;
}

/**
 * The first instant strictly after `at` at which the window opens (goes from closed to open), looking
 * `searchDays` Tokyo days ahead; null when there is none (including always-open windows, which never
 * open because they never close). When open at `at`, this is the opening after the current interval.
 */
export function nextOpening(hours: OpeningHours, at: Date, searchDays = 366): Date | null {
  if (hours.always_open) return null;
  const ms = at.getTime();
  const today = tokyoDayNumberOf(at);
  for (const span of mergedSpans(hours, today - 1, today + searchDays)) {
    if (span.opens > ms) return new Date(span.opens);
  }
  return null;
}
