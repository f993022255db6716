import { expect, fixture, waitUntil } from '@open-wc/testing';
import stories, * as named from './window-finder.stories.js';
import { $, $$, text } from './test-helpers.js';
import type { WindowFinder } from './window-finder.js';

type StoryArgs = Parameters<typeof stories.render>[0];
const exported = Object.entries(named).filter(([name]) => name !== 'default') as [
  string,
  { args: StoryArgs },
][];

/** What each story state must show once settled. */
const EXPECT: Record<string, (el: WindowFinder) => boolean> = {
  loading: (el) => $(el, '.loading') !== null,
  error: (el) => $(el, '#retry') !== null,
  // no ward yet: the ward offices wait behind one press, the rest (lines, open-to-anyone) are listed
  ready: (el) => $(el, '#show-tucked') !== null && $$(el, 'article[part="result"]').length > 0,
  ownWard: (el) =>
    text($(el, 'article[part="result"] h3')).includes('南区') || text($(el, 'article h3')).includes('Minami'),
  holidayPinned: (el) => $(el, '.pinned') !== null,
  danger: (el) => $(el, '#danger') !== null,
  empty: (el) => $(el, '.empty') !== null,
};

describe('window finder stories (every state × locale renders, axe-clean)', () => {
  it('covers every state in every locale', () => {
    for (const state of Object.keys(EXPECT)) {
      expect(
        exported
          .filter(([, s]) => s.args.state === state)
          .map(([, s]) => s.args.lang)
          .sort(),
        state,
      ).to.deep.equal(['en', 'ja', 'ja-x-easy']);
    }
  });
  for (const [name, story] of exported) {
    it(name, async () => {
      const wrapper = await fixture<HTMLElement>(stories.render({ ...stories.args, ...story.args }));
      const el = wrapper.querySelector('tsunagu-window-finder')!;
      await waitUntil(() => EXPECT[story.args.state]!(el), `${name} did not reach its state`);
      expect(el.shadowRoot!.querySelector('#finder-title')!.closest('[lang]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
