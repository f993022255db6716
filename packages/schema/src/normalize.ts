/**
 * Japanese search normalisation: makes the many ways people type the same name compare equal, so
 * 「ﾎﾄﾞｶﾞﾔ」「ホドガヤ」「ほどがや」, 「保土ケ谷」「保土ヶ谷」「保土が谷」, 「一丁目」「1丁目」「１丁目」 all match.
 * Used on both sides: the text searched (window names, town names) and the query.
 *
 * Folds, in order:
 * 1. NFKC: full-width latin/digits → ASCII, half-width katakana → full-width, compatibility kanji
 *    (e.g. U+FA10 塚) → unified ones.
 * 2. Latin lower case.
 * 3. Katakana → hiragana (ヴ → ゔ; ヷ–ヺ have no hiragana and stay).
 * 4. 旧字体 / 異体字 → 新字体 for the short table KANJI_VARIANTS (variants common in place and family names).
 * 5. Whitespace (incl. U+3000), middle dots and hyphen-like marks removed; the long-vowel mark ー is
 *    removed too, so 「センター」「センタ」「せんたあ」… reduce to a common prefix and partial typing matches.
 * 6. Kanji numerals before 丁目 → digits (二十一丁目 → 21丁目), and 「ちょうめ」 after a digit → 丁目.
 * 7. The ケ of place names: ヶ (small ke) → が everywhere, and け/げ/が right after a kanji → が, so
 *    鶴ケ峰 = 鶴ヶ峰 = 鶴が峰. Only the preceding character decides, so a query that is a prefix of the
 *    text folds the same way as the text (a rule that looked at the following character would fold 「あけ」
 *    typed so far differently from 「あけ方」 in the text).
 * The result is for comparing only, never for display.
 */

/**
 * 旧字体 / 異体字 → 新字体. Deliberately short: variants seen in Japanese place and family names (and
 * Yokohama's own: 戶塚, 綠, 靑葉, 榮, 區, 濱). Compatibility ideographs (e.g. U+FA11 﨑) that NFKC does not
 * change are listed too.
 */
export const KANJI_VARIANTS: Readonly<Record<string, string>> = {
  澤: '沢',
  邊: '辺',
  邉: '辺',
  濱: '浜',
  嶋: '島',
  嶌: '島',
  條: '条',
  驒: '騨',
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  碕: '崎',
  龍: '竜',
  櫻: '桜',
  廣: '広',
  國: '国',
  區: '区',
  藏: '蔵',
  德: '徳',
  惠: '恵',
  萬: '万',
  寶: '宝',
  淵: '渕',
  冨: '富',
  曾: '曽',
  瀨: '瀬',
  淺: '浅',
  關: '関',
  齋: '斎',
  齊: '斉',
  舘: '館',
  槇: '槙',
  眞: '真',
  壽: '寿',
  榮: '栄',
  會: '会',
  澁: '渋',
  戶: '戸',
  團: '団',
  驛: '駅',
  縣: '県',
  鐵: '鉄',
  淸: '清',
  黑: '黒',
  靑: '青',
  綠: '緑',
  瀧: '滝',
  塲: '場',
  增: '増',
};

const KANJI_VARIANT_PATTERN = new RegExp(`[${Object.keys(KANJI_VARIANTS).join('')}]`, 'gu');
/** Katakana ァ (U+30A1) … ヶ (U+30F6) and the iteration marks ヽヾ, which have hiragana 0x60 below. */
const KATAKANA = /[\u30a1-\u30f6\u30fd\u30fe]/gu;
/**
 * Whitespace; middle dots ・ · ‧ •; hyphen-minus, ‐ ‑ ‒ – — ―, − (minus), ⁃, ─ (box drawing, used as a
 * dash), and the long-vowel mark ー (half-width ｰ becomes ー under NFKC).
 */
const IGNORED = /[\s\u30fb\u00b7\u2027\u2022\-\u2010-\u2015\u2212\u2043\u2500\u30fc]/gu;
const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** 1–99 in kanji: optional tens (十, 二十 … 九十) then an optional unit. */
const KANJI_NUMBER = '(?:[二三四五六七八九]?十)?[一二三四五六七八九]?';
const KANJI_NUMBER_ONLY = new RegExp(`^(?:${KANJI_NUMBER}|〇)$`, 'u');
const CHOME_KANJI = new RegExp(`(${KANJI_NUMBER})丁目`, 'gu');
const CHOME_READING = /(\d)ちょうめ/gu;
const KE_AFTER_KANJI = /(\p{Script=Han})[けげが]/gu;

