import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import guideStories, * as guides from './awareness.stories.js';
import checkStories, * as checks from './self-check.stories.js';
import { AWARENESS_CATALOGUES } from './messages/index.js';
import type { SelfCheck } from './self-check.js';
import { SITUATIONS } from './situations.js';

type Story<A> = { args: A };
const named = <A>(module: Record<string, unknown>) =>
  Object.entries(module).filter(([name]) => name !== 'default') as [string, Story<A>][];

async function mount(template: TemplateResult, tag: string): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag)!;
  await el.updateComplete;
  return el;
}

const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent ?? '';

describe('awareness guide and self-check stories (every state × locale × audience, axe-clean)', () => {
  for (const [name, story] of named<Parameters<typeof guideStories.render>[0]>(guides)) {
    it(`guide ${name}`, async () => {
      const el = await mount(
        guideStories.render({ ...guideStories.args, ...story.args }),
        'tsunagu-awareness',
      );
      expect(el.shadowRoot!.querySelectorAll('[part="role"]').length).to.equal(4);
      expect(el.shadowRoot!.querySelector('a[part="next-link"]')!.getAttribute('href')).to.equal('#report');
      // the urgent block's numbers are triage's: 110, 119, 189 and the いのちの電話 line
      const tels = [...el.shadowRoot!.querySelectorAll('#urgent a')].map((a) => a.getAttribute('href'));
      expect(tels).to.deep.equal(['tel:110', 'tel:119', 'tel:189', 'tel:0120783556']);
      const text = shadowText(el);
      expect(text).not.to.match(/[{}|]|困窮者/);
      if (story.args.lang === 'ja-x-easy')
        expect(el.shadowRoot!.querySelectorAll('ruby rt').length).to.be.above(0);
      else expect(el.shadowRoot!.querySelector('ruby')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  for (const [name, story] of named<Parameters<typeof checkStories.render>[0]>(checks)) {
    it(`self-check ${name}`, async () => {
      const el = await mount(
        checkStories.render({ ...checkStories.args, ...story.args }),
        'tsunagu-self-check',
      );
      const shown = el.shadowRoot!.querySelectorAll('[part="feedback"]').length;
      expect(shown).to.equal({ fresh: 0, answered: 2, done: 5 }[story.args.state]);
      expect(shadowText(el)).not.to.match(/[{}|]|困窮者/);
      await expect(el).to.be.accessible();
    });
  }

  it('every answer of every situation has its own label and feedback in every locale', async () => {
    for (const [locale, m] of Object.entries(await AWARENESS_CATALOGUES.all())) {
      const feedback = new Set<string>();
      for (const s of SITUATIONS) {
        const answers = m.situations[s.id].answers as Record<string, { label: string; feedback: string }>;
        expect(Object.keys(answers).sort(), `${locale} ${s.id}`).to.deep.equal([...s.answers].sort());
        for (const a of s.answers) feedback.add(answers[a]!.feedback);
      }
      expect(feedback.size, locale).to.equal(SITUATIONS.reduce((n, s) => n + s.answers.length, 0));
    }
  });

  it('keyboard only: arrows choose, the feedback follows the choice', async () => {
    const el = (await mount(
      checkStories.render({ lang: 'en', state: 'fresh' }),
      'tsunagu-self-check',
    )) as SelfCheck;
    el.shadowRoot!.querySelector<HTMLInputElement>('#s-regular-ask')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#s-regular-feedback')!.textContent).to.include('suggest');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const feedback = el.shadowRoot!.querySelector('#s-regular-feedback')!.textContent;
    expect(feedback).to.include('another way');
    expect(feedback).to.include('Even a greeting');
    expect(el.chosen).to.deep.equal({ regular: 'leave' });
  });
});
