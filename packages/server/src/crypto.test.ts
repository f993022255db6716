import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { checkCodePattern, referencePattern } from '@tsunagu/schema';
import { createReportKeys } from './crypto.js';

describe('report keys', () => {
  const keys = createReportKeys(randomBytes(32));
  const ids = [0, 1, 2, 3, 1000, 65_535, 2 ** 20, 2 ** 32 + 7, 2 ** 40 - 1];
  const manyIds = Array.from({ length: 2000 }, (_, i) => i + 1);

  it('give each row id a readable reference, and the id back from it', () => {
    for (const id of [...ids, ...manyIds]) {
      const reference = keys.referenceFor(id);
      assert.match(reference, referencePattern);
      assert.equal(keys.idFor(reference), id);
    }
    assert.equal(new Set(manyIds.map((id) => keys.referenceFor(id))).size, manyIds.length);
  });

  it('make references of consecutive ids look unrelated, and different under another key', () => {
    const other = createReportKeys(randomBytes(32));
    const references = manyIds.map((id) => keys.referenceFor(id));
    const samePrefix = references.filter((r, i) => i > 0 && r.slice(0, 5) === references[i - 1]!.slice(0, 5));
    assert.ok(samePrefix.length < 20, `${samePrefix.length} neighbours share their first letters`);
    const sameUnderOther = manyIds.filter((id, i) => other.referenceFor(id) === references[i]).length;
    assert.equal(sameUnderOther, 0);
  });

  it('refuse what is not one of their references', () => {
    for (const text of ['', 'TK-AAAA', 'TK-AAA0-AAAA', 'TK-AAAI-AAAA', 'XX-AAAA-AAAA', 'TK-AAAA-AAAAA'])
      assert.equal(keys.idFor(text), null, text);
    assert.throws(() => keys.referenceFor(2 ** 40), RangeError);
    assert.throws(() => keys.referenceFor(-1), RangeError);
  });

  it('derive six-letter check codes: the same every time, different under another key', () => {
    const other = createReportKeys(randomBytes(32));
    const references = manyIds.slice(0, 200).map((id) => keys.referenceFor(id));
    for (const reference of references) {
      assert.match(keys.checkCodeFor(reference), checkCodePattern);
      assert.equal(keys.checkCodeFor(reference), keys.checkCodeFor(reference));
    }
    const codes = references.map((r) => keys.checkCodeFor(r));
    assert.ok(references.filter((r, i) => other.checkCodeFor(r) === codes[i]).length < 3);
    assert.ok(new Set(codes).size > 195, 'codes of different references differ');
  });
});
