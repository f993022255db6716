import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import {
  closureReason,
  currentInterval,
  isOpenAt,
  nextOpening,
  openingsOn,
  tokyoDateOf,
  type OpeningHours,
} from './hours.js';

/** An instant given as Tokyo wall-clock time; parsing an explicit offset does not depend on the host zone. */
const jst = (local: string): Date => new Date(`${local}:00+09:00`);

const WARD_OFFICE: OpeningHours = {
  schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '08:45', closes_at: '17:00' }],
};

/**
 * This file runs a second and third time in child processes with TZ set to zones far from Tokyo (see the
 * end of the file). The first test proves the child really runs in that zone.
 */
const expectedOffset = process.env.HOURS_TEST_EXPECTED_OFFSET;
if (expectedOffset !== undefined) {
  it(`runs with the host time zone ${process.env.TZ ?? '?'}`, () => {
    assert.equal(new Date('2026-11-20T12:00:00Z').getTimezoneOffset(), Number(expectedOffset));
  });
}

describe('tokyoDateOf', () => {
  it('gives the Tokyo calendar date, which starts at 15:00 UTC', () => {
    assert.equal(tokyoDateOf(new Date('2026-11-20T14:59:59.999Z')), '2026-11-20');
    assert.equal(tokyoDateOf(new Date('2026-11-20T15:00:00Z')), '2026-11-21');
    assert.equal(tokyoDateOf(new Date('2026-12-31T15:00:00Z')), '2027-01-01');
  });
  it('rejects an invalid Date', () => {
    assert.throws(() => tokyoDateOf(new Date('nope')), RangeError);
  });
});

describe('a ward office (weekdays 08:45–17:00, closed on holidays and 12/29–1/3)', () => {
  it('opens at 08:45 and closes at 17:00 on a weekday', () => {
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-11-19T08:44')), false);
    assert.equal(isOpenAt(WARD_OFFICE, new Date('2026-11-19T08:44:59.999+09:00')), false);
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-11-19T08:45')), true);
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-11-19T16:59')), true);
    assert.equal(isOpenAt(WARD_OFFICE, new Date('2026-11-19T16:59:59.999+09:00')), true);
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-11-19T17:00')), false);
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-11-19T03:00')), false);
  });

  it('is closed on Saturday and Sunday', () => {
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-11-21T10:00')), false);
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-11-22T10:00')), false);
    assert.equal(closureReason(WARD_OFFICE, '2026-11-21'), 'weekly');
    assert.deepEqual(openingsOn(WARD_OFFICE, '2026-11-21'), []);
  });

  it('is closed on a national holiday (2026-11-23 勤労感謝の日, a Monday)', () => {
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-11-23T10:00')), false);
    assert.equal(closureReason(WARD_OFFICE, '2026-11-23'), 'holiday');
    assert.deepEqual(openingsOn(WARD_OFFICE, '2026-11-23'), []);
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-11-24T10:00')), true);
  });

  it("is closed on a substitute holiday (2026-05-06 振替休日, a Wednesday) and a citizens' holiday (2026-09-22)", () => {
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-05-06T10:00')), false);
    assert.equal(closureReason(WARD_OFFICE, '2026-05-06'), 'holiday');
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-05-07T10:00')), true);
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-09-22T10:00')), false);
    assert.equal(closureReason(WARD_OFFICE, '2026-09-22'), 'holiday');
  });

  it('is closed 12/29–1/3 and open on 1/4 when it is a weekday (2027-01-04 is a Monday)', () => {
    assert.equal(isOpenAt(WARD_OFFICE, jst('2026-12-28T10:00')), true);
    for (const date of ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']) {
      assert.equal(isOpenAt(WARD_OFFICE, jst(`${date}T10:00`)), false, date);
      assert.equal(closureReason(WARD_OFFICE, date), 'year_end', date);
    }
    assert.equal(isOpenAt(WARD_OFFICE, jst('2027-01-04T08:45')), true);
    assert.equal(closureReason(WARD_OFFICE, '2027-01-04'), null);
  });

  it("gives today's hours on a business day", () => {
    assert.deepEqual(openingsOn(WARD_OFFICE, '2026-11-19'), [{ opens_at: '08:45', closes_at: '17:00' }]);
  });

  it('gives the current interval so callers can say "open until 17:00"', () => {
    const interval = currentInterval(WARD_OFFICE, jst('2026-11-19T10:30'));
    assert.deepEqual(interval, { opens: jst('2026-11-19T08:45'), closes: jst('2026-11-19T17:00') });
    assert.equal(currentInterval(WARD_OFFICE, jst('2026-11-19T17:00')), null);
    assert.equal(currentInterval(WARD_OFFICE, jst('2026-11-23T10:00')), null);
  });

  it('next opening from Friday 17:00 is Monday 08:45', () => {
    assert.deepEqual(nextOpening(WARD_OFFICE, jst('2026-11-13T17:00')), jst('2026-11-16T08:45'));
  });

  it('next opening while open is the following business day, and strictly after `at`', () => {
    assert.deepEqual(nextOpening(WARD_OFFICE, jst('2026-11-16T12:00')), jst('2026-11-17T08:45'));
    assert.deepEqual(nextOpening(WARD_OFFICE, jst('2026-11-17T08:45')), jst('2026-11-18T08:45'));
    assert.deepEqual(nextOpening(WARD_OFFICE, jst('2026-11-17T08:44')), jst('2026-11-17T08:45'));
  });

  it('next opening skips a holiday (Friday 2026-11-20 17:00 → Tuesday 11-24, Monday is 勤労感謝の日)', () => {
    assert.deepEqual(nextOpening(WARD_OFFICE, jst('2026-11-20T17:00')), jst('2026-11-24T08:45'));
  });

  it('next opening skips Golden Week with its substitute holiday (2026-05-02 → 05-07)', () => {
    assert.deepEqual(nextOpening(WARD_OFFICE, jst('2026-05-01T17:00')), jst('2026-05-07T08:45'));
  });

  it('next opening across the year end is the first business day of January', () => {
    assert.deepEqual(nextOpening(WARD_OFFICE, jst('2026-12-28T17:00')), jst('2027-01-04T08:45'));
    // 2026-01-04 is a Sunday, so the office reopened on Monday 01-05.
    assert.deepEqual(nextOpening(WARD_OFFICE, jst('2025-12-26T17:00')), jst('2026-01-05T08:45'));
  });

  it('next opening respects searchDays', () => {
    assert.equal(nextOpening(WARD_OFFICE, jst('2026-12-28T17:00'), 3), null);
    assert.deepEqual(nextOpening(WARD_OFFICE, jst('2026-12-28T17:00'), 7), jst('2027-01-04T08:45'));
  });
});

