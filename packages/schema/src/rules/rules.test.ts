import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizePhone, readWholeNumber } from './numbers.js';
import { rankGroup } from './ranking.js';
import { indexTowns, resolveTown, romanizeTown } from './towns.js';
import { signupPlan, signupRuleErrors } from './signup.js';
import type { Town, Ward } from '../resources/areas.js';

describe('numbers as people type them', () => {
  it('reads digits, full-width digits, kanji numerals and units', () => {
    for (const [typed, value] of [
      ['12', 12],
      ['１２', 12],
      ['45歳', 45],
      ['４５ さい', 45],
      ['十二', 12],
      ['三人', 3],
      ['二十一才', 21],
      ['0', 0],
    ] as const)
      assert.equal(readWholeNumber(typed), value, typed);
    for (const typed of ['', 'よんじゅう', '12.5', '-3', '1000', 'abc'])
      assert.equal(readWholeNumber(typed), null, typed);
  });
  it('makes phone numbers ASCII with plain dashes', () => {
    assert.equal(normalizePhone('０４５－６７１－２４０２'), '045-671-2402');
    assert.equal(normalizePhone(' 045 ー 671 ー 2402 '), '045-671-2402');
    assert.equal(normalizePhone('045(671)2402'), '045-671-2402');
    assert.equal(normalizePhone('＃７１１９'), '#7119');
  });
});

describe('sign-up rules', () => {
  const activity = {
    signup_fields: ['age' as const, 'phone' as const],
    requirements: { min_age: 12, guardian_consent_under: 16 },
    allow_organisations: true,
    seats_left: 3,
    waitlist_count: 0,
    capacity: 10,
  };
  const base = { activity_id: 'a', name: 'n', phone: '045-111-2222', terms_accepted: true };
  it('asks a person for an age, never an organisation', () => {
    assert.equal(signupPlan(activity, 'person').age, true);
    assert.equal(signupPlan(activity, 'organisation').age, false);
    assert.deepEqual(
      signupRuleErrors(activity, { ...base, kind: 'organisation', organisation_name: 'o', headcount: 2 }),
      [],
    );
    assert.deepEqual(signupRuleErrors(activity, { ...base, kind: 'person' }), [
      { path: 'age', code: 'required' },
    ]);
  });
  it('uses the activity’s guardian age, and skips the guardian when too young anyway', () => {
    assert.deepEqual(signupRuleErrors(activity, { ...base, kind: 'person', age: 17 }), []);
    assert.deepEqual(
      signupRuleErrors(activity, { ...base, kind: 'person', age: 15 }).map((e) => e.path),
      ['guardian_name', 'guardian_consent'],
    );
    assert.deepEqual(signupRuleErrors(activity, { ...base, kind: 'person', age: 11 }), [
      { path: 'age', code: 'too_young' },
    ]);
  });
  it('refuses more people than seats unless the activity is full', () => {
    const org = { ...base, kind: 'organisation' as const, organisation_name: 'o', headcount: 4 };
    assert.deepEqual(signupRuleErrors(activity, org), [{ path: 'headcount', code: 'not_enough_seats' }]);
    assert.deepEqual(signupRuleErrors({ ...activity, seats_left: 0 }, org), []);
  });
  it('refuses more people than the activity holds at all, also on the waitlist (they could never be seated)', () => {
    const org = { ...base, kind: 'organisation' as const, organisation_name: 'o', headcount: 11 };
    const full = { ...activity, seats_left: 0, waitlist_count: 2 };
    assert.deepEqual(signupRuleErrors(full, org), [{ path: 'headcount', code: 'too_large' }]);
    assert.deepEqual(signupRuleErrors(full, { ...org, headcount: 10 }), []);
    assert.equal(signupPlan(full, 'organisation').maxHeadcount, 10, 'the form says so before sending');
  });
});

describe('window ranking', () => {
  const office = { kind: 'office' as const, location: { address: '', lat: 35.4, lng: 139.6 } };
  it('a window serving anyone in the person’s ward ranks with the ward’s own windows', () => {
    assert.equal(rankGroup({ ...office, ward_id: 'naka', service_area: null }, 'naka'), 0);
    assert.equal(rankGroup({ ...office, ward_id: 'nishi', service_area: null }, 'naka'), 1);
    assert.equal(
      rankGroup({ ...office, ward_id: 'nishi', service_area: { ward_ids: ['nishi'] } }, 'naka'),
      2,
    );
    assert.equal(rankGroup({ kind: 'line', location: null, ward_id: null, service_area: null }, 'naka'), 3);
  });
});

describe('towns', () => {
  const wards: Ward[] = [
    { id: 'naka', name: '中区' },
    { id: 'asahi', name: '旭区' },
    { id: 'hodogaya', name: '保土ケ谷区' },
  ];
  const town = (id: string, ward_id: string, name: string, reading?: string): Town => ({
    id,
    ward_id,
    name,
    lat: 35.4,
    lng: 139.6,
    ...(reading ? { reading } : {}),
  });
  const index = indexTowns([
    town('k1', 'naka', '寿町一丁目', 'ことぶきちょう'),
    town('k2', 'naka', '寿町二丁目', 'ことぶきちょう'),
    town('h1', 'asahi', '川島町'),
    town('h2', 'hodogaya', '川島町'),
  ]);
  it('a name whose blocks lie in one ward is understood on Enter', () => {
    assert.equal((resolveTown(index, wards, '寿町') as Town).ward_id, 'naka');
    assert.equal((resolveTown(index, wards, 'ことぶきちょう2') as Town).id, 'k2');
    assert.equal(resolveTown(index, wards, '川島町'), 'ambiguous_town');
    assert.equal((resolveTown(index, wards, '旭区川島町') as Town).id, 'h1');
    assert.equal(resolveTown(index, wards, '存在しない町'), 'unknown_town');
  });
  it('finds a town by its romanised name', () => {
    assert.equal(romanizeTown('ことぶきちょう', 1), 'Kotobuki-cho 1-chome');
    assert.equal((resolveTown(index, wards, 'Kotobuki-cho') as Town).ward_id, 'naka');
    assert.equal((resolveTown(index, wards, 'kotobukicho 2') as Town).id, 'k2');
  });
});
