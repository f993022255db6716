/**
 * The shipped locales, default first, as lower-case BCP 47 tags. Adding a locale is one catalogue file per
 * catalogue (shared + each widget) and one entry here; the loaders' types then demand those files.
 */
export const LOCALES = ['ja', 'ja-x-easy', 'en'] as const;

export type LocaleId = (typeof LOCALES)[number];

export const DEFAULT_LOCALE = 'ja' satisfies LocaleId;

export function isLocaleId(tag: string): tag is LocaleId {
  return (LOCALES as readonly string[]).includes(tag);
}
