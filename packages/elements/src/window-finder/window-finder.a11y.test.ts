import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LOCALES } from '../i18n/registry.js';
import { testServer } from '../testing/server.js';
import {
  $,
  $$,
  finder,
  HOLIDAY_10,
  resultIds,
  text,
  tickConcerns,
  typeTown,
  WEEKDAY_9,
} from './test-helpers.js';
import type { WindowFinder } from './window-finder.js';

/** The focused element inside the finder's shadow root. */
const focused = (el: WindowFinder) => el.shadowRoot!.activeElement as HTMLElement | null;

async function tabUntil(
  el: WindowFinder,
  match: (active: HTMLElement) => boolean,
  max = 60,
): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = focused(el);
    if (active && match(active)) return active;
  }
  throw new Error('never reached by Tab');
}

describe('<tsunagu-window-finder> accessibility', () => {
  for (const lang of LOCALES) {
    it(`axe is clean in ${lang}: results for a town, with the suggestions open`, async () => {
      const el = await finder({ lang });
      await typeTown(el, '相生町');
      expect($(el, '#town').getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it(`axe is clean in ${lang}: danger lines, pinned window, closed on a holiday`, async () => {
      const el = await finder({ lang, attrs: { ward: 'naka' }, now: HOLIDAY_10 });
      await tickConcerns(el, ['violence_abuse', 'money_debt']);
      $<HTMLInputElement>(el, '#open-now').click();
      await el.updateComplete;
      expect($(el, '.pinned')).to.exist;
      await expect(el).to.be.accessible();
    });

    it(`axe is clean in ${lang}: empty results`, async () => {
      const el = await finder({ lang });
      const signLanguage = $$<HTMLInputElement>(el, 'input[name="access"]').find(
        (i) => i.value === 'sign_language',
      )!;
      signLanguage.click();
      await el.updateComplete;
      expect($(el, '.empty')).to.exist;
      await expect(el).to.be.accessible();
    });

    it(`axe is clean in ${lang}: load error with retry`, async () => {
      const el = await finder({
        lang,
        attrs: { 'api-base': 'http://127.0.0.1:9', key: 'pk_demo_unreachable' },
      });
      expect($(el, '#retry')).to.exist;
      await expect(el).to.be.accessible();
    });

    it(`axe is clean in ${lang}: loading`, async () => {
      const realFetch = window.fetch;
      window.fetch = () => new Promise<Response>(() => {}); // never answers
      try {
        const wrapper = await fixture<HTMLElement>(html`<main lang=${lang}></main>`);
        const el = document.createElement('tsunagu-window-finder');
        el.setAttribute('src', '/never.json');
        wrapper.append(el);
        await el.updateComplete;
        expect(text($(el, '.loading'))).not.to.equal('');
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
    });
  }

  it('the whole flow by keyboard: concerns, town with suggestions, open now, then a phone link', async () => {
    const { apiBase, publishableKey } = await testServer();
    const wrapper = await fixture<HTMLElement>(html`<main lang="ja"><button id="before">前</button></main>`);
    const el = document.createElement('tsunagu-window-finder');
    el.now = WEEKDAY_9;
    el.setAttribute('api-base', apiBase);
    el.setAttribute('key', publishableKey);
    wrapper.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.count'), 'not loaded', { timeout: 8000 });
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // help first: the 24-hour lines' phone links come before the questions
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('href')).to.match(/^tel:/);
    await tabUntil(el, (a) => a.id === 'concerns'); // お金・借金
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // 住まい
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input[name="concerns"]:checked').map((i) => i.value)).to.deep.equal([
      'money_debt',
      'housing',
    ]);

    await tabUntil(el, (a) => a.id === 'town');
    await sendKeys({ type: 'ことぶきx' }); // nothing found: said so under the box
    await el.updateComplete;
    expect(text($(el, '#town-status'))).to.include('見つかりませんでした');
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'あいおいちょう' }); // by sound: the server's areas carry readings for 中区
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#town').value).to.equal('相生町一丁目');
    expect(resultIds(el)[0]).to.equal('naka-seikatsushien');

    await tabUntil(el, (a) => a.id === 'open-now');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#open-now').checked).to.equal(true);

    const tel = await tabUntil(el, (a) => a.getAttribute('part') === 'tel');
    expect(tel.closest('article')!.getAttribute('aria-labelledby')).to.equal('result-naka-seikatsushien');
    expect(tel.getAttribute('href')).to.equal('tel:0452248181');
  });
});