describe('holiday and year-end switches', () => {
  it('closed_on_holidays: false keeps a holiday open', () => {
    const hours: OpeningHours = { ...WARD_OFFICE, closed_on_holidays: false };
    assert.equal(isOpenAt(hours, jst('2026-11-23T10:00')), true);
    assert.equal(closureReason(hours, '2026-11-23'), null);
  });
  it('year_end_closure: false keeps 12/29 open', () => {
    const hours: OpeningHours = { ...WARD_OFFICE, year_end_closure: false };
    assert.equal(isOpenAt(hours, jst('2026-12-29T10:00')), true);
    assert.equal(isOpenAt(hours, jst('2027-01-01T10:00')), false, '1/1 is still a national holiday');
  });
});

describe('always_open', () => {
  const LINE: OpeningHours = { always_open: true, schedules: [] };
  it('is open at every instant, holidays and year end included', () => {
    for (const at of ['2026-11-21T03:00', '2026-11-23T10:00', '2027-01-01T00:00', '2026-11-19T23:59']) {
      assert.equal(isOpenAt(LINE, jst(at)), true, at);
    }
    assert.deepEqual(openingsOn(LINE, '2027-01-01'), [{ opens_at: '00:00', closes_at: '24:00' }]);
    assert.equal(closureReason(LINE, '2027-01-01'), null);
  });
  it('never has a next opening and its current interval is unbounded', () => {
    assert.equal(nextOpening(LINE, jst('2026-11-21T03:00')), null);
    const interval = currentInterval(LINE, jst('2026-11-21T03:00'));
    assert.ok(interval);
    assert.ok(interval.opens.getTime() < Date.UTC(1900, 0, 1));
    assert.ok(interval.closes.getTime() > Date.UTC(9999, 0, 1));
  });
});

