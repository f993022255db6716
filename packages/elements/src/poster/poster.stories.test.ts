import { expect, fixture } from '@open-wc/testing';
import stories, * as named from './poster.stories.js';
import type { Poster } from './poster.js';
import { qrPath } from './qr.js';

type StoryArgs = Parameters<typeof stories.render>[0];
const exported = Object.entries(named).filter(([name]) => name !== 'default') as [
  string,
  { args: StoryArgs },
][];

describe('poster stories (poster, cards, report poster × every locale, axe-clean)', () => {
  for (const [name, story] of exported) {
    it(name, async () => {
      const wrapper = await fixture<HTMLElement>(stories.render({ ...stories.args, ...story.args }));
      const el = wrapper.querySelector<Poster>('tsunagu-poster')!;
      await el.updateComplete;
      const root = el.shadowRoot!;
      const codes = root.querySelectorAll('svg.qr');
      expect(codes.length).to.equal(story.args.state === 'card' ? 8 : 1);
      expect(codes[0]!.getAttribute('aria-label')).to.include('https://shop.example.jp/soudan/');
      expect(root.textContent).not.to.match(/[{}|]|困窮者/);
      await expect(el).to.be.accessible();
    });
  }

  it('the language choice switches the sheet; the format choice switches poster and cards', async () => {
    const wrapper = await fixture<HTMLElement>(stories.render({ lang: 'ja', state: 'poster' }));
    const el = wrapper.querySelector<Poster>('tsunagu-poster')!;
    await el.updateComplete;
    const language = el.shadowRoot!.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#poster-headline')!.textContent).to.include('alone');
    const format = el.shadowRoot!.querySelector<HTMLSelectElement>('#format')!;
    format.value = 'card';
    format.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.card').length).to.equal(8);
  });

  it('draws a different code for a different address, with the quiet zone outside the modules', () => {
    const a = qrPath('https://shop.example.jp/soudan/');
    const b = qrPath('https://shop.example.jp/report/');
    expect(a.size).to.be.at.least(21);
    expect(a.d).not.to.equal(b.d);
    expect(a.d.startsWith('M0 0h7v1h-7z')).to.equal(true); // the top-left finder pattern's first row
  });
});
