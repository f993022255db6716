import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextOpeningJson, tailLength, writeTail, type ItemTail } from './list-item-tail.js';

describe('list item tails as bytes', () => {
  it('are exactly the JSON text of the per-request fields', () => {
    const iso = '2026-11-30T23:45:00.000Z';
    for (const distance of [null, 0, 9, 10, 99, 100, 12_345, 1_000_000])
      for (const [serves, inWard, open] of [
        [true, true, false],
        [false, false, true],
      ] as const)
        for (const next of [null, iso]) {
          const tail: ItemTail = { distance, serves, inWard, open, next: nextOpeningJson(next) };
          const expected = `,"distance_m":${distance},"serves_area":${serves},"in_ward":${inWard},"open_now":${open},"next_opening":${next === null ? 'null' : `"${next}"`}}`;
          const out = Buffer.alloc(tailLength(tail) + 4, 0x2a); // a margin of '*' that must stay untouched
          const end = writeTail(out, 2, tail);
          assert.equal(end, 2 + tailLength(tail));
          assert.equal(out.toString('latin1'), `**${expected}**`);
        }
  });
});
