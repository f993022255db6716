// Shared by the console's browser tests: the test server's people, reports sent with the publishable key,
// a signed-in API client, and mounting a screen in a language.
import { fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { SHARED_CATALOGUES } from '@tsunagu/elements';
import type { Ward } from '@tsunagu/schema';
import { ConsoleApi } from '../src/api.js';
import { CONSOLE_MESSAGES } from '../src/messages/index.js';
import { REPORT_CATALOGUES } from '../src/report-labels.js';

interface Person {
  id: string;
  login: string;
  password: string;
}
export type PersonName = 'admin' | 'naka' | 'tsurumi' | 'auditor';

export async function people(): Promise<Record<PersonName, Person>> {
  // a virtual module of the test-server plugin (not a file): imported by URL at run time
  const url = '/__console__/server.js';
  const mod = (await import(/* @vite-ignore */ url)) as { people: Record<PersonName, Person> };
  return mod.people;
}

export async function sendReport(body: Record<string, unknown>): Promise<string> {
  const answer = await executeServerCommand<
    { status: number; body: { reference: string } },
    Record<string, unknown>
  >('console-send-report', body);
  if (answer?.status !== 201) throw new Error(`report not sent: ${JSON.stringify(answer)}`);
  return answer.body.reference;
}

export const adminCode = async (): Promise<string> =>
  await executeServerCommand<string, undefined>('console-totp', undefined);

/** A client signed in as a ward staff member (cookie session through the test runner's origin). */
export async function signedIn(person: Exclude<PersonName, 'admin'>): Promise<ConsoleApi> {
  const api = new ConsoleApi();
  const p = (await people())[person];
  await api.login({ login: p.login, password: p.password });
  return api;
}

export async function wardsFrom(api: ConsoleApi): Promise<Ward[]> {
  return (await api.get<{ wards: Ward[] }>('/v1/areas', { towns: 'none' })).wards;
}

/** Mounts `template` inside a `<div lang>` once that language's catalogues are loaded. */
export async function mount<T extends Element>(template: TemplateResult, lang: 'ja' | 'en'): Promise<T> {
  await Promise.all([
    SHARED_CATALOGUES.load(lang),
    CONSOLE_MESSAGES.load(lang),
    ...REPORT_CATALOGUES.map((c) => c.load(lang)),
  ]);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  const el = wrapper.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

/** Waits until `check` holds (the screens load over real HTTP). */
export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const text = (el: Element) => el.shadowRoot!.textContent ?? '';
