import { expect, fixture } from '@open-wc/testing';
import stories, * as named from './help-card.stories.js';

type StoryArgs = Parameters<typeof stories.render>[0];
const exported = Object.entries(named).filter(([name]) => name !== 'default') as [
  string,
  { args: StoryArgs },
][];

describe('help card stories (open, closed, no office × every locale, axe-clean)', () => {
  for (const [name, story] of exported) {
    it(name, async () => {
      const wrapper = await fixture<HTMLElement>(stories.render({ ...stories.args, ...story.args }));
      const el = wrapper.querySelector('tsunagu-help-card')!;
      await el.updateComplete;
      const root = el.shadowRoot!;
      const state = story.args.state;
      expect(root.querySelectorAll('[part="status-open"]').length).to.equal(state === 'open' ? 1 : 0);
      expect(root.querySelectorAll('[part="status-closed"]').length).to.equal(state === 'closed' ? 1 : 0);
      expect(root.querySelector('a[part="tel"]')?.getAttribute('href') ?? null).to.equal(
        state === 'noOffice' ? null : 'tel:0452248181',
      );
      // the 24-hour lines are always there, and first whenever the office cannot answer now
      const lines = root.querySelector('.emergency')!;
      const office = root.querySelector('.help-office');
      const linesFirst =
        !office || !!(lines.compareDocumentPosition(office) & Node.DOCUMENT_POSITION_FOLLOWING);
      expect(linesFirst).to.equal(state !== 'open');
      await expect(el).to.be.accessible();
    });
  }
});
