/**
 * The finder's filter and sort, on the client over the loaded windows (pure functions, no DOM).
 *
 * Work is split by how often it changes: `prepareWindows` once per load (bit masks, points), `openStates`
 * once per minute of the clock (opening hours are HH:MM), distances once per place (cached on the prepared
 * list), and `findWindows` on every change of the query, which is the hot path: bit tests and a stable
 * radix sort of packed 32-bit keys (no comparator callback), so 10,000 windows stay within 2 ms
 * (bench/finder.mjs).
 *
 * Order: the schema's shared ranking (rules/ranking.ts), the same the server applies: the person's own
 * ward's windows first, then windows serving anyone, then other wards', each by distance; lines last.
 */
import { ACCESSIBILITY, CONCERNS, CONTACT_MODES, type ConsultationWindow } from '@tsunagu/schema';
import { isOpenAt } from '@tsunagu/schema/hours';
import { haversineMeters, type LatLng } from '@tsunagu/schema/geo';
import { DISTANCE_STEP_BITS, RANK_GROUPS, rankGroup, rankKey, type RankGroup } from '@tsunagu/schema/rules';

import type { FinderPlace, FinderQuery } from './finder-query.js';

// the query and place shapes live with the first screen; here for the code and tests that read them with the search
export { EMPTY_QUERY, NO_PLACE, type FinderPlace, type FinderQuery } from './finder-query.js';

/**
 * Whole metres from one origin, index-aligned with the prepared list; -1 where a window has no point.
 * Int32 so the values stay small integers all the way into the result objects (no boxed doubles).
 */
interface DistanceCache {
  lat: number;
  lng: number;
  metres: Int32Array;
}
const distanceCaches = new WeakMap<readonly PreparedWindow[], DistanceCache>();
const RADIANS = Math.PI / 180;
/** Twice the Earth radius the schema's haversineMeters uses, from a known distance (no constant exported). */
const EARTH_DIAMETER_M = haversineMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 1 }) / RADIANS / 0.5;

/**
 * Rounded metres from `origin` to each window: the schema's haversine formula with each window's radians
 * and cosine computed once at prepare time (2.5× faster over 10,000 windows; tested equal to
 * haversineMeters). Computed once per origin and list.
 */
function distancesFrom(prepared: readonly PreparedWindow[], origin: LatLng): Int32Array {
  const cached = distanceCaches.get(prepared);
  if (cached && cached.lat === origin.lat && cached.lng === origin.lng) return cached.metres;
  const metres = new Int32Array(prepared.length);
  const originLat = origin.lat * RADIANS;
  const originLng = origin.lng * RADIANS;
  const originCos = Math.cos(originLat);
  for (let i = 0; i < prepared.length; i++) {
    const w = prepared[i]!;
    if (!w.hasPoint) {
      metres[i] = -1;
      continue;
    }
    const sinLat = Math.sin((w.latRad - originLat) / 2);
    const sinLng = Math.sin((w.lngRad - originLng) / 2);
    const h = sinLat * sinLat + originCos * w.cosLat * sinLng * sinLng;
    metres[i] = Math.min(2 ** 31 - 1, Math.round(EARTH_DIAMETER_M * Math.asin(Math.min(1, Math.sqrt(h)))));
  }
  distanceCaches.set(prepared, { lat: origin.lat, lng: origin.lng, metres });
  return metres;
}

export interface PreparedWindow {
  window: ConsultationWindow;
  index: number;
  concernMask: number;
  modeMask: number;
  accessMask: number;
  languages: readonly string[];
  lat: number;
  lng: number;
  latRad: number;
  lngRad: number;
  cosLat: number;
  hasPoint: boolean;
  isLine: boolean;
  serviceWards: readonly string[] | null;
  /** A ward office's 自立相談支援 window (生活支援課): takes any consultation. */
  comprehensive: boolean;
  /** The hours as text: windows with equal hours share one open-now evaluation. */
  hoursKey: string;
}

export type ResultGroup = RankGroup;
const GROUP_ORDER = RANK_GROUPS;

export interface FinderResult {
  window: ConsultationWindow;
  group: ResultGroup;
  /** Metres from the origin; null without an origin or a location. */
  distanceM: number | null;
  openNow: boolean;
  /** Shown although a filter other than concerns excludes it: the comprehensive window (see findWindows). */
  pinned: boolean;
}

