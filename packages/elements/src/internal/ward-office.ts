// The ward's own consultation window — the 生活支援課 that takes any trouble — for the help card on a
// partner's page and on a report's receipt: the same choice everywhere. The ward is the page's, or else the
// one the city set for the partner the key belongs to (GET /v1/partner).
import { partnerResource } from '@tsunagu/client/partner';
import { windowsResource } from '@tsunagu/client/windows';
import type { ConsultationWindow } from '@tsunagu/schema';
import { httpFor, type ApiSettings } from './api.js';
import { NotConfiguredError } from './failures.js';

// keyed by the page's shared core for the API and key (one per pair: ./api.ts)
const partnerWards = new WeakMap<object, Promise<string | null>>();

/**
 * The ward of the key's partner, asked once per API and key for every card on the page; a failure is
 * forgotten so the next load asks again.
 */
function partnerWard(widget: string, settings: ApiSettings): Promise<string | null> {
  const http = httpFor({ ...settings, locale: 'ja' }); // the answer is the same in every language
  if (!http) return Promise.reject(new NotConfiguredError(widget));
  let ward = partnerWards.get(http);
  if (!ward) {
    ward = partnerResource(http)
      .get()
      .then((partner) => partner.ward_id);
    partnerWards.set(http, ward);
    ward.catch(() => partnerWards.delete(http));
  }
  return ward;
}

/**
 * The ward's independence-support office (else its first office), or null when the ward lists none or,
 * asked without a ward, the key's partner has none.
 */
export async function loadWardOffice(
  widget: string,
  settings: ApiSettings,
  ward: string | undefined,
  signal?: AbortSignal,
): Promise<ConsultationWindow | null> {
  const http = httpFor(settings);
  if (!http) throw new NotConfiguredError(widget);
  const wardId = ward || (await partnerWard(widget, settings));
  if (!wardId) return null;
  const page = await windowsResource(http)
    .list({ ward: wardId, kind: 'office', limit: 5 }, { signal })
    .page();
  const windows = page.data.map((item) => item.window);
  return windows.find((w) => w.description_codes.includes('independence_consultation')) ?? windows[0] ?? null;
}
