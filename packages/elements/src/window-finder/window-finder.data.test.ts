import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, press, showTucked, text } from './test-helpers.js';
import { STORY_DATA } from './test-fixtures/story-data.js';
import { wardOffice } from './test-fixtures/sample-windows.js';
import type { WindowFinder } from './window-finder.js';

async function withData(data: WindowFinder['data'], attrs = ''): Promise<WindowFinder> {
  const wrapper = await fixture<HTMLElement>(html`<main lang="ja"></main>`);
  const el = document.createElement('tsunagu-window-finder');
  el.now = new Date('2026-11-26T10:00:00+09:00');
  el.data = data;
  if (attrs) el.setAttribute('concerns', attrs);
  wrapper.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.count, .empty'));
  return el;
}

describe('<tsunagu-window-finder> data property and long lists', () => {
  it('renders 20 cards at first, then 20 more on "show more", moving focus to the first new card', async () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      wardOffice(`w${String(i).padStart(2, '0')}`, 35.4 + i / 1000, 139.6, { name: `窓口${i}` }),
    );
    const el = await withData({ windows: many, wards: [], towns: [] });
    // no ward known: every ward's office waits behind one press
    expect($$(el, 'article[part="result"]')).to.have.length(0);
    await showTucked(el);
    expect($$(el, 'article[part="result"]')).to.have.length(20);
    expect(text($(el, '#show-more'))).to.equal('さらに20件表示する（残り25件）');
    $<HTMLButtonElement>(el, '#show-more').click();
    await el.updateComplete;
    expect($$(el, 'article[part="result"]')).to.have.length(40);
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('aria-labelledby') === 'result-w20-seikatsushien',
    );
    $<HTMLButtonElement>(el, '#show-more').click();
    await el.updateComplete;
    expect($$(el, 'article[part="result"]')).to.have.length(45);
    expect($(el, '#show-more')).to.equal(null);
  });

  it('uses the given data without any request, and re-filters when `concerns` changes', async () => {
    const el = await withData(STORY_DATA, 'food');
    expect($$(el, 'article[part="result"]').map((a) => a.getAttribute('aria-labelledby'))).to.include(
      'result-npo-food',
    );
    el.setAttribute('concerns', 'care');
    await el.updateComplete;
    expect($$(el, 'article[part="result"]').map((a) => a.getAttribute('aria-labelledby'))).not.to.include(
      'result-npo-food',
    );
    // the town box works on the given towns, with their readings
    $<HTMLInputElement>(el, '#town').focus();
    await press(el, 'a'); // latin input does not match kana readings
    expect($$(el, '[role="option"]')).to.have.length(0);
  });
});
