// Where every widget reaches the API: one SDK core per API base, key and language (shared by all widgets on
// the page), the ward list fetched once, and the idempotency key. Widgets add only the resource entry
// points they call (`@tsunagu/client/concern-reports`, …), so a bundle never carries the whole SDK.
import { createHttp, type TsunaguHttp } from '@tsunagu/client/core';
import { areasResource } from '@tsunagu/client/areas';
import type { Town, Ward } from '@tsunagu/schema';
import { getDefaults } from '../defaults.js';

export { newIdempotencyKey } from '@tsunagu/client/core';

export interface ApiSettings {
  /** The widget's own `api-base` attribute, if any (wins over the embed script's default). */
  apiBase?: string | undefined;
  /** The widget's own `key` attribute, if any (wins over the embed script's default). */
  key?: string | undefined;
  /** Sent as `Accept-Language`. */
  locale: string;
}

/**
 * The widgets send no cookies and no referrer: the API knows them by their key, and the page's address
 * (which can hold a sign-up's cancel token in its fragment or a person's search) is none of its business.
 */
const fetchWithoutCredentials: typeof fetch = (input, init) =>
  globalThis.fetch(input, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer' });

const cores = new Map<string, TsunaguHttp>();
const wardLists = new Map<string, Promise<readonly Ward[]>>();

/** The API base and key for these settings (the widget's own, else the embed script's), if both are set. */
function target(settings: ApiSettings): { baseUrl: string; key: string } | undefined {
  const defaults = getDefaults();
  const baseUrl = settings.apiBase || defaults.apiBase;
  const key = settings.key || defaults.key;
  return baseUrl && key ? { baseUrl, key } : undefined;
}

/**
 * The SDK's HTTP core for the widget's settings, or undefined when the page has not configured an API base
 * and key, or configured a malformed one (reported to the person as a configuration problem).
 */
export function httpFor(settings: ApiSettings): TsunaguHttp | undefined {
  const to = target(settings);
  if (!to) return undefined;
  const id = `${to.baseUrl} ${to.key} ${settings.locale}`;
  let http = cores.get(id);
  if (!http) {
    try {
      http = createHttp({ ...to, locale: settings.locale, fetch: fetchWithoutCredentials });
    } catch {
      return undefined;
    }
    cores.set(id, http);
  }
  return http;
}

/**
 * The city's wards (`GET /v1/areas?towns=none`), fetched once per API and key for every widget on the
 * page; a failure is forgotten so the next call tries again.
 */
export function loadWards(settings: ApiSettings): Promise<readonly Ward[]> {
  const http = httpFor({ ...settings, locale: 'ja' }); // ward names come in every language at once
  const to = target(settings);
  if (!http || !to) return Promise.reject(new Error('tsunagu: no API base and key configured'));
  const id = `${to.baseUrl} ${to.key}`;
  let wards = wardLists.get(id);
  if (!wards) {
    wards = areasResource(http)
      .list({ towns: 'none' })
      .then((areas) => areas.wards);
    wardLists.set(id, wards);
    wards.catch(() => wardLists.delete(id));
  }
  return wards;
}

const townLists = new Map<string, Promise<readonly Town[]>>();

/**
 * The city's towns (`GET /v1/areas`, ~25 kB compressed), fetched once per API and key for every widget on
 * the page, and only when a town box is first used; a failure is forgotten so the next call tries again.
 */
export function loadTowns(settings: ApiSettings): Promise<readonly Town[]> {
  const http = httpFor({ ...settings, locale: 'ja' });
  const to = target(settings);
  if (!http || !to) return Promise.reject(new Error('tsunagu: no API base and key configured'));
  const id = `${to.baseUrl} ${to.key}`;
  let towns = townLists.get(id);
  if (!towns) {
    towns = areasResource(http)
      .list()
      .then((areas) => areas.towns);
    townLists.set(id, towns);
    towns.catch(() => townLists.delete(id));
  }
  return towns;
}
