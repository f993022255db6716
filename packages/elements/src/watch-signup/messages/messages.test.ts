import { expect } from '@open-wc/testing';
import { ACTIVITY_TYPES } from '@tsunagu/schema';
import { LOCALES } from '../../i18n/registry.js';
import { SIGNUP_CATALOGUES } from './index.js';
import { SIGNUP_LATER } from './later/index.js';

// Every locale's catalogue, both halves (the list's and the later part's), fetched as the widgets would
// (only the first half's `ja` is in the first screen).
const FIRST = await SIGNUP_CATALOGUES.all();
const LATER = await SIGNUP_LATER.all();
const ALL = Object.fromEntries(LOCALES.map((lang) => [lang, { ...FIRST[lang], ...LATER[lang] }])) as Record<
  (typeof LOCALES)[number],
  typeof FIRST.ja & typeof LATER.ja
>;

/** Every leaf as [path, rendered text]; functions get sample arguments. */
function leaves(node: unknown, path: string[] = []): [string, unknown][] {
  if (typeof node === 'function')
    return [[path.join('.'), (node as (...a: unknown[]) => unknown)(3, '9:30')]];
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]));
  }
  return [[path.join('.'), node]];
}

describe('sign-up message catalogues', () => {
  const reference = leaves(ALL.ja)
    .map(([path]) => path)
    .sort();

  for (const locale of LOCALES) {
    it(`${locale}: every key of ja, no extra key, no empty or broken message, no stigmatising word`, () => {
      const own = leaves(ALL[locale]);
      expect(own.map(([path]) => path).sort()).to.deep.equal(reference);
      for (const [path, value] of own) {
        expect(value, path).to.be.a('string');
        expect((value as string).trim(), path).not.to.equal('');
        expect(value, path).not.to.match(/undefined|NaN|\[object/);
        expect(value, path).not.to.match(/困窮者|対象者/);
      }
    });
  }

  it('names every activity type of the schema, in its order', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(ALL[locale].types), locale).to.deep.equal([...ACTIVITY_TYPES]);
    }
  });

  it('やさしい日本語 is written as its own text, not a copy of ja', () => {
    const ja = new Map(leaves(ALL.ja));
    const easy = leaves(ALL['ja-x-easy']);
    const copied = easy.filter(([path, value]) => ja.get(path) === value).map(([path]) => path);
    expect(copied.length, copied.join(', ')).to.be.below(easy.length / 10);
  });
});
