// The same SDK error gets the same words in every widget: the shared catalogue's sentence, once.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TsunaguServerError } from '@tsunagu/client/core';
import { en } from '../i18n/locales/en.js';
import { ja } from '../i18n/locales/ja.js';
import { testServer } from '../testing/server.js';
import { STORY_ACTIVITIES, storyApi } from '../watch-signup/story-data.js';
import type { SignupApi } from '../watch-signup/api.js';
import '../define/concern-report.js';
import '../define/report-status.js';
import '../define/watch-signup.js';
import '../define/window-finder.js';
import type { ReportStatus } from '../report-status/report-status.js';
import { failureFor, failureText } from './failures.js';

const serverError = () =>
  new TsunaguServerError({ type: 'server_error', code: 'internal', message: 'x', status: 500 });

const words = (el: Element): string => el.shadowRoot!.textContent?.replace(/\s+/g, ' ') ?? '';

/** Every request to the API answers 500 while `run` runs. */
async function whileServerFails<T>(run: () => Promise<T>): Promise<T> {
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method === 'GET' && !request.url.includes('/status')) return realFetch(input, init);
    const body = { error: { type: 'server_error', code: 'internal', message: 'x', request_id: 'r' } };
    return Promise.resolve(
      new Response(JSON.stringify(body), { status: 500, headers: { 'content-type': 'application/json' } }),
    );
  };
  try {
    return await run();
  } finally {
    window.fetch = realFetch;
  }
}

async function reportStatusText(lang: string): Promise<string> {
  const { apiBase, publishableKey } = await testServer();
  const el = await fixture<ReportStatus>(
    html`<tsunagu-report-status
      lang=${lang}
      api-base=${apiBase}
      key=${publishableKey}
    ></tsunagu-report-status>`,
  );
  for (const [id, value] of [
    ['reference', 'TK-2345-6789'],
    ['check_code', 'ABCDEF'],
  ]) {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value!;
    input.dispatchEvent(new InputEvent('input'));
  }
  await el.updateComplete;
  await whileServerFails(async () => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('#check')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.failure'), 'no failure', { timeout: 8000 });
  });
  return words(el);
}

async function finderText(lang: string): Promise<string> {
  const data = Promise.reject(serverError());
  data.catch(() => undefined);
  const el = await fixture(html`<tsunagu-window-finder lang=${lang} .data=${data}></tsunagu-window-finder>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no failure');
  return words(el);
}

async function signupText(lang: string): Promise<string> {
  const api: SignupApi = { ...storyApi(), createSignup: () => Promise.reject(serverError()) };
  const el = await fixture<HTMLElement & { choose(a: unknown): void; updateComplete: Promise<boolean> }>(
    html`<tsunagu-watch-signup lang=${lang} .api=${api}></tsunagu-watch-signup>`,
  );
  el.choose(STORY_ACTIVITIES[1]);
  await el.updateComplete;
  const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  for (const [id, value] of [
    ['name', 'テスト'],
    ['phone', '045-000-0000'],
  ]) {
    $(`#${id}`).value = value!;
    $(`#${id}`).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  $('#terms_accepted').click();
  await el.updateComplete;
  $('#submit').click();
  await waitUntil(() => el.shadowRoot!.querySelector('.error-notice'), 'no failure', { timeout: 8000 });
  return words(el);
}

async function reportText(lang: string): Promise<string> {
  const { apiBase, publishableKey } = await testServer();
  const el = await fixture<HTMLElement & { preview: unknown; updateComplete: Promise<boolean> }>(
    html`<tsunagu-concern-report
      lang=${lang}
      api-base=${apiBase}
      key=${publishableKey}
    ></tsunagu-concern-report>`,
  );
  // the review step with complete answers, then a real send that the server refuses with a 500
  el.preview = {
    step: 'review',
    values: {
      danger_now: 'no',
      path: 'self',
      concerns: ['food'],
      ward_id: 'naka',
      free_text: 'テスト',
      follow_up: 'anonymous',
    },
  };
  await el.updateComplete;
  await whileServerFails(async () => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('#send')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#failure'), 'no failure', { timeout: 8000 });
  });
  return words(el);
}

describe('failure words', () => {
  for (const [lang, m] of [
    ['ja', ja],
    ['en', en],
  ] as const) {
    it(`a server failure reads the same in every widget (${lang})`, async () => {
      const sentence = m.failures.server;
      expect(failureText({ locale: lang, m }, failureFor(serverError()))).to.equal(sentence);
      for (const [widget, text] of [
        ['report-status', await reportStatusText(lang)],
        ['window-finder', await finderText(lang)],
        ['watch-signup', await signupText(lang)],
        ['concern-report', await reportText(lang)],
      ]) {
        expect(text, widget).to.include(sentence);
      }
    });
  }
});
