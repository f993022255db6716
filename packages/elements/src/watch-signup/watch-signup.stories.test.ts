import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from './watch-signup.stories.js';
import type { WatchSignup } from './watch-signup.js';

type Story = { args?: Record<string, unknown> };
const meta = stories.default as unknown as {
  args: Record<string, unknown>;
  render: (args: Record<string, unknown>) => TemplateResult;
};
const named = Object.entries(stories).filter(([name]) => name !== 'default') as [string, Story][];

describe('<tsunagu-watch-signup> stories', () => {
  it('cover every state', () => {
    const states = new Set(named.map(([, story]) => story.args?.state ?? 'list'));
    expect([...states].sort()).to.deep.equal(
      [
        'cancel',
        'cancelled',
        'confirmed',
        'details',
        'empty',
        'error',
        'errors',
        'failure',
        'full',
        'list',
        'loading',
        'minor',
        'organisation',
        'waitlisted',
      ].sort(),
    );
  });

  for (const [name, story] of named) {
    it(`${name} renders and is axe-clean`, async () => {
      const wrapper = await fixture<HTMLDivElement>(meta.render({ ...meta.args, ...story.args }));
      const el = wrapper.querySelector<WatchSignup>('tsunagu-watch-signup')!;
      const state = story.args?.state ?? 'list';
      await waitUntil(() => state === 'loading' || el.listStatus !== 'loading', 'not rendered');
      await new Promise((resolve) => setTimeout(resolve, 20)); // let setUp() run
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#view-heading')?.textContent?.trim()).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  }
});
