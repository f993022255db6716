import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  HOLIDAY_DATA_FIRST_YEAR,
  HOLIDAY_DATA_LAST_YEAR,
  hasHolidayData,
  isNationalHoliday,
} from './holidays.js';
import { HOLIDAY_TABLES, holidayName } from './holiday-names.js';

describe('holidays', () => {
  it('knows national holidays', () => {
    assert.equal(isNationalHoliday('2026-11-23'), true);
    assert.equal(holidayName('2026-11-23'), '勤労感謝の日');
    assert.equal(isNationalHoliday('2027-01-01'), true);
    assert.equal(holidayName('2027-01-11'), '成人の日');
  });
  it("includes substitute holidays (振替休日) and citizens' holidays (国民の休日)", () => {
    assert.equal(holidayName('2026-05-06'), 'こどもの日 振替休日');
    assert.equal(holidayName('2026-09-22'), '休日');
  });
  it('says no for ordinary days', () => {
    assert.equal(isNationalHoliday('2026-11-24'), false);
    assert.equal(holidayName('2026-12-29'), null, 'the year-end closure is not a national holiday');
  });
  it('covers a contiguous range of years that includes this one and the next', () => {
    assert.ok(HOLIDAY_DATA_FIRST_YEAR <= 2026 && HOLIDAY_DATA_LAST_YEAR >= 2030);
    for (let year = HOLIDAY_DATA_FIRST_YEAR; year <= HOLIDAY_DATA_LAST_YEAR; year++) {
      assert.equal(isNationalHoliday(`${year}-01-01`), true, `${year}-01-01 元日`);
      assert.equal(hasHolidayData(`${year}-06-15`), true);
    }
    assert.equal(hasHolidayData(`${HOLIDAY_DATA_LAST_YEAR + 1}-01-01`), false);
    assert.equal(isNationalHoliday(`${HOLIDAY_DATA_LAST_YEAR + 1}-01-01`), false, 'no data: not a holiday');
  });
  it('rejects malformed dates', () => {
    assert.throws(() => isNationalHoliday('2026/11/23'), RangeError);
    assert.throws(() => holidayName('11-23'), RangeError);
  });

  it("the compact dates are exactly the package's holidays, year by year (regenerate: scripts/holiday-dates.mjs)", () => {
    assert.equal(HOLIDAY_TABLES.length, HOLIDAY_DATA_LAST_YEAR - HOLIDAY_DATA_FIRST_YEAR + 1);
    for (const [i, table] of HOLIDAY_TABLES.entries()) {
      const year = HOLIDAY_DATA_FIRST_YEAR + i;
      const fromPackage = Object.keys(table).sort();
      assert.ok(
        fromPackage.every((date) => date.startsWith(`${year}-`)),
        `table ${i} is ${year}`,
      );
      const days = Array.from({ length: 366 }, (_, d) =>
        new Date(Date.UTC(year, 0, 1 + d)).toISOString().slice(0, 10),
      );
      const compact = days.filter((date) => date.startsWith(`${year}-`) && isNationalHoliday(date));
      assert.deepEqual(compact, fromPackage, `${year}`);
    }
  });
});
