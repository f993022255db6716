/**
 * The names of Japanese national holidays, from `@holiday-jp/holiday_jp` (MIT,
 * https://github.com/holiday-jp/holiday_jp). Kept apart from `holidays.ts` so a widget that only asks
 * "is it a holiday?" does not carry the package's tables.
 *
 * We import the package's plain data modules (`lib/holidays_every_year/<year>.js`, CommonJS
 * `module.exports = {…}` with no dependencies) instead of its `holiday_jp` / `no_autoload_holidays`
 * entry points, because those `require('../package.json')` (a JSON import browsers' CJS transforms must
 * special-case) and derive the year with `new Date('YYYY-MM-DD').getFullYear()`, which is wrong for
 * 1 January in time zones west of UTC. The default import of a CJS module is its `module.exports` in Node
 * (tsx), esbuild and @rollup/plugin-commonjs alike. Extending the range: one import line below, and the
 * years in scripts/holiday-dates.mjs.
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
import { holidayKey } from './holidays.js';

type HolidayTable = Readonly<Record<string, { readonly name: string }>>;

/** The package's table for each year of the data range, first year first. */
export const HOLIDAY_TABLES: readonly HolidayTable[] = [
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

let namesByDate: ReadonlyMap<string, string> | undefined;

/** The Japanese name of the holiday on `date` (e.g. '勤労感謝の日', 'こどもの日 振替休日', '休日' for 国民の休日),
 * or null when it is not one (or outside the data range). */
export function holidayName(date: string): string | null {
  holidayKey(date);
  namesByDate ??= new Map(
    HOLIDAY_TABLES.flatMap((table) => Object.entries(table).map(([day, h]) => [day, h.name] as const)),
  );
  return namesByDate.get(date) ?? null;
}
