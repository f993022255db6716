/**
 * The finder's later part: loading its data once — windows and areas from the API (through the SDK), or
 * from static files a city hosts (`src`: the `tsunagu-server export-windows` file or a plain array of
 * windows; `areas-src`: the body of GET /v1/areas) — parsed with the schema. Fetched after the first screen
 * (issue 18): the help card and the 24-hour lines need none of it. Filtering and sorting then happen on the
 * client, with the search and the result list this part also brings.
 */
import { windowsResource } from '@tsunagu/client/windows';
import { areasResponse, consultationWindow, type ConsultationWindow } from '@tsunagu/schema';
import { laterPartsMayStart } from '../defaults.js';
import { httpFor, loadTowns, loadWards } from '../internal/api.js';
import { wardsFromWindows, type FinderData } from './finder-data.js';

// The search and the result list come with the data: the first screen shows neither.
export {
  comprehensiveWindowFor,
  findWindows,
  isTucked,
  languagesOf,
  openStates,
  prepareWindows,
} from './finder-search.js';
export { resultList } from './finder-list.js';
export { TOWN_TOOLS } from './town-search.js';

/** The most windows the finder loads from the API (the list is paginated by 100). */
const MAX_WINDOWS = 20_000;

const BAD_SETTINGS = 'api-base must be an http(s) URL and key a publishable (pk_…) key.';

export async function loadFromApi(
  options: { apiBase: string; key: string; locale: string },
  signal: AbortSignal,
): Promise<FinderData> {
  const http = httpFor(options);
  if (!http) throw new TypeError(`tsunagu-window-finder: ${BAD_SETTINGS}`);
  // the wards (under 1 kB, shared with the page's other widgets) with the windows; the towns (~25 kB
  // compressed, only the town search needs them) after, so they never hold the first results back
  const [results, wards] = await Promise.all([
    windowsResource(http).list({ limit: 100 }, { signal }).toArray(MAX_WINDOWS),
    loadWards(options),
  ]);
  // and after every first screen on the page has arrived (tsunagu.js holds later parts until then)
  const laterTowns = laterPartsMayStart().then(() => loadTowns(options));
  // a load that a newer one replaced never reads its towns: their failure is nobody's to report
  laterTowns.catch(() => undefined);
  return { windows: results.map((result) => result.window), wards: [...wards], towns: [], laterTowns };
}

function parseWindows(body: unknown): ConsultationWindow[] {
  const list = Array.isArray(body) ? body : (body as { windows?: unknown } | null)?.windows;
  if (!Array.isArray(list))
    throw new TypeError('static windows file: expected an array or { windows: [...] }');
  return list.map((item) => consultationWindow.parse(item));
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  // No cookies or credentials travel with a static file, even on the same site.
  const response = await fetch(new URL(url, document.baseURI), { signal, credentials: 'omit' });
  if (!response.ok) throw new Error(`static file answered ${response.status}`);
  return response.json();
}

/** Static mode: no API at all. Without `areasSrc` the ward list comes from the windows themselves. */
export async function loadStatic(src: string, areasSrc: string, signal: AbortSignal): Promise<FinderData> {
  const [windowsBody, areasBody] = await Promise.all([
    fetchJson(src, signal),
    areasSrc ? fetchJson(areasSrc, signal) : Promise.resolve(null),
  ]);
  const windows = parseWindows(windowsBody);
  if (areasBody !== null) {
    const areas = areasResponse.parse(areasBody);
    return { windows, wards: areas.wards, towns: areas.towns };
  }
  return { windows, wards: wardsFromWindows(windows), towns: [] };
}
