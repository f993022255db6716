// Names of code labels every widget shows — a ward, a language — worded once, so the same ward reads the
// same in the report form, the finder and the sign-up.
import type { Ward } from '@tsunagu/schema';

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

/** A ward's name in the widget's language: `中区`, `中区（なかく）`, `Naka Ward`. */
export function wardName(ward: Ward, locale: string): string {
  if (locale === 'en') return ward.name_en ? `${ward.name_en} Ward` : ward.name;
  const reading = locale === 'ja-x-easy' ? WARD_READINGS[ward.id] : undefined;
  return reading ? `${ward.name}（${reading}）` : ward.name;
}

/** The name of the ward with `wardId` among `wards`, or the id itself when it is not among them. */
export function wardNameById(wardId: string, wards: readonly Ward[], locale: string): string {
  const ward = wards.find((w) => w.id === wardId);
  return ward ? wardName(ward, locale) : wardId;
}

/** A language tag in the reader's language (`ja` → 日本語 / Japanese), through Intl at no bundle cost. */
export function languageName(tag: string, intlLocale: string): string {
  try {
    return new Intl.DisplayNames([intlLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
