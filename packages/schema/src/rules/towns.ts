/**
 * Town names → towns and wards, written once for the finder, the report form and the server.
 *
 * A query finds a town by its written name or its kana reading, both folded by `normalizeForSearch`.
 * `resolveTown` decides what a typed text means when the person presses Enter or sends a form: an exact
 * name (or reading) first, else every town starting with it (「寿町」 → 寿町一〜四丁目); a leading ward name
 * (「中区寿町」) or a ward hint picks between same-named towns. When every candidate lies in one ward the
 * text is understood (the first block stands for the place); several wards → 'ambiguous_town'.
 */
import type { Town, Ward } from '../resources/areas.js';
import { normalizeForSearch, splitChome } from '../normalize.js';

export interface IndexedTown {
  town: Town;
  nameKey: string;
  readingKey: string | null;
  /** The romanised name folded for search ('kotobukicho1'), where the data has a reading. */
  latinKey: string | null;
}

export function indexTowns(towns: readonly Town[]): IndexedTown[] {
  return towns.map((town) => {
    const { chome } = splitChome(town.name);
    const reading = town.reading ? `${town.reading}${chome === null ? '' : `${chome}丁目`}` : null;
    return {
      town,
      nameKey: normalizeForSearch(town.name),
      readingKey: reading === null ? null : normalizeForSearch(reading),
      latinKey: town.reading ? latinKey(romanizeTown(town.reading, chome)) : null,
    };
  });
}

/** A typed text split into a ward (from a leading ward name) and the rest, both folded. */
export function splitWardPrefix(
  wards: readonly Ward[],
  query: string,
): { wardId: string | null; key: string; latin: string } {
  const key = normalizeForSearch(query.trim().replace(/^横浜市/u, ''));
  for (const ward of wards) {
    const wardKey = normalizeForSearch(ward.name);
    if (key.startsWith(wardKey) && key.length > wardKey.length)
      return { wardId: ward.id, key: key.slice(wardKey.length), latin: latinKey(query) };
  }
  return { wardId: null, key, latin: latinKey(query) };
}

/**
 * Whether an indexed town starts with / contains a folded key (by name, reading or romanised name; latin
 * from two letters on, so a single key press of an input method's romaji does not list towns).
 */
export function townMatch(entry: IndexedTown, key: string, latin: string): 'starts' | 'contains' | null {
  const { nameKey, readingKey, latinKey: l } = entry;
  if (key === '' && latin === '') return null;
  if (
    (key && (nameKey.startsWith(key) || readingKey?.startsWith(key))) ||
    (latin.length >= 2 && l?.startsWith(latin))
  )
    return 'starts';
  if (
    (key && (nameKey.includes(key) || readingKey?.includes(key))) ||
    (latin.length >= 3 && l?.includes(latin))
  )
    return 'contains';
  return null;
}

/** What a typed town text means (see the module comment). */
export function resolveTown(
  index: readonly IndexedTown[],
  wards: readonly Ward[],
  query: string,
  wardHint?: string | null,
): Town | 'unknown_town' | 'ambiguous_town' {
  const split = splitWardPrefix(wards, query);
  const ward = split.wardId ?? wardHint ?? null;
  const { key, latin } = split;
  if (key === '' && latin === '') return 'unknown_town';
  const pick = (candidates: IndexedTown[]) => {
    const inWard = ward ? candidates.filter((t) => t.town.ward_id === ward) : candidates;
    if (inWard.length === 0) return null;
    return new Set(inWard.map((t) => t.town.ward_id)).size === 1 ? inWard[0]!.town : 'ambiguous_town';
  };
  const exact = pick(
    index.filter((t) => t.nameKey === key || t.readingKey === key || (latin !== '' && t.latinKey === latin)),
  );
  if (exact) return exact;
  return pick(index.filter((t) => townMatch(t, key, latin) === 'starts')) ?? 'unknown_town';
}

/** The one ward a typed town text lies in, or null (unknown, or the name is in several wards). */
export function wardOfTownText(
  index: readonly IndexedTown[],
  wards: readonly Ward[],
  query: string,
): string | null {
  const found = resolveTown(index, wards, query);
  return typeof found === 'string' ? null : found.ward_id;
}

const KANA_ROMAJI: Readonly<Record<string, string>> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  を: 'o',
  ん: 'n',
};
const SMALL_Y: Readonly<Record<string, string>> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Modified Hepburn without macrons, as Yokohama's own English signs write town names. */
export function romanizeKana(reading: string): string {
  const kana = normalizeForSearch(reading);
  let out = '';
  for (let i = 0; i < kana.length; i++) {
    const ch = kana[i]!;
    const next = kana[i + 1];
    if (ch === 'っ') {
      const following = next ? (KANA_ROMAJI[next] ?? '') : '';
      out += following.startsWith('ch') ? 't' : following.charAt(0);
      continue;
    }
    let syllable = KANA_ROMAJI[ch];
    if (syllable === undefined) {
      out += ch;
      continue;
    }
    if (next && SMALL_Y[next]) {
      const stem = syllable.slice(0, -1);
      syllable = /^(sh|ch|j)$/u.test(stem) ? stem + SMALL_Y[next] : `${stem}y${SMALL_Y[next]}`;
      i += 1;
    }
    out += syllable;
  }
  // long vowels as signs write them: ou/oo → o, uu → u (Kotobuki-cho, Chojamachi)
  return out.replace(/o[ou]/gu, 'o').replace(/uu/gu, 'u');
}

/** A town's English name from its reading: こうとぶきちょう + 1 → "Kotobuki-cho 1-chome". */
export function romanizeTown(reading: string, chome: number | null): string {
  const latin = romanizeKana(reading).replace(/(cho|machi)$/u, '-$1');
  const name = latin.charAt(0).toUpperCase() + latin.slice(1);
  return chome === null ? name : `${name} ${chome}-chome`;
}

/** Latin text folded for search: lower case, no spaces, dashes, macrons or "chome". */
function latinKey(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase();
  if (!/[a-z]/u.test(folded)) return '';
  return folded
    .replace(/chome/gu, '')
    .replace(/ou|oo/gu, 'o')
    .replace(/uu/gu, 'u')
    .replace(/[^a-z0-9]/gu, '');
}