describe('exceptions', () => {
  const hours: OpeningHours = {
    ...WARD_OFFICE,
    exceptions: [
      { date: '2026-11-19', closed: true },
      { date: '2026-11-18', closed: false, opens_at: '10:00', closes_at: '12:00' },
      { date: '2026-11-23', closed: false, opens_at: '09:00', closes_at: '12:00' },
      { date: '2026-12-29', closed: false },
    ],
  };
  it('a closed day is closed all day', () => {
    assert.equal(isOpenAt(hours, jst('2026-11-19T10:00')), false);
    assert.equal(closureReason(hours, '2026-11-19'), 'exception');
    assert.deepEqual(nextOpening(hours, jst('2026-11-18T17:00')), jst('2026-11-20T08:45'));
  });
  it('special hours replace the weekly hours', () => {
    assert.equal(isOpenAt(hours, jst('2026-11-18T09:00')), false);
    assert.equal(isOpenAt(hours, jst('2026-11-18T10:00')), true);
    assert.equal(isOpenAt(hours, jst('2026-11-18T12:00')), false);
    assert.deepEqual(openingsOn(hours, '2026-11-18'), [{ opens_at: '10:00', closes_at: '12:00' }]);
    assert.deepEqual(nextOpening(hours, jst('2026-11-17T17:00')), jst('2026-11-18T10:00'));
    assert.deepEqual(currentInterval(hours, jst('2026-11-18T11:00'))?.closes, jst('2026-11-18T12:00'));
  });
  it('win over a national holiday', () => {
    assert.equal(isOpenAt(hours, jst('2026-11-23T09:30')), true);
    assert.equal(isOpenAt(hours, jst('2026-11-23T13:00')), false);
  });
  it('closed: false without hours restores the weekly hours inside the year-end closure', () => {
    assert.deepEqual(openingsOn(hours, '2026-12-29'), [{ opens_at: '08:45', closes_at: '17:00' }]);
    assert.equal(closureReason(hours, '2026-12-30'), 'year_end');
  });
});

describe('valid_from / valid_to', () => {
  const hours: OpeningHours = {
    schedules: [
      {
        byday: ['MO', 'TU', 'WE', 'TH', 'FR'],
        opens_at: '09:00',
        closes_at: '17:00',
        valid_to: '2026-03-31',
      },
      {
        byday: ['MO', 'TU', 'WE', 'TH', 'FR'],
        opens_at: '10:00',
        closes_at: '16:00',
        valid_from: '2026-04-01',
      },
    ],
  };
  it('are inclusive bounds', () => {
    assert.equal(isOpenAt(hours, jst('2026-03-31T09:30')), true);
    assert.equal(isOpenAt(hours, jst('2026-04-01T09:30')), false);
    assert.equal(isOpenAt(hours, jst('2026-04-01T10:00')), true);
    assert.deepEqual(openingsOn(hours, '2026-03-31'), [{ opens_at: '09:00', closes_at: '17:00' }]);
    assert.deepEqual(openingsOn(hours, '2026-04-01'), [{ opens_at: '10:00', closes_at: '16:00' }]);
  });
  it('a schedule that starts later is found by nextOpening, within searchDays only', () => {
    const later: OpeningHours = {
      schedules: [{ byday: ['MO'], opens_at: '13:00', closes_at: '15:00', valid_from: '2027-02-01' }],
    };
    assert.deepEqual(nextOpening(later, jst('2026-11-19T10:00')), jst('2027-02-01T13:00'));
    assert.equal(nextOpening(later, jst('2026-11-19T10:00'), 30), null);
  });
});

