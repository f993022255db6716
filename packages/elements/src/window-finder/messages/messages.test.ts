import { expect } from '@open-wc/testing';
import { ACCESSIBILITY, CONTACT_MODES, WINDOW_NOTES } from '@tsunagu/schema';
import { LOCALES } from '../../i18n/registry.js';
import { finderEn } from './en.js';
import { FINDER_CATALOGUES, type FinderCatalogue } from './index.js';

// Every locale's catalogue, fetched as the widgets would (only `ja` is in the bundle).
const ALL = await FINDER_CATALOGUES.all();

// A catalogue missing a group must not typecheck (tsc -b fails if this stops being an error).
const { credits: _dropped, ...withoutCredits } = finderEn;
// @ts-expect-error credits is missing
const incomplete: FinderCatalogue = withoutCredits;
void incomplete;

// Every schema code the finder shows has words (a type error here when the schema adds one).
type Words = FinderCatalogue;
const codes: [readonly string[], (m: Words) => Record<string, string>][] = [
  [CONTACT_MODES, (m) => m.filters.modes],
  [ACCESSIBILITY, (m) => m.filters.accessibility],
  [WINDOW_NOTES, (m) => m.notes],
];
const _typed: {
  notes: Record<(typeof WINDOW_NOTES)[number], string>;
} = { notes: finderEn.notes };
void _typed;

function leaves(node: unknown, path: string[] = []): [string, unknown][] {
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path.join('.'), node]];
}

describe('finder message catalogues', () => {
  const reference = new Map(leaves(ALL.ja));
  for (const locale of LOCALES) {
    it(`${locale} has every key of ja, no extra key, no empty message, and never 困窮者/対象者`, () => {
      const own = new Map(leaves(ALL[locale]));
      expect([...own.keys()].sort()).to.deep.equal([...reference.keys()].sort());
      for (const [path, value] of own) {
        expect(typeof value, path).to.equal(typeof reference.get(path));
        const text = typeof value === 'function' ? (value as (...a: unknown[]) => string)('X', 'Y') : value;
        expect(text, path).to.be.a('string');
        expect((text as string).trim(), path).not.to.equal('');
        expect(text, path).not.to.match(/undefined|NaN|\[object|困窮者|対象者/);
      }
      for (const [list, pick] of codes) {
        for (const code of list) expect(pick(ALL[locale])[code], `${locale} ${code}`).to.be.a('string');
      }
    });
  }

  it('やさしい日本語 is its own text, not the ja catalogue', () => {
    const ja = new Map(leaves(ALL.ja));
    const easy = leaves(ALL['ja-x-easy']).filter(([path, v]) => typeof v === 'string' && v === ja.get(path));
    // Only short shared words may coincide (e.g. 電話, メール).
    for (const [path, value] of easy) expect((value as string).length, path).to.be.lessThan(8);
  });
});
