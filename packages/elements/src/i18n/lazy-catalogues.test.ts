import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from '../internal/define.js';
import { TsunaguElement } from '../internal/tsunagu-element.js';
import { LazyCatalogues } from './lazy-catalogues.js';

interface Words {
  hello: string;
}

/** A catalogue whose `en` fails until `enAvailable` is set, like a chunk fetched while offline. */
let enAvailable = false;
let enFetches = 0;
const WORDS = new LazyCatalogues<Words>(
  { hello: 'こんにちは' },
  {
    'ja-x-easy': () => Promise.resolve({ hello: 'こんにちは（やさしい）' }),
    en: () => {
      enFetches += 1;
      return enAvailable ? Promise.resolve({ hello: 'Hello' }) : Promise.reject(new Error('offline'));
    },
  },
);

class WordsProbe extends TsunaguElement {
  static override catalogues = [WORDS];
  override render() {
    return html`<p>${WORDS.get(this.i18n.locale).hello} / ${this.i18n.m.common.retry}</p>`;
  }
}
defineElement('test-words-probe', WordsProbe);

const text = (el: WordsProbe) => el.shadowRoot?.querySelector('p')?.textContent ?? '';

describe('LazyCatalogues', () => {
  it('has only the default locale until one is loaded, and fetches each locale once', async () => {
    let fetches = 0;
    const words = new LazyCatalogues<Words>(
      { hello: 'ja' },
      {
        'ja-x-easy': () => Promise.resolve({ hello: 'easy' }),
        en: () => {
          fetches += 1;
          return Promise.resolve({ hello: 'en' });
        },
      },
    );
    expect(words.has('ja')).to.equal(true);
    expect(words.has('en')).to.equal(false);
    expect(words.get('en').hello, 'falls back to ja before loading').to.equal('ja');
    const [a, b] = await Promise.all([words.load('en'), words.load('en')]);
    expect(a.hello).to.equal('en');
    expect(b).to.equal(a);
    expect(fetches).to.equal(1);
    expect(words.get('en').hello).to.equal('en');
    expect(Object.keys(await words.all())).to.deep.equal(['ja', 'ja-x-easy', 'en']);
  });

  it("renders an element first in its own language, with its widget's words and the shared ones", async () => {
    const el = await fixture<WordsProbe>(fixtureHtml`<test-words-probe lang="ja-x-easy"></test-words-probe>`);
    expect(text(el)).to.equal('こんにちは（やさしい） / もういちど ためす');
  });

  it('keeps the language it has when a catalogue cannot be fetched, and tries again on the next change', async () => {
    enAvailable = false;
    const before = enFetches;
    const el = await fixture<WordsProbe>(fixtureHtml`<test-words-probe lang="en"></test-words-probe>`);
    expect(enFetches).to.equal(before + 1);
    expect(el.i18n.locale).to.equal('ja');
    expect(text(el), 'rendered in Japanese rather than not at all').to.equal('こんにちは / もう一度試す');

    enAvailable = true;
    el.setAttribute('lang', 'ja');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.i18n.locale).to.equal('en');
    expect(text(el)).to.equal('Hello / Try again');
  });
});
