// The SDK client and the ward list, shared by every report widget on the page that talks to the same API.
import { createClient, type TsunaguClient } from '@tsunagu/client';
import type { Ward } from '@tsunagu/schema';
import { getDefaults } from '../defaults.js';

export interface ApiSettings {
  /** The widget's own `api-base` attribute, if any (wins over the embed script's default). */
  apiBase?: string | undefined;
  key?: string | undefined;
  locale: string;
}

const clients = new Map<string, TsunaguClient>();
const wardLists = new Map<string, Promise<readonly Ward[]>>();

/** A client for the widget's settings, or undefined when the page has not configured an API base and key. */
export function clientFor(settings: ApiSettings): TsunaguClient | undefined {
  const defaults = getDefaults();
  const baseUrl = settings.apiBase || defaults.apiBase;
  const key = settings.key || defaults.key;
  if (!baseUrl || !key) return undefined;
  const id = `${baseUrl} ${key} ${settings.locale}`;
  let client = clients.get(id);
  if (!client) {
    try {
      client = createClient({ baseUrl, key, locale: settings.locale });
    } catch {
      return undefined; // a malformed base URL or key: reported to the person as a configuration problem
    }
    clients.set(id, client);
  }
  return client;
}

/** The city's wards (from `GET /v1/areas`), fetched once per API and page; a failure is retried next time. */
export function loadWards(settings: ApiSettings): Promise<readonly Ward[]> {
  const client = clientFor({ ...settings, locale: 'ja' });
  if (!client) return Promise.reject(new Error('not configured'));
  const id = settings.apiBase || getDefaults().apiBase || '';
  let wards = wardLists.get(id);
  if (!wards) {
    wards = client.areas.list({ towns: 'none' }).then((areas) => areas.wards);
    wardLists.set(id, wards);
    wards.catch(() => wardLists.delete(id));
  }
  return wards;
}

/** Readings of the shipped default data's ward names, for やさしい日本語 (hard kanji get a reading). */
const WARD_READINGS: Record<string, string> = {
  tsurumi: 'つるみく',
  kanagawa: 'かながわく',
  nishi: 'にしく',
  naka: 'なかく',
  minami: 'みなみく',
  hodogaya: 'ほどがやく',
  isogo: 'いそごく',
  kanazawa: 'かなざわく',
  kohoku: 'こうほくく',
  totsuka: 'とつかく',
  konan: 'こうなんく',
  asahi: 'あさひく',
  midori: 'みどりく',
  seya: 'せやく',
  sakae: 'さかえく',
  izumi: 'いずみく',
  aoba: 'あおばく',
  tsuzuki: 'つづきく',
};

/** A ward's name in the widget's language. */
export function wardName(ward: Ward, locale: string): string {
  if (locale === 'en') return ward.name_en ?? ward.name;
  const reading = locale === 'ja-x-easy' ? WARD_READINGS[ward.id] : undefined;
  return reading ? `${ward.name}（${reading}）` : ward.name;
}

/** A v4 UUID for the Idempotency-Key of one series of attempts (`randomUUID` is missing on plain-http pages). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
