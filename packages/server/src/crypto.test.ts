import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { REFERENCE_ALPHABET } from '@tsunagu/schema';
import { createCheckCodes, newReference } from './crypto.js';

describe('check codes', () => {
  const letters = `[${REFERENCE_ALPHABET}]`;

  it('are six readable letters, the same for a reference every time, different under another key', () => {
    const codeFor = createCheckCodes(randomBytes(32));
    const otherKey = createCheckCodes(randomBytes(32));
    const references = Array.from({ length: 200 }, () => newReference());
    for (const reference of references) {
      assert.match(codeFor(reference), new RegExp(`^${letters}{6}$`));
      assert.equal(codeFor(reference), codeFor(reference));
    }
    const codes = references.map(codeFor);
    const sameUnderOtherKey = references.filter((r, i) => otherKey(r) === codes[i]).length;
    assert.ok(sameUnderOtherKey < 3, `${sameUnderOtherKey} of 200 codes equal under another key`);
    assert.ok(new Set(codes).size > 195, 'codes of different references differ');
  });
});
