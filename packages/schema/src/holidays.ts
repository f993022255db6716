/**
 * Japanese national holidays (国民の祝日, 振替休日 and 国民の休日), from `@holiday-jp/holiday_jp`.
 *
 * Why per-year files: the package's full table (1970–2050) costs ~11–13 kB gzip in a browser bundle, the
 * years a consultation widget actually needs (this year and the next for "opens next at…") ~3 kB.
 * We import the package's plain data modules (`lib/holidays_every_year/<year>.js`, CommonJS
 * `module.exports = {…}` with no dependencies) instead of its `holiday_jp` / `no_autoload_holidays`
 * entry points, because those `require('../package.json')` (a JSON import browsers' CJS transforms must
 * special-case) and derive the year with `new Date('YYYY-MM-DD').getFullYear()`, which is wrong for
 * 1 January in time zones west of UTC. The default import of a CJS module is its `module.exports` in Node
 * (tsx), esbuild and @rollup/plugin-commonjs alike.
 *
 * Coverage: HOLIDAY_DATA_FIRST_YEAR–HOLIDAY_DATA_LAST_YEAR. Outside that range `isNationalHoliday` returns
 * false (no data); call `hasHolidayData` to know. Extending the range is adding one import line below.
 * Equinox days more than a year ahead are computed by the data source, not yet officially announced.
 *
 * Data: holiday_jp (MIT), https://github.com/holiday-jp/holiday_jp
 */
import holidays2025 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2025.js';
import holidays2026 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2026.js';
import holidays2027 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2027.js';
import holidays2028 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2028.js';
import holidays2029 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2029.js';
import holidays2030 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2030.js';
import holidays2031 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2031.js';
import holidays2032 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2032.js';
import holidays2033 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2033.js';
import holidays2034 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2034.js';
import holidays2035 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2035.js';

export const HOLIDAY_DATA_FIRST_YEAR = 2025;
export const HOLIDAY_DATA_LAST_YEAR = 2035;

type HolidayTable = Readonly<Record<string, { readonly name: string }>>;

const YEAR_TABLES: readonly HolidayTable[] = [
  holidays2025,
  holidays2026,
  holidays2027,
  holidays2028,
  holidays2029,
  holidays2030,
  holidays2031,
  holidays2032,
  holidays2033,
  holidays2034,
  holidays2035,
];

/** 'YYYY-MM-DD' → holiday name (e.g. '勤労感謝の日', 'こどもの日 振替休日', '休日' for 国民の休日). */
const NAMES_BY_DATE: ReadonlyMap<string, string> = new Map(
  YEAR_TABLES.flatMap((table) => Object.entries(table).map(([date, h]) => [date, h.name] as const)),
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function yearOf(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  return Number(match[1]);
}

/** Whether holiday data is available for the year of `date` ('YYYY-MM-DD'). */
export function hasHolidayData(date: string): boolean {
  const year = yearOf(date);
  return year >= HOLIDAY_DATA_FIRST_YEAR && year <= HOLIDAY_DATA_LAST_YEAR;
}

/**
 * Whether `date` ('YYYY-MM-DD', a Japanese calendar date) is a national holiday, including 振替休日
 * (substitute holidays) and 国民の休日 (a weekday between two holidays). False outside the data range.
 */
export function isNationalHoliday(date: string): boolean {
  yearOf(date); // validates the format so a malformed date is an error, not "not a holiday"
  return NAMES_BY_DATE.has(date);
}

/** The Japanese name of the holiday on `date`, or null when it is not one (or outside the data range). */
export function holidayName(date: string): string | null {
  yearOf(date);
  return NAMES_BY_DATE.get(date) ?? null;
}
