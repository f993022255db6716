// Names of code labels every widget shows — a ward, a language — worded once, so the same ward reads the
// same in the report form, the finder and the sign-up.
import type { Ward } from '@tsunagu/schema';
import { withReadings } from '../i18n/readings.js';
import type { LocaleId } from '../i18n/locales.js';

/** A ward's name in the widget's language: `中区`, `{中区|なかく}` (ruby in やさしい日本語), `Naka Ward`. */
export function wardName(ward: Ward, locale: string): string {
  if (locale === 'en') return ward.name_en ? `${ward.name_en} Ward` : ward.name;
  return withReadings(ward.name, locale as LocaleId);
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
