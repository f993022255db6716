// Helpers for the sign-up widget's browser tests: activities created on the real test server through the
// admin API (each test gets its own, so tests never share seats), and a fixture pointed at that server.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ActivityInput } from '@tsunagu/schema';
import { adminRequest, testServer } from '../testing/server.js';
import '../define/watch-signup.js';
import type { WatchSignup } from './watch-signup.js';

let counter = 0;

/** A future activity with its own ward-unique id; `overrides` change any field. */
export async function createActivity(
  overrides: Partial<ActivityInput> = {},
): Promise<ActivityInput & { id: string }> {
  counter += 1;
  const start = new Date(Date.now() + (3 + counter) * 86_400_000);
  start.setUTCHours(1, 0, 0, 0); // 10:00 in Tokyo
  const end = new Date(start.getTime() + 2 * 3_600_000);
  const activity: ActivityInput & { id: string } = {
    id: `wtest-${Date.now().toString(36)}-${counter}`,
    type: 'watch',
    title: `見守りテスト ${counter}`,
    title_en: `Watch test ${counter}`,
    summary: 'テスト用の活動です。',
    organizer: 'テスト区 生活支援課',
    ward_id: 'seya',
    starts_at: start.toISOString().replace('Z', '+00:00'),
    ends_at: end.toISOString().replace('Z', '+00:00'),
    place: { name: 'テスト会館' },
    online: false,
    capacity: 5,
    requirements: { min_age: null, guardian_consent_under: 18, training_first: false },
    signup_fields: ['phone'],
    allow_organisations: true,
    languages: ['ja'],
    sample: false,
    ...overrides,
  };
  const response = await adminRequest('/v1/admin/activities', { method: 'POST', body: activity });
  if (response.status !== 201) throw new Error(`activity not created: ${JSON.stringify(response.body)}`);
  return activity;
}

/** The widget against the real server, showing only `type` activities in one ward, once the list loaded. */
export async function signupWidget(
  options: { ward?: string; types?: string; lang?: string } = {},
): Promise<WatchSignup> {
  const { apiBase, publishableKey } = await testServer();
  const el = await fixture<WatchSignup>(
    html`<tsunagu-watch-signup
      api-base=${apiBase}
      key=${publishableKey}
      ward=${options.ward ?? 'seya'}
      types=${options.types ?? ''}
      lang=${options.lang ?? 'ja'}
    ></tsunagu-watch-signup>`,
  );
  await waitUntil(() => el.listStatus !== 'loading' && el.wards.length > 0, 'list did not load', {
    timeout: 8000,
  });
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: WatchSignup, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** The widget's text as read, without ruby readings (compare with `plain(...)` of catalogue words). */
export function text(el: WatchSignup): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let out = '';
  while (walker.nextNode())
    if (!walker.currentNode.parentElement?.closest('rt')) out += walker.currentNode.textContent;
  return out.replace(/\s+/g, ' ');
}

/** Opens an activity from the list by pressing its button. */
export async function openActivity(el: WatchSignup, id: string): Promise<void> {
  $(el, `[data-activity="${id}"]`).click();
  await el.updateComplete;
}

/** Types into a text field as a person would (input events). */
export async function type(el: WatchSignup, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function tick(el: WatchSignup, id: string): Promise<void> {
  $(el, `#${id}`).click();
  await el.updateComplete;
}

/** Submits and waits until the request finished (the view changed or the button is no longer busy). */
export async function submit(el: WatchSignup): Promise<void> {
  $(el, '#submit').click();
  await el.updateComplete;
  await waitUntil(() => !el.submitting, 'submit did not finish', { timeout: 8000 });
  await el.updateComplete;
}
