// The shared contract (form-control.contract.ts) applied to every widget.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { LocaleId } from '../i18n/registry.js';
import { testServer } from '../testing/server.js';
import type { ConcernReport } from '../concern-report/concern-report.js';
import type { ReportStatus } from '../report-status/report-status.js';
import { STORY_ACTIVITIES, storyApi } from '../watch-signup/story-data.js';
import type { WatchSignup } from '../watch-signup/watch-signup.js';
import { STORY_DATA } from '../window-finder/test-fixtures/story-data.js';
import '../define/concern-report.js';
import '../define/report-status.js';
import '../define/watch-signup.js';
import '../define/window-finder.js';
import { accessibilityContract, formControlContract } from './form-control.contract.js';

const $ = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function typeInto(el: HTMLElement & { updateComplete: Promise<boolean> }, id: string, text: string) {
  const input = $(el, `#${id}`);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Renders `template` into `form` and returns its first element, once rendered. */
async function into<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  form: HTMLFormElement,
  template: unknown,
): Promise<E> {
  render(template, form);
  const el = form.lastElementChild as E;
  await el.updateComplete;
  return el;
}

/** Every API request stays on its way while `hang` is on (the loading states). */
const realFetch = window.fetch;
function hangRequests(on: boolean): void {
  window.fetch = on ? () => new Promise<Response>(() => undefined) : realFetch;
}
afterEach(() => hangRequests(false));

async function inLang<E extends HTMLElement>(lang: LocaleId, template: unknown): Promise<E> {
  const wrapper = await fixture<HTMLElement>(html`<main lang=${lang}>${template}</main>`);
  const el = wrapper.firstElementChild as E & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

// ── <tsunagu-concern-report> ────────────────────────────────────────────────────────────────────────

/** The report widgets pointed at the test server. */
const reportWidget = async (tag: 'concern-report' | 'report-status', apiBase?: string) => {
  const server = await testServer();
  const base = apiBase ?? server.apiBase;
  return tag === 'concern-report'
    ? html`<tsunagu-concern-report api-base=${base} key=${server.publishableKey}></tsunagu-concern-report>`
    : html`<tsunagu-report-status api-base=${base} key=${server.publishableKey}></tsunagu-report-status>`;
};

formControlContract<ConcernReport>({
  tag: 'tsunagu-concern-report',
  mount: async (form) => into(form, await reportWidget('concern-report')),
  // Answers the first question and goes on, so a reset has both an answer and a step to undo.
  async typeSomething(el) {
    $(el, 'input[name="danger_now"][value="no"]').click();
    await el.updateComplete;
    $(el, '#next').click();
    await el.updateComplete;
  },
  isEmpty: (el) =>
    el.shadowRoot!.querySelector('input[name="danger_now"]') !== null &&
    !el.shadowRoot!.querySelector<HTMLInputElement>('input[name="danger_now"]:checked'),
  // the current question left unanswered
  async makeInvalid(el) {
    $(el, '#next').click();
    await el.updateComplete;
  },
});

accessibilityContract({
  tag: 'tsunagu-concern-report',
  async show(state, lang) {
    hangRequests(state === 'loading'); // the ward list on its way
    const el = await inLang<ConcernReport>(lang, await reportWidget('concern-report'));
    el.preview =
      state === 'failed'
        ? { step: 'review', values: { danger_now: 'no', path: 'self' }, failure: 'server' }
        : { step: 'help', values: { danger_now: 'no', path: 'self' } };
    await el.updateComplete;
    if (state === 'ready') await waitUntil(() => $(el, '#ward_id')?.querySelectorAll('option').length > 1);
    return el;
  },
});

// ── <tsunagu-report-status> ─────────────────────────────────────────────────────────────────────────

formControlContract<ReportStatus>({
  tag: 'tsunagu-report-status',
  mount: async (form) => into(form, await reportWidget('report-status')),
  typeSomething: (el) => typeInto(el, 'reference', 'TK-2345'),
  isEmpty: (el) => $(el, '#reference').value === '' && $(el, '#check_code').value === '',
  async makeInvalid(el) {
    $(el, '#check').click();
    await el.updateComplete;
  },
});

accessibilityContract({
  tag: 'tsunagu-report-status',
  async show(state, lang) {
    const el = await inLang<ReportStatus>(
      lang,
      await reportWidget('report-status', state === 'failed' ? 'not a url' : undefined),
    );
    if (state === 'ready') return el;
    hangRequests(state === 'loading');
    await typeInto(el, 'reference', 'TK-2345-6789');
    await typeInto(el, 'check_code', 'ABCDEF');
    $(el, '#check').click();
    await el.updateComplete;
    if (state === 'failed') await waitUntil(() => $(el, '#status-outcome'));
    return el;
  },
});

// ── <tsunagu-watch-signup> ──────────────────────────────────────────────────────────────────────────

formControlContract<WatchSignup>({
  tag: 'tsunagu-watch-signup',
  async mount(form) {
    const el = await into<WatchSignup>(
      form,
      html`<tsunagu-watch-signup .api=${storyApi()}></tsunagu-watch-signup>`,
    );
    el.choose(STORY_ACTIVITIES[1]!);
    await el.updateComplete;
    return el;
  },
  typeSomething: (el) => typeInto(el, 'name', '中村'),
  isEmpty: (el) => $(el, '#name').value === '',
  async makeInvalid(el) {
    $(el, '#submit').click();
    await el.updateComplete;
    await waitUntil(() => !el.submitting);
  },
});

accessibilityContract({
  tag: 'tsunagu-watch-signup',
  async show(state, lang) {
    const list = state === 'failed' ? 'error' : state;
    const el = await inLang<WatchSignup>(
      lang,
      html`<tsunagu-watch-signup .api=${storyApi(list)}></tsunagu-watch-signup>`,
    );
    if (state !== 'loading') await waitUntil(() => el.listStatus !== 'loading');
    return el;
  },
});

// ── <tsunagu-window-finder> (no input of its own to submit: the states only) ─────────────────────────

accessibilityContract({
  tag: 'tsunagu-window-finder',
  async show(state, lang) {
    const failed = Promise.reject(new TypeError('offline'));
    failed.catch(() => undefined);
    const data =
      state === 'ready' ? STORY_DATA : state === 'failed' ? failed : new Promise<never>(() => undefined);
    const el = await inLang<HTMLElement>(
      lang,
      html`<tsunagu-window-finder
        .data=${data}
        .now=${new Date('2026-12-07T10:00:00+09:00')}
      ></tsunagu-window-finder>`,
    );
    if (state === 'failed') await waitUntil(() => $(el, '[role="alert"]'));
    if (state === 'ready') await waitUntil(() => $(el, '.results'));
    return el;
  },
});
