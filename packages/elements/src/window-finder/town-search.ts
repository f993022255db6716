/**
 * Town-name suggestions for the finder's town box (pure functions, no DOM).
 *
 * A query matches a town by its written name or by its kana reading, both folded by the schema's
 * `normalizeForSearch` (hiragana/katakana, full/half width, 旧字体, ケ/ヶ, 丁目 numerals), so 「相生町」
 * 「あいおいちょう」「アイオイ」 all find 相生町一丁目 — the reading part works where the areas data
 * carries the optional `reading` of the town's base name (without 丁目: 相生町 → あいおいちょう); the
 * server ships readings for 中区 as a sample. There is deliberately no readings table in the widget: a
 * town without a reading is matched by its written name only.
 */
import type { Town, Ward } from '@tsunagu/schema';
import { nearestTown, toLatLng, type LatLng } from '@tsunagu/schema/geo';
import { normalizeForSearch, splitChome } from '@tsunagu/schema/normalize';

/** A town as the finder reads it (the schema's town, whose kana `reading` is optional). */
export type FinderTown = Town;

export interface IndexedTown {
  town: FinderTown;
  nameKey: string;
  readingKey: string | null;
}

export function indexTowns(towns: readonly FinderTown[]): IndexedTown[] {
  return towns.map((town) => {
    const { chome } = splitChome(town.name);
    const reading = town.reading ? town.reading : null;
    return {
      town,
      nameKey: normalizeForSearch(town.name),
      readingKey:
        reading === null ? null : normalizeForSearch(`${reading}${chome === null ? '' : `${chome}丁目`}`),
    };
  });
}

/**
 * Towns whose name or reading contains the query, names starting with it first, then in data order (the
 * city's own order, by ward). A leading ward name (中区相生町) narrows to that ward.
 */
export function suggestTowns(
  index: readonly IndexedTown[],
  wards: readonly Ward[],
  query: string,
  limit = 8,
): FinderTown[] {
  let key = normalizeForSearch(query.replace(/^横浜市/u, ''));
  let wardId: string | null = null;
  for (const ward of wards) {
    const wardKey = normalizeForSearch(ward.name);
    if (key.startsWith(wardKey) && key.length > wardKey.length) {
      wardId = ward.id;
      key = key.slice(wardKey.length);
      break;
    }
  }
  if (key === '') return [];
  const starts: FinderTown[] = [];
  const contains: FinderTown[] = [];
  for (const entry of index) {
    if (wardId !== null && entry.town.ward_id !== wardId) continue;
    const { nameKey, readingKey } = entry;
    if (nameKey.startsWith(key) || readingKey?.startsWith(key)) starts.push(entry.town);
    else if (nameKey.includes(key) || readingKey?.includes(key)) contains.push(entry.town);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}

/** The one town a typed text names exactly (by name or reading), or null; for Enter without choosing. */
export function exactTown(index: readonly IndexedTown[], query: string): FinderTown | null {
  const key = normalizeForSearch(query);
  if (key === '') return null;
  const hits = index.filter((entry) => entry.nameKey === key || entry.readingKey === key);
  return hits.length === 1 ? hits[0]!.town : null;
}

/** How far a point may be from the nearest town and still count as inside the city. */
export const INSIDE_CITY_METRES = 3_000;

/**
 * The ward of a point: the ward of the nearest town point (never the nearest office — offices sit near
 * ward borders). Null when no town is within INSIDE_CITY_METRES (outside the city, or no town data).
 */
export function wardOfPoint(towns: readonly FinderTown[], point: LatLng): string | null {
  const nearest = nearestTown(towns, point);
  return nearest && nearest.distance_m <= INSIDE_CITY_METRES ? nearest.town.ward_id : null;
}

/** The point of a town, or null where the source has a gap (the caller falls back to the town's ward). */
export function townPoint(town: FinderTown): LatLng | null {
  return toLatLng(town);
}
