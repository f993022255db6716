import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  HOLIDAY_DATA_FIRST_YEAR,
  HOLIDAY_DATA_LAST_YEAR,
  hasHolidayData,
  holidayName,
  isNationalHoliday,
} from './holidays.js';

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
});
