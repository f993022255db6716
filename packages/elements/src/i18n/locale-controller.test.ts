import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { defineElement } from '../internal/define.js';
import { TsunaguElement } from '../internal/tsunagu-element.js';

// A TsunaguElement: it holds its first render until the catalogue of its language has arrived.
class LocaleProbe extends TsunaguElement {
  override render() {
    return html`<p>${this.i18n.m.common.retry}</p>`;
  }
}
defineElement('test-locale-probe', LocaleProbe);

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
});
