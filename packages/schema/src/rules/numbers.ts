/**
 * Numbers and phone numbers as people type them, read the same way in the browser and on the server.
 * A person writes 「45歳」「十二」「１２」「12 人」 and means a number; the form reads it instead of refusing
 * it, and answers anything else with one clear code (`not_a_number`: 「数字で入力してください（例：12）」).
 */
import { kanjiNumeralToNumber } from '../normalize.js';

/** Units people add after a count or an age: 歳/才/さい, 人/名/にん/めい. */
const UNITS = /(?:歳|才|さい|人|名|にん|めい)$/u;

/**
 * A whole number from 0 to 999 as typed: ASCII or full-width digits, kanji numerals up to 九十九, with an
 * optional unit (「45歳」「十二人」). Null for anything else (「12.5」「いっぱい」「」).
 */
export function readWholeNumber(text: string): number | null {
  const folded = text.normalize('NFKC').replace(/[\s,]/gu, '').replace(UNITS, '');
  if (/^\d+$/u.test(folded)) return folded.length <= 3 ? Number(folded) : null;
  if (folded === '' || folded === '〇') return folded === '〇' ? 0 : null;
  return kanjiNumeralToNumber(folded);
}

/** Dash look-alikes Japanese input methods type in phone numbers (ー − ‐ ‑ – — ―, full-width －). */
const DASHES = /[ー−‐‑–—―]/gu;

/**
 * A phone number as the API stores it: full-width digits and dashes made ASCII, spaces and brackets
 * dropped (「０４５（６７１）２４０２」→ 045-671-2402 is not guessed: brackets become dashes).
 */
export function normalizePhone(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(DASHES, '-')
    .replace(/\s+/gu, '')
    .replace(/\(/gu, '-')
    .replace(/\)/gu, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** Japanese phone numbers as written: digits with hyphens, or short codes like 110, 189, #7119. */
export const PHONE_PATTERN = /^(#?\d{3,4}|\+?\d[\d-]{8,18}\d)$/;
