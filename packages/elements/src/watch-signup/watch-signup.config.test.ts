import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { testServer } from '../testing/server.js';
import type { WatchSignup } from './watch-signup.js';
import '../define/watch-signup.js';

describe('<tsunagu-watch-signup> configured after it is on the page', () => {
  it('loads the activities and wards once api-base and key arrive (frameworks set them after mounting)', async () => {
    const { apiBase, publishableKey } = await testServer();
    const el = await fixture<WatchSignup>(html`<tsunagu-watch-signup ward="seya"></tsunagu-watch-signup>`);
    await waitUntil(() => el.listStatus === 'error', 'without an API the list fails');

    el.setAttribute('api-base', apiBase);
    el.key = publishableKey;
    await waitUntil(() => el.listStatus === 'ready', 'the list loads once configured', { timeout: 8000 });
    await waitUntil(() => el.wards.length === 18, 'the ward filter gets the 18 wards');
    expect(el.shadowRoot!.querySelector('[data-activity]'), 'an activity is listed').to.exist;
  });
});