describe('intervals past midnight and touching intervals', () => {
  const evening: OpeningHours = {
    schedules: [{ byday: ['FR'], opens_at: '22:00', closes_at: '06:00' }],
    closed_on_holidays: false,
  };
  it('an interval closing before it opens runs into the next day', () => {
    assert.equal(isOpenAt(evening, jst('2026-11-20T21:59')), false);
    assert.equal(isOpenAt(evening, jst('2026-11-20T23:00')), true);
    assert.equal(isOpenAt(evening, jst('2026-11-21T05:59')), true);
    assert.equal(isOpenAt(evening, jst('2026-11-21T06:00')), false);
    assert.deepEqual(currentInterval(evening, jst('2026-11-21T01:00')), {
      opens: jst('2026-11-20T22:00'),
      closes: jst('2026-11-21T06:00'),
    });
  });
  const split: OpeningHours = {
    schedules: [
      { byday: ['MO'], opens_at: '20:00', closes_at: '24:00' },
      { byday: ['TU'], opens_at: '00:00', closes_at: '02:00' },
    ],
    closed_on_holidays: false,
  };
  it('touching intervals read as one', () => {
    assert.deepEqual(currentInterval(split, jst('2026-11-16T23:00')), {
      opens: jst('2026-11-16T20:00'),
      closes: jst('2026-11-17T02:00'),
    });
    assert.deepEqual(currentInterval(split, jst('2026-11-17T01:00'))?.opens, jst('2026-11-16T20:00'));
    // Tuesday 00:00 is not an opening: the window was already open.
    assert.deepEqual(nextOpening(split, jst('2026-11-16T23:00')), jst('2026-11-23T20:00'));
  });
  it('overlapping intervals on one day are merged in currentInterval and sorted in openingsOn', () => {
    const overlapping: OpeningHours = {
      schedules: [
        { byday: ['WE'], opens_at: '13:00', closes_at: '18:00' },
        { byday: ['WE'], opens_at: '09:00', closes_at: '14:00' },
      ],
    };
    assert.deepEqual(
      openingsOn(overlapping, '2026-11-18').map((i) => i.opens_at),
      ['09:00', '13:00'],
    );
    assert.deepEqual(currentInterval(overlapping, jst('2026-11-18T10:00'))?.closes, jst('2026-11-18T18:00'));
  });
});

describe('edge cases', () => {
  it('a window with no schedules never opens', () => {
    const never: OpeningHours = { schedules: [] };
    assert.equal(isOpenAt(never, jst('2026-11-19T10:00')), false);
    assert.equal(nextOpening(never, jst('2026-11-19T10:00')), null);
    assert.equal(closureReason(never, '2026-11-19'), 'weekly');
  });
  it('rejects malformed dates and times instead of guessing', () => {
    assert.throws(() => openingsOn(WARD_OFFICE, '2026-13-01'), RangeError);
    assert.throws(() => openingsOn(WARD_OFFICE, '2026-02-30'), RangeError);
    assert.throws(() => openingsOn(WARD_OFFICE, '20261119'), RangeError);
    const badTime: OpeningHours = { schedules: [{ byday: ['TH'], opens_at: '9:00', closes_at: '17:00' }] };
    assert.throws(() => isOpenAt(badTime, jst('2026-11-19T10:00')), RangeError);
    const lateTime: OpeningHours = { schedules: [{ byday: ['TH'], opens_at: '09:00', closes_at: '24:30' }] };
    assert.throws(() => openingsOn(lateTime, '2026-11-19'), RangeError);
  });
});

// Re-run this whole file under host time zones far from Tokyo on both sides: the answers must not change.
if (expectedOffset === undefined) {
  describe('independent of the host time zone', () => {
    const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
    const thisFile = fileURLToPath(import.meta.url);
    // Offsets on 2026-11-20: Los Angeles is on standard time (UTC−8); Kiritimati is UTC+14.
    for (const [zone, offset] of [
      ['America/Los_Angeles', 480],
      ['Pacific/Kiritimati', -840],
    ] as const) {
      it(`gives the same answers with TZ=${zone}`, () => {
        // NODE_TEST_CONTEXT would make the child's runner refuse to run as a nested `node --test`.
        const { NODE_TEST_CONTEXT: _ignored, ...parentEnv } = process.env;
        const child = spawnSync(
          process.execPath,
          ['--import', 'tsx', '--test', '--test-reporter=tap', thisFile],
          {
            cwd: packageDir,
            env: { ...parentEnv, TZ: zone, HOURS_TEST_EXPECTED_OFFSET: String(offset) },
            encoding: 'utf8',
          },
        );
        const output = `${child.stdout}\n${child.stderr}`;
        assert.equal(child.status, 0, output);
        assert.match(output, /# fail 0/);
        const passed = Number(/# pass (\d+)/.exec(output)?.[1] ?? 0);
        assert.ok(passed > 20, `expected the child to run the whole file, got ${passed} passing tests`);
      });
    }
  });
}
