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
import { splitChome } from '@tsunagu/schema/normalize';
import {
  indexTowns as indexTownsShared,
  resolveTown,
  romanizeTown,
  splitWardPrefix,
  townMatch,
  type IndexedTown as SharedIndexedTown,
} from '@tsunagu/schema/rules';

/** A town as the finder reads it (the schema's town, whose kana `reading` is optional). */
export type FinderTown = Town;

/** The schema's town index (rules/towns.ts): the server resolves typed towns over the same one. */
export type IndexedTown = SharedIndexedTown;
export const indexTowns = indexTownsShared;

/**
 * Towns whose name, reading or romanised name contains the query, names starting with it first, then in
 * data order (the city's own order, by ward). A leading ward name (中区相生町) narrows to that ward.
 */
export function suggestTowns(
  index: readonly IndexedTown[],
  wards: readonly Ward[],
  query: string,
  limit = 8,
): FinderTown[] {
  const { wardId, key, latin } = splitWardPrefix(wards, query);
  if (key === '' && latin === '') return [];
  const starts: FinderTown[] = [];
  const contains: FinderTown[] = [];
  for (const entry of index) {
    if (wardId !== null && entry.town.ward_id !== wardId) continue;
    const match = townMatch(entry, key, latin);
    if (match === 'starts') starts.push(entry.town);
    else if (match === 'contains') contains.push(entry.town);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}

/**
 * The town a typed text stands for on Enter without choosing (the schema's `resolveTown`, as the server
 * reads ?town=): an exact name or reading, or a name whose blocks all lie in one ward (「寿町」 → 中区).
 */
export function exactTown(
  index: readonly IndexedTown[],
  query: string,
  wards: readonly Ward[] = [],
): FinderTown | null {
  const found = resolveTown(index, wards, query);
  return typeof found === 'string' ? null : found;
}

/** A town's name for English pages: its romanised name where the data has a reading, with the Japanese. */
export function townLabel(town: FinderTown, english: boolean): string {
  if (!english || !town.reading) return town.name;
  return `${romanizeTown(town.reading, splitChome(town.name).chome)} (${town.name})`;
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

/** The town search as one value, so the finder's first screen can take it from its later part. */
export const TOWN_TOOLS = { indexTowns, suggestTowns, exactTown, townLabel, townPoint, wardOfPoint };
export type TownTools = typeof TOWN_TOOLS;
