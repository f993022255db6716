import { expect } from '@open-wc/testing';
import { LOCALES } from '../../i18n/registry.js';
import { POSTER_CATALOGUES } from '../../poster/messages/index.js';
import { plain } from '../../i18n/ruby.js';
import { AWARENESS_CATALOGUES } from './index.js';

function leaves(node: unknown, path: string[] = []): [string, unknown][] {
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path.join('.'), node]];
}

/** Readings bracketed after kanji, 漢字（かんじ）: the notation is {漢字|かんじ} instead. */
const BRACKETED_READING = /\p{Script=Han}[（(][\p{Script=Hiragana}ー]+[）)]/u;
/** A brace or bar left over once the notation is stripped: a malformed reading. */
const LEFTOVER = /[{}|]/;

for (const [name, catalogues] of [
  ['awareness', AWARENESS_CATALOGUES],
  ['poster', POSTER_CATALOGUES],
] as const) {
  describe(`${name} message catalogues`, () => {
    for (const locale of LOCALES) {
      it(`${locale} has every key of ja, no empty message, well-formed readings, never 困窮者/対象者`, async () => {
        const all = await (catalogues as typeof AWARENESS_CATALOGUES).all();
        const reference = new Map(leaves(all.ja));
        const own = new Map(leaves(all[locale]));
        expect([...own.keys()].sort()).to.deep.equal([...reference.keys()].sort());
        for (const [path, value] of own) {
          expect(typeof value, path).to.equal(typeof reference.get(path));
          const text = typeof value === 'function' ? (value as (...a: unknown[]) => string)(1, 5) : value;
          expect(text, path).to.be.a('string');
          expect((text as string).trim(), path).not.to.equal('');
          expect(text, path).not.to.match(/undefined|NaN|\[object|困窮者|対象者/);
          expect(text, path).not.to.match(BRACKETED_READING);
          expect(plain(text as string), path).not.to.match(LEFTOVER);
          if (locale !== 'ja-x-easy') expect(text, path).not.to.include('{');
        }
      });
    }
  });
}