function maskOf(codes: readonly string[], table: readonly string[]): number {
  let mask = 0;
  for (const code of codes) {
    const bit = table.indexOf(code);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

export function prepareWindows(windows: readonly ConsultationWindow[]): PreparedWindow[] {
  return windows.map((window, index) => {
    const point = window.location;
    return {
      window,
      index,
      concernMask: maskOf(window.concerns, CONCERNS),
      modeMask: maskOf(window.contact_modes, CONTACT_MODES),
      accessMask: maskOf(window.accessibility, ACCESSIBILITY),
      languages: window.languages.map((tag) => tag.toLowerCase()),
      lat: point ? point.lat : NaN,
      lng: point ? point.lng : NaN,
      latRad: point ? point.lat * RADIANS : NaN,
      lngRad: point ? point.lng * RADIANS : NaN,
      cosLat: point ? Math.cos(point.lat * RADIANS) : NaN,
      hasPoint: point !== null,
      isLine: window.kind === 'line' || point === null,
      serviceWards: window.service_area ? window.service_area.ward_ids : null,
      comprehensive:
        window.kind === 'office' &&
        window.description_codes.includes('independence_consultation') &&
        window.concerns.length >= CONCERNS.length,
      hoursKey: JSON.stringify(window.hours),
    };
  });
}

/**
 * Whether each window is open at `now` (index-aligned with `prepared`). Windows with identical hours share
 * one evaluation: a city's offices mostly keep the same hours.
 */
export function openStates(prepared: readonly PreparedWindow[], now: Date): Uint8Array {
  const flags = new Uint8Array(prepared.length);
  const byHours = new Map<string, number>();
  for (let i = 0; i < prepared.length; i++) {
    const w = prepared[i]!;
    let open = byHours.get(w.hoursKey);
    if (open === undefined) {
      open = isOpenAt(w.window.hours, now) ? 1 : 0;
      byHours.set(w.hoursKey, open);
    }
    flags[i] = open;
  }
  return flags;
}

function speaks(languages: readonly string[], wanted: string): boolean {
  for (const tag of languages) {
    if (tag === wanted || tag.startsWith(`${wanted}-`) || wanted.startsWith(`${tag}-`)) return true;
  }
  return false;
}

/**
 * Sort keys: the schema's rank key (rules/ranking.ts, the server's too): 2 bits of group above 18 bits of
 * distance in 10 m steps. 20-bit keys sort in two radix passes.
 */
const DISTANCE_BITS = DISTANCE_STEP_BITS;

/**
 * Stable LSD radix sort of `count` 20-bit keys (two 10-bit digits), carrying their window indexes. Equal
 * keys keep the input order, which is the data's own order.
 */
function radixSort(
  keys: Uint32Array,
  indexes: Uint32Array,
  count: number,
): { keys: Uint32Array; indexes: Uint32Array } {
  let fromKeys: Uint32Array = keys;
  let fromIndexes: Uint32Array = indexes;
  let toKeys: Uint32Array = new Uint32Array(count);
  let toIndexes: Uint32Array = new Uint32Array(count);
  const buckets = new Uint32Array(1024);
  for (let shift = 0; shift < DISTANCE_BITS + 2; shift += 10) {
    buckets.fill(0);
    for (let n = 0; n < count; n++) buckets[(fromKeys[n]! >>> shift) & 1023]! += 1;
    let total = 0;
    for (let b = 0; b < 1024; b++) {
      const size = buckets[b]!;
      buckets[b] = total;
      total += size;
    }
    for (let n = 0; n < count; n++) {
      const key = fromKeys[n]!;
      const slot = buckets[(key >>> shift) & 1023]!++;
      toKeys[slot] = key;
      toIndexes[slot] = fromIndexes[n]!;
    }
    const swapKeys = fromKeys;
    fromKeys = toKeys;
    toKeys = swapKeys;
    const swapIndexes = fromIndexes;
    fromIndexes = toIndexes;
    toIndexes = swapIndexes;
  }
  return { keys: fromKeys, indexes: fromIndexes };
}

/**
 * The windows matching `query`, in the order a person should try them (see the module comment).
 * When several concerns are chosen (troubles spanning several fields), the comprehensive window serving the
 * person's ward is always included, pinned, even if open-now, language, contact-mode or accessibility filters
 * would drop it: it takes the whole of a person's trouble and is the one place that never sends them away.
 */
export function findWindows(
  prepared: readonly PreparedWindow[],
  open: Uint8Array,
  query: FinderQuery,
  place: FinderPlace,
): FinderResult[] {
  const concernMask = maskOf(query.concerns, CONCERNS);
  const modeMask = maskOf(query.contactModes, CONTACT_MODES);
  const accessMask = maskOf(query.accessibility, ACCESSIBILITY);
  const language = query.language.toLowerCase();
  const pinComprehensive = query.concerns.length >= 2 && place.wardId !== null;
  const { wardId, origin } = place;
  const { openNow } = query;
  const distances = origin ? distancesFrom(prepared, origin) : null;

  const keys = new Uint32Array(prepared.length);
  const indexes = new Uint32Array(prepared.length);
  const pinned = new Uint8Array(prepared.length);
  let count = 0;
  for (let i = 0; i < prepared.length; i++) {
    const w = prepared[i]!;
    if (concernMask !== 0 && (w.concernMask & concernMask) === 0) continue;
    const passes =
      (!openNow || open[i] === 1) &&
      (modeMask === 0 || (w.modeMask & modeMask) !== 0) &&
      (accessMask & w.accessMask) === accessMask &&
      (language === '' || speaks(w.languages, language));
    const group = rankGroup(w.window, wardId);
    if (!passes) {
      if (!(pinComprehensive && w.comprehensive && group === 0)) continue;
      pinned[i] = 1;
    }
    const metres = distances ? distances[i]! : -1;
    keys[count] = rankKey(group, metres < 0 ? null : metres);
    indexes[count] = i;
    count += 1;
  }

  const sorted = radixSort(keys, indexes, count);
  // windows kept only because they are pinned (they fail a filter such as "open now") come after the ones
  // that pass it, in rank order: "open now" lists open windows first
  const order = new Uint32Array(count);
  let at = 0;
  for (let pass = 0; pass < 2; pass++)
    for (let n = 0; n < count; n++) if (pinned[sorted.indexes[n]!] === pass) order[at++] = n;
  const results: FinderResult[] = new Array<FinderResult>(count);
  for (let m = 0; m < count; m++) {
    const n = order[m]!;
    const i = sorted.indexes[n]!;
    const metres = distances ? distances[i]! : -1;
    results[m] = {
      window: prepared[i]!.window,
      group: GROUP_ORDER[sorted.keys[n]! >>> DISTANCE_BITS]!,
      distanceM: metres < 0 ? null : metres,
      openNow: open[i] === 1,
      pinned: pinned[i] === 1,
    };
  }
  return results;
}

/** The comprehensive window (生活支援課) serving `wardId`, for the "not sure where to go?" box. */
export function comprehensiveWindowFor(
  prepared: readonly PreparedWindow[],
  wardId: string | null,
): ConsultationWindow | null {
  if (wardId === null) return null;
  const found = prepared.find((w) => w.comprehensive && w.serviceWards?.includes(wardId));
  return found ? found.window : null;
}

/** Languages spoken at any window, for the language filter (sorted, Japanese first). */
export function languagesOf(prepared: readonly PreparedWindow[]): string[] {
  const all = new Set<string>();
  for (const w of prepared) for (const tag of w.languages) all.add(tag.split('-')[0]!);
  return [...all].sort((a, b) => (a === 'ja' ? -1 : b === 'ja' ? 1 : a.localeCompare(b)));
}

/**
 * Results a person should not have to scroll past: windows of other wards that do not serve them, and,
 * while their ward is unknown, every ward-bound window (the help card above says to ask their own ward).
 * They stay one press away ("show other wards").
 */
export function isTucked(result: FinderResult, wardId: string | null): boolean {
  if (result.group === 'line') return false;
  return result.group === 'other_ward' || (wardId === null && result.window.service_area !== null);
}

/** Program codes every comprehensive window shares: listed once above the results, not in each card. */
export function sharedPrograms(results: readonly FinderResult[]): string[] {
  const lists = results
    .filter(
      (r) => r.window.kind === 'office' && r.window.description_codes.includes('independence_consultation'),
    )
    .map((r) => r.window.description_codes);
  if (lists.length < 2) return [];
  return lists[0]!.filter((code) => lists.every((list) => list.includes(code)));
}
