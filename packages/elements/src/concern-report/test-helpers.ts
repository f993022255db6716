// Helpers for the concern-report browser tests (not a test file itself).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { testServer } from '../testing/server.js';
import type { ConcernReport } from './concern-report.js';
import '../define/concern-report.js';

export async function mountReport(
  options: { lang?: string; context?: string; organisation?: string } = {},
): Promise<ConcernReport> {
  const { apiBase, publishableKey } = await testServer();
  const wrapper = await fixture<HTMLElement>(
    html`<main lang=${options.lang ?? 'ja'}>
      <tsunagu-concern-report
        api-base=${apiBase}
        key=${publishableKey}
        context=${options.context ?? 'general'}
        organisation=${options.organisation ?? ''}
      ></tsunagu-concern-report>
    </main>`,
  );
  const el = wrapper.querySelector('tsunagu-concern-report')!;
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: ConcernReport, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: ConcernReport, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Ticks or chooses the option with `value` in the radio/checkbox group named `name`. */
export async function choose(el: ConcernReport, name: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
  if (!input) throw new Error(`no option ${name}=${value}`);
  input.click();
  await el.updateComplete;
}

export async function fill(el: ConcernReport, id: string, text: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  if (!input) throw new Error(`no field #${id}`);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function pick(el: ConcernReport, id: string, value: string): Promise<void> {
  if (id === 'ward_id')
    await waitUntil(
      () => ($<HTMLSelectElement>(el, '#ward_id')?.options.length ?? 0) > 1,
      'wards did not load',
    );
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Presses the step's primary button ("次へ" / "送信する"). */
export async function press(el: ConcernReport, id = 'next'): Promise<void> {
  $<HTMLButtonElement>(el, `#${id}`)!.click();
  await el.updateComplete;
  await el.updateComplete;
}

export const heading = (el: ConcernReport): string => $(el, '#step-heading')?.textContent?.trim() ?? '';

export async function waitForReceipt(el: ConcernReport): Promise<string> {
  await waitUntil(() => $(el, '#reference') || $(el, '#failure'), 'no receipt or failure', { timeout: 8000 });
  return $(el, '#reference')?.textContent?.trim() ?? '';
}

/** Answers the about-someone path up to the review step with ordinary answers. */
export async function answerAboutSomeone(
  el: ConcernReport,
  ward = 'naka',
  role = 'neighbour',
): Promise<void> {
  await choose(el, 'danger_now', 'no');
  await press(el);
  await choose(el, 'path', 'about_someone');
  await press(el);
  await choose(el, 'reporter_role', role);
  await press(el);
  await choose(el, 'age_group', 'senior_65_plus');
  await pick(el, 'ward_id', ward);
  await fill(el, 'town', '寿町');
  await press(el);
  await choose(el, 'signs', 'mail_piling_up');
  await choose(el, 'concerns', 'isolation');
  await fill(el, 'free_text', '最近見かけません。郵便受けがいっぱいです。');
  await press(el);
  await choose(el, 'consent', 'not_asked');
  await choose(el, 'follow_up', 'anonymous');
  await press(el);
}

/** How many reports the server holds for a ward (through the admin API, paging through everything). */
export async function countReports(ward: string): Promise<number> {
  const { adminRequest } = await import('../testing/server.js');
  let count = 0;
  let cursor: string | null = null;
  do {
    const query: string = `/v1/admin/reports?ward=${ward}&limit=100${cursor ? `&cursor=${cursor}` : ''}`;
    const page = await adminRequest<{ data: unknown[]; next_cursor: string | null }>(query);
    count += page.body.data.length;
    cursor = page.body.next_cursor;
  } while (cursor);
  return count;
}
