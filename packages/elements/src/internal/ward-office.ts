// The ward's own consultation window — the 生活支援課 that takes any trouble — for the help card on a
// partner's page and on a report's receipt: one request, the same choice everywhere.
import { windowsResource } from '@tsunagu/client/windows';
import type { ConsultationWindow } from '@tsunagu/schema';
import { httpFor, type ApiSettings } from './api.js';
import { NotConfiguredError } from './failures.js';

/** The ward's independence-support office (else its first office), or null when the ward lists none. */
export async function loadWardOffice(
  widget: string,
  settings: ApiSettings,
  ward: string,
  signal?: AbortSignal,
): Promise<ConsultationWindow | null> {
  const http = httpFor(settings);
  if (!http) throw new NotConfiguredError(widget);
  const page = await windowsResource(http).list({ ward, kind: 'office', limit: 5 }, { signal }).page();
  const windows = page.data.map((item) => item.window);
  return windows.find((w) => w.description_codes.includes('independence_consultation')) ?? windows[0] ?? null;
}
