import { expect, waitUntil } from '@open-wc/testing';
import type { ConcernReport } from './concern-report.js';
import {
  $,
  $$,
  choose,
  countReports,
  fill,
  mountReport,
  pick,
  press,
  waitForReceipt,
} from './test-helpers.js';

type Mode = 'pass' | 'lose-response' | 'server-error';

/** Replaces window.fetch: report POSTs are counted with their Idempotency-Key, then passed, lost or refused. */
function interceptFetch() {
  const realFetch = window.fetch;
  const state = { mode: 'pass' as Mode, keys: [] as string[] };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method !== 'POST' || !request.url.includes('/v1/concern-reports'))
      return realFetch(input, init);
    state.keys.push(request.headers.get('idempotency-key') ?? '');
    if (state.mode === 'server-error') {
      return new Response(
        JSON.stringify({ error: { type: 'server_error', code: 'internal', message: 'x', request_id: 'r' } }),
        {
          status: 500,
          headers: { 'content-type': 'application/json' },
        },
      );
    }
    const response = await realFetch(input, init);
    // The server stored the report, but the answer never reaches the page (a dropped connection).
    if (state.mode === 'lose-response') throw new TypeError('Failed to fetch');
    return response;
  };
  return { state, restore: () => (window.fetch = realFetch) };
}

async function answerForMyself(el: ConcernReport, ward: string): Promise<void> {
  await choose(el, 'danger_now', 'no');
  await press(el);
  await choose(el, 'path', 'self');
  await press(el);
  await choose(el, 'concerns', 'food');
  await pick(el, 'ward_id', ward);
  await fill(el, 'free_text', '今月の食費がありません');
  await press(el);
  await choose(el, 'follow_up', 'anonymous');
  await press(el);
}

describe('<tsunagu-concern-report> failure and "try again"', () => {
  it('a lost response keeps the answers, says so plainly, and "send again" re-uses the key: exactly one report', async () => {
    const ward = 'seya';
    const before = await countReports(ward);
    const el = await mountReport({ lang: 'ja' });
    const errors: unknown[] = [];
    el.addEventListener('tsunagu-error', (e) => errors.push((e as CustomEvent).detail));
    await answerForMyself(el, ward);
    const fetches = interceptFetch();
    try {
      fetches.state.mode = 'lose-response';
      await press(el, 'send');
      await waitUntil(() => $(el, '#failure'), 'no failure shown', { timeout: 9000 });
      expect($(el, '#failure')!.textContent)
        .to.include('インターネットにつながっているか')
        .and.include('入力した内容は消えていません');
      expect(el.shadowRoot!.activeElement?.id).to.equal('failure');
      expect(
        $$(el, '.summary-row')
          .map((r) => r.textContent)
          .join(),
      ).to.include('今月の食費がありません');
      expect($(el, '#send')!.textContent).to.include('もう一度送る');
      expect(errors).to.deep.equal([{ type: 'network' }]);
      expect(el.hasUnsentInput).to.equal(true);
      const firstSeries = fetches.state.keys.length;
      expect(firstSeries).to.be.greaterThan(1); // the SDK retried on its own before giving up

      fetches.state.mode = 'pass';
      await press(el, 'send');
      await waitForReceipt(el);
      expect(new Set(fetches.state.keys).size).to.equal(1);
      expect(fetches.state.keys.length).to.equal(firstSeries + 1);
    } finally {
      fetches.restore();
    }
    expect(await countReports(ward)).to.equal(before + 1);
  });

  it('a server error (5xx) keeps the answers and the retry stores one report', async () => {
    const ward = 'sakae';
    const before = await countReports(ward);
    const el = await mountReport({ lang: 'en' });
    await answerForMyself(el, ward);
    const fetches = interceptFetch();
    try {
      fetches.state.mode = 'server-error';
      await press(el, 'send');
      await waitUntil(() => $(el, '#failure'), 'no failure shown', { timeout: 9000 });
      expect($(el, '#failure')!.textContent).to.include('a problem on our side');
      expect(await countReports(ward)).to.equal(before);
      fetches.state.mode = 'pass';
      await press(el, 'send');
      await waitForReceipt(el);
      expect(new Set(fetches.state.keys).size).to.equal(1);
    } finally {
      fetches.restore();
    }
    expect(await countReports(ward)).to.equal(before + 1);
  });

  it('changed answers after a failure are a new attempt with a new key', async () => {
    const el = await mountReport({ lang: 'ja' });
    await answerForMyself(el, 'izumi');
    const fetches = interceptFetch();
    try {
      fetches.state.mode = 'server-error';
      await press(el, 'send');
      await waitUntil(() => $(el, '#failure'), 'no failure shown', { timeout: 9000 });
      $$<HTMLButtonElement>(el, '.summary-row button').at(-1)!.click();
      await el.updateComplete;
      await choose(el, 'follow_up', 'contact');
      await choose(el, 'contact_modes', 'mail');
      await fill(el, 'email', 'me@example.jp');
      await press(el);
      fetches.state.mode = 'pass';
      await press(el, 'send');
      await waitForReceipt(el);
      expect(new Set(fetches.state.keys).size).to.equal(2);
    } finally {
      fetches.restore();
    }
  });

  it('without an API base or key it says the form is not set up, and emits {type: "config"}', async () => {
    const el = document.createElement('tsunagu-concern-report');
    document.body.append(el);
    try {
      const errors: unknown[] = [];
      el.addEventListener('tsunagu-error', (e) => errors.push((e as CustomEvent).detail));
      el.preview = {
        step: 'review',
        values: {
          danger_now: 'no',
          path: 'self',
          ward_id: 'naka',
          concerns: ['housing'],
          follow_up: 'anonymous',
        },
      };
      await el.updateComplete;
      await press(el, 'send');
      await waitUntil(() => $(el, '#failure'));
      expect($(el, '#failure')!.textContent).to.include('設定に問題');
      expect(errors).to.deep.equal([{ type: 'config' }]);
    } finally {
      el.remove();
    }
  });
});
