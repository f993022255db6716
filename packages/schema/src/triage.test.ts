import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AGE_GROUPS,
  CHILD_AGE_GROUPS,
  CHILD_RISK_SIGNS,
  CONCERNS,
  DANGER_KINDS,
  EMERGENCY_LINES,
  SIGNS,
  isChildAgeGroup,
  triage,
} from './triage.js';

describe('code lists', () => {
  it('are the documented stable codes, without duplicates', () => {
    assert.deepEqual([...DANGER_KINDS], ['violence', 'medical', 'fire', 'suicide', 'child_abuse']);
    assert.equal(AGE_GROUPS.length, 7);
    assert.equal(SIGNS.length, 15);
    assert.equal(CONCERNS.length, 14);
    for (const list of [DANGER_KINDS, AGE_GROUPS, SIGNS, CONCERNS]) {
      assert.equal(new Set<string>(list).size, list.length);
      for (const code of list) assert.match(code, /^[a-z0-9_]+$/);
    }
  });
  it('child groups and child-risk signs are members of the main lists', () => {
    for (const group of CHILD_AGE_GROUPS) assert.ok((AGE_GROUPS as readonly string[]).includes(group));
    for (const sign of CHILD_RISK_SIGNS) assert.ok((SIGNS as readonly string[]).includes(sign));
  });
  it('every emergency line is keyed by its own id', () => {
    for (const [key, line] of Object.entries(EMERGENCY_LINES)) assert.equal(line.id, key);
    assert.equal(EMERGENCY_LINES.police.tel, '110');
    assert.equal(EMERGENCY_LINES.child_abuse.tel, '189');
    assert.equal(EMERGENCY_LINES.medical_advice.alt_tel, '045-232-7119');
  });
});

describe('triage', () => {
  it('nothing answered: not urgent, no lines', () => {
    assert.deepEqual(triage({}), {
      urgent: false,
      child_abuse_suspected: false,
      suicide_risk: false,
      lines: [],
    });
  });

  it('danger_now "no": not urgent, no lines', () => {
    const result = triage({ danger_now: 'no', signs: ['mail_piling_up'], concerns: ['money_debt'] });
    assert.equal(result.urgent, false);
    assert.deepEqual(result.lines, []);
  });

  it('danger_now "yes": urgent, 110 then 119 first', () => {
    const result = triage({ danger_now: 'yes' });
    assert.equal(result.urgent, true);
    assert.deepEqual(result.lines, ['police', 'ambulance']);
    assert.deepEqual(triage({ danger_now: 'yes', danger_kinds: ['medical'] }).lines, ['police', 'ambulance']);
  });

  it('danger_now "unsure": not urgent but 110, 119 and #7119', () => {
    const result = triage({ danger_now: 'unsure' });
    assert.equal(result.urgent, false);
    assert.deepEqual(result.lines, ['police', 'ambulance', 'medical_advice']);
  });

  it('the kind child_abuse → 189, whatever the age group', () => {
    const result = triage({ danger_now: 'yes', danger_kinds: ['child_abuse'] });
    assert.equal(result.child_abuse_suspected, true);
    assert.deepEqual(result.lines, ['police', 'ambulance', 'child_abuse']);
  });

  it('a child with a child-risk sign → 189, without any danger answer', () => {
    for (const group of ['child_0_5', 'child_6_12', 'teen_13_17']) {
      for (const sign of ['child_hungry', 'child_absent', 'injuries']) {
        const result = triage({ person_age_group: group, signs: ['mail_piling_up', sign] });
        assert.equal(result.child_abuse_suspected, true, `${group} ${sign}`);
        assert.deepEqual(result.lines, ['child_abuse'], `${group} ${sign}`);
        assert.equal(result.urgent, false);
      }
    }
  });

  it('a child with the concern violence_abuse → 189', () => {
    assert.equal(
      triage({ person_age_group: 'child_6_12', concerns: ['violence_abuse'] }).child_abuse_suspected,
      true,
    );
  });

  it('the same signs for an adult or unknown age do not suggest child abuse', () => {
    for (const group of ['adult_18_39', 'adult_40_64', 'senior_65_plus', 'unknown', undefined]) {
      const result = triage({ person_age_group: group, signs: ['injuries', 'child_hungry'] });
      assert.equal(result.child_abuse_suspected, false, String(group));
      assert.deepEqual(result.lines, []);
    }
  });

  it('a child without a child-risk sign does not suggest child abuse', () => {
    const result = triage({
      person_age_group: 'child_6_12',
      signs: ['same_clothes'],
      concerns: ['school_absence'],
    });
    assert.equal(result.child_abuse_suspected, false);
  });

  it('suicide → いのちの電話, よりそいホットライン, こころの健康相談 after 110/119', () => {
    const alone = triage({ danger_kinds: ['suicide'] });
    assert.equal(alone.suicide_risk, true);
    assert.deepEqual(alone.lines, ['inochi', 'yorisoi', 'kokoro']);
    const urgent = triage({ danger_now: 'yes', danger_kinds: ['suicide'] });
    assert.equal(urgent.urgent, true);
    assert.deepEqual(urgent.lines, ['police', 'ambulance', 'inochi', 'yorisoi', 'kokoro']);
  });

  it('several rules at once: most urgent first, no duplicates', () => {
    const result = triage({
      danger_now: 'unsure',
      danger_kinds: ['violence', 'suicide', 'child_abuse'],
      person_age_group: 'teen_13_17',
      signs: ['injuries'],
    });
    assert.deepEqual(result.lines, [
      'police',
      'ambulance',
      'medical_advice',
      'child_abuse',
      'inochi',
      'yorisoi',
      'kokoro',
    ]);
    assert.equal(result.urgent, false);
    assert.equal(result.child_abuse_suspected, true);
    assert.equal(result.suicide_risk, true);
  });

  it('a danger kind without "yes" still shows its own line', () => {
    assert.deepEqual(triage({ danger_kinds: ['violence'] }).lines, ['police']);
    assert.deepEqual(triage({ danger_kinds: ['fire'] }).lines, ['ambulance']);
    assert.deepEqual(triage({ danger_now: 'no', danger_kinds: ['medical'] }).lines, ['ambulance']);
    assert.equal(triage({ danger_kinds: ['violence'] }).urgent, false);
  });

  it('ignores unknown codes', () => {
    const result = triage({ danger_kinds: ['earthquake'], signs: ['???'], person_age_group: 'child_99' });
    assert.deepEqual(result, { urgent: false, child_abuse_suspected: false, suicide_risk: false, lines: [] });
  });

  it('isChildAgeGroup is true for under-18 groups only', () => {
    assert.deepEqual(
      AGE_GROUPS.filter((group) => isChildAgeGroup(group)),
      ['child_0_5', 'child_6_12', 'teen_13_17'],
    );
    assert.equal(isChildAgeGroup(undefined), false);
  });
});
