import { expect } from '@open-wc/testing';
import { haversineMeters } from '@tsunagu/schema/geo';
import {
  findWindows,
  openStates,
  prepareWindows,
  comprehensiveWindowFor,
  languagesOf,
  EMPTY_QUERY,
} from './finder-search.js';
import { ISOGO, MINAMI, NAKA, OOKA_4, line, npo } from './test-fixtures/sample-windows.js';

const WEEKDAY_10 = new Date('2026-11-26T10:00:00+09:00'); // Thursday
const HOLIDAY_10 = new Date('2026-11-23T10:00:00+09:00'); // 勤労感謝の日 (Monday)
const SATURDAY_11 = new Date('2026-11-28T11:00:00+09:00');

const windows = [line('line-yorisoi', ['money_debt', 'housing', 'food'], true), ISOGO, NAKA, npo(), MINAMI];
const prepared = prepareWindows(windows);
const ids = (results: { window: { id: string } }[]) => results.map((r) => r.window.id);

describe('findWindows (pure filter and sort)', () => {
  it("puts the person's own ward first even when another ward's office is nearer, then by distance, lines last", () => {
    const results = findWindows(prepared, openStates(prepared, WEEKDAY_10), EMPTY_QUERY, {
      wardId: 'minami',
      origin: OOKA_4,
    });
    expect(ids(results)).to.deep.equal([
      'minami-seikatsushien',
      'npo-food', // serves anyone
      'isogo-seikatsushien', // nearer than naka, but serves only isogo
      'naka-seikatsushien',
      'line-yorisoi',
    ]);
    expect(results.map((r) => r.group)).to.deep.equal([
      'own_ward',
      'serves',
      'other_ward',
      'other_ward',
      'line',
    ]);
    const isogo = results[2]!;
    const minami = results[0]!;
    expect(isogo.distanceM!).to.be.lessThan(minami.distanceM!);
    expect(results[4]!.distanceM).to.equal(null);
    // the hoisted haversine equals the schema's haversineMeters, to the metre
    for (const r of results.slice(0, 4)) {
      expect(r.distanceM).to.equal(Math.round(haversineMeters(OOKA_4, r.window.location!)));
    }
  });

  it('keeps the input order without a place', () => {
    const results = findWindows(prepared, openStates(prepared, WEEKDAY_10), EMPTY_QUERY, {
      wardId: null,
      origin: null,
    });
    expect(ids(results)).to.deep.equal([
      'isogo-seikatsushien',
      'naka-seikatsushien',
      'npo-food',
      'minami-seikatsushien',
      'line-yorisoi',
    ]);
  });

  it('filters by concerns (any of them), contact mode, accessibility (all of them) and language', () => {
    const open = openStates(prepared, WEEKDAY_10);
    const place = { wardId: 'naka', origin: null };
    expect(ids(findWindows(prepared, open, { ...EMPTY_QUERY, concerns: ['food'] }, place))).to.include(
      'npo-food',
    );
    expect(ids(findWindows(prepared, open, { ...EMPTY_QUERY, concerns: ['care'] }, place))).not.to.include(
      'npo-food',
    );
    expect(
      ids(findWindows(prepared, open, { ...EMPTY_QUERY, contactModes: ['online'] }, place)),
    ).to.deep.equal(['npo-food']);
    expect(
      ids(findWindows(prepared, open, { ...EMPTY_QUERY, accessibility: ['wheelchair'] }, place)),
    ).to.deep.equal(['npo-food']);
    expect(
      ids(findWindows(prepared, open, { ...EMPTY_QUERY, accessibility: ['wheelchair', 'writing'] }, place)),
    ).to.deep.equal([]);
    expect(ids(findWindows(prepared, open, { ...EMPTY_QUERY, language: 'en' }, place))).to.deep.equal([
      'npo-food',
    ]);
    expect(ids(findWindows(prepared, open, { ...EMPTY_QUERY, language: 'en-US' }, place))).to.deep.equal([
      'npo-food',
    ]);
  });

  it('open now: weekday office hours, a national holiday, a Saturday', () => {
    const query = { ...EMPTY_QUERY, openNow: true };
    const place = { wardId: null, origin: null };
    expect(ids(findWindows(prepared, openStates(prepared, WEEKDAY_10), query, place))).to.deep.equal([
      'isogo-seikatsushien',
      'naka-seikatsushien',
      'minami-seikatsushien',
      'line-yorisoi',
    ]);
    expect(ids(findWindows(prepared, openStates(prepared, HOLIDAY_10), query, place))).to.deep.equal([
      'line-yorisoi',
    ]);
    expect(ids(findWindows(prepared, openStates(prepared, SATURDAY_11), query, place))).to.deep.equal([
      'npo-food',
      'line-yorisoi',
    ]);
  });

  it("pins the own ward's comprehensive window when several concerns are chosen, even if a filter drops it", () => {
    const open = openStates(prepared, HOLIDAY_10);
    const place = { wardId: 'naka', origin: null };
    const several = findWindows(
      prepared,
      open,
      { ...EMPTY_QUERY, openNow: true, concerns: ['money_debt', 'housing'] },
      place,
    );
    // open ones first: the pinned (closed) office follows what the filter let through
    expect(ids(several)).to.deep.equal(['line-yorisoi', 'naka-seikatsushien']);
    expect(several[1]!.pinned).to.equal(true);
    expect(several[1]!.openNow).to.equal(false);
    const one = findWindows(prepared, open, { ...EMPTY_QUERY, openNow: true, concerns: ['housing'] }, place);
    expect(ids(one)).to.deep.equal(['line-yorisoi']);
  });

  it('finds the comprehensive window of a ward and the languages spoken', () => {
    expect(comprehensiveWindowFor(prepared, 'minami')?.id).to.equal('minami-seikatsushien');
    expect(comprehensiveWindowFor(prepared, null)).to.equal(null);
    expect(comprehensiveWindowFor(prepared, 'nowhere')).to.equal(null);
    expect(languagesOf(prepared)).to.deep.equal(['ja', 'en']);
  });

  it('sorts 10,000 windows by ward group, then distance', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      i % 3 === 0
        ? {
            ...MINAMI,
            id: `m${i}`,
            location: { address: '', lat: 35.3 + (i % 97) / 500, lng: 139.5 + (i % 89) / 500 },
          }
        : {
            ...ISOGO,
            id: `i${i}`,
            location: { address: '', lat: 35.3 + (i % 83) / 500, lng: 139.5 + (i % 79) / 500 },
          },
    );
    const p = prepareWindows(many);
    const results = findWindows(p, openStates(p, WEEKDAY_10), EMPTY_QUERY, {
      wardId: 'minami',
      origin: OOKA_4,
    });
    expect(results).to.have.length(10_000);
    for (let n = 1; n < results.length; n++) {
      const a = results[n - 1]!;
      const b = results[n]!;
      const rank = (g: string) => ['own_ward', 'serves', 'other_ward', 'line'].indexOf(g);
      // distances sort in 10 m steps (finer than anything shown); equal steps keep the data order
      const step = (m: number | null) => Math.round(m! / 10);
      const index = (r: typeof a) => Number(r.window.id.slice(1));
      const ordered =
        rank(a.group) < rank(b.group) ||
        (a.group === b.group && step(a.distanceM) < step(b.distanceM)) ||
        (a.group === b.group && step(a.distanceM) === step(b.distanceM) && index(a) < index(b));
      expect(ordered, `${n}`).to.equal(true);
    }
  });
});
