import { expect, waitUntil } from '@open-wc/testing';
import { $, choose, fill, mountReport, pick, press } from './test-helpers.js';

/** Report POSTs fail with a 500 until `state.refuse` is set, then are refused: the town is too long. */
function failThenRefuse() {
  const realFetch = window.fetch;
  const state = { refuse: false };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method !== 'POST' || !request.url.includes('/v1/concern-reports'))
      return realFetch(input, init);
    const [status, error] = !state.refuse
      ? [500, { type: 'server_error', code: 'internal' }]
      : [
          422,
          { type: 'validation_error', code: 'invalid_request', fields: [{ path: 'town', code: 'too_long' }] },
        ];
    return new Response(JSON.stringify({ error: { ...error, message: 'x', request_id: 'r' } }), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { state, restore: () => (window.fetch = realFetch) };
}

describe('<tsunagu-concern-report> shows only the current errors', () => {
  it('each attempt shows only its own error, and the intro names the button as it reads now', async () => {
    const { state, restore } = failThenRefuse();
    try {
      const el = await mountReport({ lang: 'ja' });
      await choose(el, 'danger_now', 'no');
      await press(el);
      await choose(el, 'path', 'self');
      await press(el);
      await choose(el, 'concerns', 'food');
      await pick(el, 'ward_id', 'naka');
      await fill(el, 'free_text', '食費がありません');
      await press(el);
      await choose(el, 'follow_up', 'anonymous');
      await press(el);
      expect($(el, 'form p')!.textContent).to.contain('「送信する」');
      await press(el, 'send');
      await waitUntil(() => $(el, '#failure'), 'the failure box');
      expect($(el, '#send')!.textContent).to.contain('もう一度送る');
      expect($(el, 'form p')!.textContent).to.contain('「もう一度送る」');
      expect($(el, 'form p')!.textContent).not.to.contain('「送信する」');

      state.refuse = true;
      await press(el, 'send');
      await waitUntil(() => $(el, '#error-summary'), 'the refused town is listed');
      expect($(el, '#failure')).to.equal(null);
      await fill(el, 'town', '寿町');
      await press(el);
      expect($(el, '#error-summary')).to.equal(null);
      expect($(el, '#failure')).to.equal(null); // the 500 is history once the next attempt got an answer
    } finally {
      restore();
    }
  });
});