/**
 * A kanji numeral from 〇/一 to 九十九 (e.g. '二十一' → 21), or a plain digit string; null for anything
 * else. For 丁目 numbers, which never go beyond two digits.
 */
export function kanjiNumeralToNumber(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text === '' || !KANJI_NUMBER_ONLY.test(text)) return null;
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return KANJI_DIGITS[text] ?? null;
  const tens = tenAt === 0 ? 1 : (KANJI_DIGITS[text.slice(0, tenAt)] ?? 0);
  const unit = KANJI_DIGITS[text.slice(tenAt + 1)] ?? 0;
  return tens * 10 + unit;
}

/** 一丁目 / 二十一丁目 → 1丁目 / 21丁目 (digits and other text are left as they are). */
export function foldChomeNumerals(text: string): string {
  return text.replace(CHOME_KANJI, (whole, numeral: string) => {
    const value = numeral ? kanjiNumeralToNumber(numeral) : null;
    return value === null ? whole : `${value}丁目`;
  });
}

function katakanaToHiragana(text: string): string {
  return text.replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/** The search form of a text: see the module comment for every fold. */
export function normalizeForSearch(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase();
  folded = katakanaToHiragana(folded);
  folded = folded.replace(KANJI_VARIANT_PATTERN, (kanji) => KANJI_VARIANTS[kanji] ?? kanji);
  folded = folded.replace(IGNORED, '');
  folded = foldChomeNumerals(folded).replace(CHOME_READING, '$1丁目');
  // ゖ/ゕ are the small ヶ/ヵ after step 3: read が/か in names and counters (三ヶ月, 一ヵ所).
  folded = folded.replace(/\u3096/gu, 'が').replace(/\u3095/gu, 'か');
  return folded.replace(KE_AFTER_KANJI, '$1が');
}

/** The normalised, non-empty terms of a query (split on any whitespace, incl. the ideographic space). */
export function searchTerms(query: string): string[] {
  return query
    .split(/[\s\u3000]+/u)
    .map(normalizeForSearch)
    .filter((term) => term !== '');
}

/**
 * Whether every whitespace-separated term of `query` occurs in `haystack` after normalisation. With several
 * fields, each term may occur in any field, but never across the boundary of two fields. An empty query
 * matches everything.
 */
export function matchesSearch(
  haystack: string | readonly (string | null | undefined)[],
  query: string,
): boolean {
  const terms = searchTerms(query);
  if (terms.length === 0) return true;
  const fields = (typeof haystack === 'string' ? [haystack] : haystack)
    .filter((field): field is string => typeof field === 'string' && field !== '')
    .map(normalizeForSearch);
  return terms.every((term) => fields.some((field) => field.includes(term)));
}

/** A town name split into its base and 丁目 number: 相生町一丁目 → { base: '相生町', chome: 1 }. */
export function splitChome(town: string): { base: string; chome: number | null } {
  const match = /^(.*?)([0-9０-９]+|[〇一二三四五六七八九十]+)丁目$/u.exec(town.trim());
  const chome = match?.[2] ? kanjiNumeralToNumber(match[2].normalize('NFKC')) : null;
  return match?.[1] && chome !== null ? { base: match[1], chome } : { base: town.trim(), chome: null };
}

/**
 * Whether `query` finds `town`, by its written name or by the reading of its base name — town data has
 * no readings, so the caller supplies them from its own table (keyed by base name, e.g. 相生町 →
 * あいおいちょう). With that reading, 「あいおいちょう」「アイオイチョウ 1」「あいおいちょう1ちょうめ」 all
 * find 相生町一丁目.
 */
export function readingMatches(query: string, town: string, reading?: string | null): boolean {
  const { chome } = splitChome(town);
  const readingKey = reading ? `${reading}${chome === null ? '' : `${chome}丁目`}` : null;
  return matchesSearch([town, readingKey], query);
}
