// `publishable-key` is the name React and Vue apps use (`key` is reserved there); `key` keeps working.
import { expect, fixture, html } from '@open-wc/testing';
import { testServer } from '../testing/server.js';
import { waitForReady } from '../window-finder/test-helpers.js';
import type { WindowFinder } from '../window-finder/window-finder.js';
import '../define/window-finder.js';
import '../define/watch-signup.js';

async function mountFinder(attribute: 'key' | 'publishable-key', value: string): Promise<WindowFinder> {
  const { apiBase } = await testServer();
  const wrapper = await fixture<HTMLElement>(html`<main lang="ja"></main>`);
  const el = document.createElement('tsunagu-window-finder');
  el.setAttribute('api-base', apiBase);
  el.setAttribute(attribute, value);
  wrapper.append(el);
  await waitForReady(el);
  return el;
}

describe('publishable-key', () => {
  it('loads windows with the key given as publishable-key alone', async () => {
    const { publishableKey } = await testServer();
    const el = await mountFinder('publishable-key', publishableKey);
    expect(el.key).to.equal(publishableKey);
    expect(el.publishableKey).to.equal(publishableKey);
    expect(el.shadowRoot!.querySelector('.count'), 'results').to.exist;
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.not.exist;
  });

  it('sends the key it was given: an unknown publishable-key is refused by the server', async () => {
    const el = await mountFinder('publishable-key', 'pk_unknown_key_for_test');
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'error shown').to.exist;
    expect(el.shadowRoot!.querySelector('.count')).to.not.exist;
  });

  it('keeps key working, and the attribute and the property set the same value', async () => {
    const { publishableKey } = await testServer();
    const el = await mountFinder('key', publishableKey);
    expect(el.publishableKey).to.equal(publishableKey);
    el.setAttribute('publishable-key', 'pk_changed');
    expect(el.key).to.equal('pk_changed');
    const signup = document.createElement('tsunagu-watch-signup');
    signup.publishableKey = 'pk_property';
    expect(signup.key).to.equal('pk_property');
  });
});
