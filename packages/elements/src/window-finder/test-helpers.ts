// Helpers for the finder's browser tests (not shipped).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { testServer } from '../testing/server.js';
import type { WindowFinder } from './window-finder.js';
import '../define/window-finder.js';

export const FIXTURES = new URL('./test-fixtures/', import.meta.url).pathname;

export const WEEKDAY_9 = new Date('2026-11-26T09:00:00+09:00'); // Thursday
export const HOLIDAY_10 = new Date('2026-11-23T10:00:00+09:00'); // 勤労感謝の日 (Monday)
export const YEAR_END_10 = new Date('2026-12-30T10:00:00+09:00');

export interface FinderOptions {
  lang?: string;
  attrs?: Record<string, string | boolean>;
  now?: Date;
  /** Static mode with the fixtures instead of the real server. */
  static?: boolean;
}

/** A finder in a `lang` wrapper, loaded (against the real server unless `static`). */
export async function finder(options: FinderOptions = {}): Promise<WindowFinder> {
  const wrapper = await fixture<HTMLElement>(html`<main lang=${options.lang ?? 'ja'}></main>`);
  const el = document.createElement('tsunagu-window-finder');
  el.now = options.now ?? WEEKDAY_9;
  if (options.static) {
    el.setAttribute('src', `${FIXTURES}static-windows.json`);
    el.setAttribute('areas-src', `${FIXTURES}static-areas.json`);
  } else {
    const { apiBase, publishableKey } = await testServer();
    el.setAttribute('api-base', apiBase);
    el.setAttribute('key', publishableKey);
  }
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  wrapper.append(el);
  await waitForReady(el);
  return el;
}

export async function waitForReady(el: WindowFinder): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.querySelector('.count, .empty, [role="alert"]'),
    'finder did not load',
    {
      timeout: 8000,
    },
  );
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: WindowFinder, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: WindowFinder, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Ids of the result cards, in order. */
export function resultIds(el: WindowFinder): string[] {
  return $$(el, 'article[part="result"]').map(
    (card) => card.id || card.getAttribute('aria-labelledby')!.replace(/^result-/, ''),
  );
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Types into the town box with the real keyboard and waits for the render. The box appears once the towns
 * have arrived, after the first results (from the API they come last).
 */
export async function typeTown(el: WindowFinder, value: string): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('#town'), 'the town box did not appear', {
    timeout: 8000,
  });
  $<HTMLInputElement>(el, '#town').focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

export async function press(el: WindowFinder, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Ticks concern checkboxes by value. */
export async function tickConcerns(el: WindowFinder, values: string[]): Promise<void> {
  for (const value of values) {
    const box = $$<HTMLInputElement>(el, 'input[name="concerns"]').find((input) => input.value === value)!;
    box.click();
    await el.updateComplete; // each change renders before the next click, as with a person
  }
}

/** Presses "show other wards' windows too" (or "every ward's") when it is there. */
export async function showTucked(el: WindowFinder): Promise<void> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#show-tucked');
  if (!button) return;
  button.click();
  await el.updateComplete;
}
