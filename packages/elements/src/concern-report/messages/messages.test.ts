import { expect } from '@open-wc/testing';
import { LOCALES } from '../../i18n/registry.js';
import { REPORT_MESSAGES } from './index.js';
import { ja } from './ja.js';
import { REPORT_LATER } from './later/index.js';
import { jaLater } from './later/ja.js';

// Every locale's catalogue, both halves (the first screen's and the later part's), fetched as the widgets
// would (only the first half's `ja` is in the first screen).
const FIRST = await REPORT_MESSAGES.all();
const LATER = await REPORT_LATER.all();
const ALL: Record<string, unknown> = Object.fromEntries(
  LOCALES.map((lang) => [lang, { ...FIRST[lang], ...LATER[lang] }]),
);
const JA = { ...ja, ...jaLater };

/** Every leaf of a catalogue as [path, value]. */
function leaves(node: unknown, path = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[path, node]];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

describe('concern-report catalogues', () => {
  it('the two halves share no key (the later one would hide the first)', () => {
    expect(Object.keys(ja).filter((key) => key in jaLater)).to.deep.equal([]);
  });

  const keys = leaves(JA)
    .map(([path]) => path)
    .sort();

  for (const lang of LOCALES) {
    it(`${lang}: has every key, with a real sentence, and never the words 困窮者 / 対象者`, () => {
      const entries = leaves(ALL[lang]);
      expect(entries.map(([path]) => path).sort()).to.deep.equal(keys);
      for (const [path, value] of entries) {
        const text =
          typeof value === 'function' ? String((value as (...a: unknown[]) => string)(3, 5)) : value;
        expect(text, path).to.be.a('string');
        // empty is allowed only for a sign's optional explanation
        if (!/^signs\.items\.\w+\.hint$/.test(path)) expect((text as string).trim(), path).to.not.equal('');
        expect(text, path).to.not.match(/困窮者|対象者/);
      }
    });
  }

  it('やさしい日本語 is its own text, not a copy of 日本語', () => {
    const easy = new Map(leaves(ALL['ja-x-easy']));
    // Names of languages read the same, and so does one short aside.
    const sameOnPurpose = /^selfContact\.languages\.|^review\.notAnswered$/;
    const same = leaves(JA).filter(
      ([path, value]) =>
        typeof value === 'string' &&
        value.length > 8 &&
        easy.get(path) === value &&
        !sameOnPurpose.test(path),
    );
    expect(same.map(([path]) => path)).to.deep.equal([]);
  });
});
