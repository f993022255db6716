import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { defineElement } from '../internal/define.js';
import { TsunaguElement } from '../internal/tsunagu-element.js';
import { FIELD_ERRORS } from './field-errors.js';
import { LazyCatalogues } from './lazy-catalogues.js';

// A TsunaguElement: it holds its first render until the catalogue of its language has arrived.
class LocaleProbe extends TsunaguElement {
  override render() {
    return html`<p>${this.i18n.m.common.retry}</p>`;
  }
}
defineElement('test-locale-probe', LocaleProbe);

// Its own words' English arrive only when the test lets them: a switch to English stays on its way.
let releaseSlowEnglish: () => void = () => undefined;
const SLOW = new LazyCatalogues<{ word: string }>(
  { word: 'ゆっくり' },
  {
    'ja-x-easy': () => Promise.resolve({ word: 'ゆっくり' }),
    en: () => new Promise((resolve) => (releaseSlowEnglish = () => resolve({ word: 'slowly' }))),
  },
);
class SlowProbe extends TsunaguElement {
  static override catalogues = [SLOW];
  override render() {
    return html`<p>${SLOW.get(this.i18n.locale).word}</p>`;
  }
}
defineElement('test-locale-slow-probe', SlowProbe);

/** Puts a probe inside another element's shadow root, to check `lang` is followed across the boundary. */
class LocaleOuter extends LitElement {
  override render() {
    return html`<section><test-locale-probe></test-locale-probe></section>`;
  }
}
defineElement('test-locale-outer', LocaleOuter);

const text = (probe: LocaleProbe) => probe.shadowRoot?.querySelector('p')?.textContent ?? '';

async function textBecomes(probe: LocaleProbe, expected: string) {
  await waitUntil(() => text(probe) === expected, `expected "${expected}", got "${text(probe)}"`);
}

describe('LocaleController', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('follows <html lang> and switches when it changes', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const probe = await fixture<LocaleProbe>(fixtureHtml`<test-locale-probe></test-locale-probe>`);
    expect(text(probe)).to.equal('Try again');
    document.documentElement.setAttribute('lang', 'ja');
    await textBecomes(probe, 'もう一度試す');
  });

  it("prefers its own lang, then the nearest ancestor's", async () => {
    document.documentElement.setAttribute('lang', 'ja');
    const wrapper = await fixture<HTMLElement>(
      fixtureHtml`<div lang="en"><div><test-locale-probe></test-locale-probe></div></div>`,
    );
    const probe = wrapper.querySelector<LocaleProbe>('test-locale-probe')!;
    expect(probe.i18n.locale).to.equal('en');
    probe.setAttribute('lang', 'ja-x-easy');
    await textBecomes(probe, 'もういちど ためす');
    probe.removeAttribute('lang');
    await textBecomes(probe, 'Try again');
    wrapper.setAttribute('lang', 'ja-JP');
    await textBecomes(probe, 'もう一度試す');
  });

  it('follows lang across shadow roots, live', async () => {
    document.documentElement.setAttribute('lang', 'ja');
    const wrapper = await fixture<HTMLElement>(
      fixtureHtml`<div lang="en"><test-locale-outer></test-locale-outer></div>`,
    );
    const outer = wrapper.querySelector<LocaleOuter>('test-locale-outer')!;
    await outer.updateComplete;
    const probe = outer.shadowRoot!.querySelector<LocaleProbe>('test-locale-probe')!;
    await textBecomes(probe, 'Try again');
    outer.setAttribute('lang', 'ja-x-easy');
    await textBecomes(probe, 'もういちど ためす');
    // A lang inside the outer shadow root, between the host and the probe, is nearer still.
    outer.shadowRoot!.querySelector('section')!.setAttribute('lang', 'en');
    await textBecomes(probe, 'Try again');
  });

  it('treats unknown languages as English and other Japanese tags as ja', async () => {
    const wrapper = await fixture<HTMLElement>(
      fixtureHtml`<div lang="zh-CN"><test-locale-probe></test-locale-probe></div>`,
    );
    const probe = wrapper.querySelector<LocaleProbe>('test-locale-probe')!;
    expect(text(probe)).to.equal('Try again');
    wrapper.setAttribute('lang', 'ja-Hira-JP');
    await textBecomes(probe, 'もう一度試す');
  });

  it('stops watching when disconnected', async () => {
    const wrapper = await fixture<HTMLElement>(
      fixtureHtml`<div lang="en"><test-locale-probe></test-locale-probe></div>`,
    );
    const probe = wrapper.querySelector<LocaleProbe>('test-locale-probe')!;
    probe.remove();
    wrapper.setAttribute('lang', 'ja');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(probe.i18n.locale).to.equal('en');
    wrapper.append(probe);
    await textBecomes(probe, 'もう一度試す');
  });

  it('words field errors once a form has brought their sentences, in the language it switches to', async () => {
    const wrapper = await fixture<HTMLElement>(
      fixtureHtml`<div lang="ja"><test-locale-probe></test-locale-probe></div>`,
    );
    const probe = wrapper.querySelector<LocaleProbe>('test-locale-probe')!;
    // before the sentences (they come with a form's later part), the field is still named
    expect(probe.i18n.fieldError('required', { label: 'お名前' })).to.equal(
      'お名前：入力内容を確認してください',
    );
    await probe.i18n.adoptFieldErrors(FIELD_ERRORS);
    expect(probe.i18n.fieldError('required', { label: 'お名前' })).to.equal('お名前を入力してください');
    wrapper.setAttribute('lang', 'en');
    await textBecomes(probe, 'Try again');
    expect(probe.i18n.fieldError('required', { label: 'Name' })).to.equal('Enter name');
  });

  it('a catalogue adopted while a switch of lang is on its way also loads the language being switched to', async () => {
    const wrapper = await fixture<HTMLElement>(
      fixtureHtml`<div lang="ja"><test-locale-slow-probe></test-locale-slow-probe></div>`,
    );
    const probe = wrapper.querySelector<SlowProbe>('test-locale-slow-probe')!;
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => probe.i18n.loading !== undefined, 'the switch did not start');
    const asked: string[] = [];
    const later = new LazyCatalogues<{ word: string }>(
      { word: 'あとで' },
      {
        'ja-x-easy': () => Promise.resolve({ word: 'あとで' }),
        en: () => {
          asked.push('en');
          return Promise.resolve({ word: 'later' });
        },
      },
    );
    await probe.i18n.adopt(later);
    expect(asked).to.deep.equal(['en']);
    releaseSlowEnglish();
    await waitUntil(() => text(probe) === 'slowly', 'did not switch');
    expect(later.get(probe.i18n.locale).word).to.equal('later');
  });
});
