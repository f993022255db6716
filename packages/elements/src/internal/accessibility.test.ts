import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALES } from '../i18n/registry.js';
import { defineSampleForm, type SampleForm } from './sample-form.js';

defineSampleForm();

async function sampleForm(lang: string): Promise<SampleForm> {
  const wrapper = await fixture<HTMLElement>(
    html`<main lang=${lang}><tsunagu-sample-form></tsunagu-sample-form></main>`,
  );
  const widget = wrapper.querySelector<SampleForm>('tsunagu-sample-form')!;
  await widget.updateComplete;
  return widget;
}

describe('accessibility (axe) of every block', () => {
  for (const lang of LOCALES) {
    it(`is clean in ${lang}: fields, hints and count`, async () => {
      const widget = await sampleForm(lang);
      await expect(widget).to.be.accessible();
    });

    it(`is clean in ${lang}: error summary and inline errors`, async () => {
      const widget = await sampleForm(lang);
      widget.set('phone', 'abc');
      widget.set('details', 'x'.repeat(30));
      widget.shadowRoot!.querySelector<HTMLButtonElement>('#send')!.click();
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelectorAll('#error-summary a')).to.have.length(6);
      await expect(widget).to.be.accessible();
    });

    it(`is clean in ${lang}: busy button, announcement and emergency notice`, async () => {
      const widget = await sampleForm(lang);
      widget.emergencyLines = [
        'police',
        'ambulance',
        'medical_advice',
        'child_abuse',
        'yorisoi',
        'inochi',
        'kokoro',
      ];
      widget.busy = true;
      await widget.announcer.announce('test', { assertive: true });
      await widget.updateComplete;
      await expect(widget).to.be.accessible();
    });
  }
});

describe('emergency notice', () => {
  it('links each line with a large tel: link named in the current language', async () => {
    const widget = await sampleForm('ja');
    widget.emergencyLines = ['police', 'ambulance', 'medical_advice', 'child_abuse'];
    await widget.updateComplete;
    const links = [...widget.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="emergency-link"]')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:110',
      'tel:119',
      'tel:%237119',
      'tel:189',
    ]);
    expect(links[0]!.textContent.replace(/\s+/g, ' ').trim()).to.equal('110 警察');
    const section = widget.shadowRoot!.querySelector('#emergency')!;
    expect(section.getAttribute('aria-labelledby')).to.equal('emergency-heading');
    expect(parseFloat(getComputedStyle(links[0]!.querySelector('.number')!).fontSize)).to.be.greaterThan(24);
    widget.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => links[0]!.textContent.includes('Police'));
    expect(widget.shadowRoot!.querySelector('#emergency-heading')!.textContent).to.equal(
      'If someone is in danger now, call straight away',
    );
  });
});

describe('live regions', () => {
  it('sets polite and assertive text, and re-announces the same sentence', async () => {
    const widget = await sampleForm('ja');
    const polite = widget.shadowRoot!.querySelector('[part="live-polite"]')!;
    const assertive = widget.shadowRoot!.querySelector('[part="live-assertive"]')!;
    expect(polite.getAttribute('role')).to.equal('status');
    expect(assertive.getAttribute('aria-live')).to.equal('assertive');
    await widget.announcer.announce('3件見つかりました');
    expect(polite.textContent).to.equal('3件見つかりました');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(polite.textContent ?? ''));
    observer.observe(polite, { childList: true, characterData: true, subtree: true });
    await widget.announcer.announce('3件見つかりました');
    observer.disconnect();
    expect(seen).to.include('');
    expect(polite.textContent).to.equal('3件見つかりました');
    await widget.announcer.announce('送信できませんでした', { assertive: true });
    expect(assertive.textContent).to.equal('送信できませんでした');
    widget.announcer.clear();
    await widget.updateComplete;
    expect(polite.textContent).to.equal('');
    expect(assertive.textContent).to.equal('');
  });
});
