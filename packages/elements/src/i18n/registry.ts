import type { Catalogue } from './catalogue.js';
import { en } from './locales/en.js';
import { jaEasy } from './locales/ja-x-easy.js';
import { ja } from './locales/ja.js';

/**
 * Every shipped locale, keyed by its lower-case BCP 47 tag. Adding a locale is one file in ./locales/ plus
 * one line here; ./resolve-locale.ts then matches `lang` values against these keys.
 */
export const CATALOGUES = {
  ja,
  'ja-x-easy': jaEasy,
  en,
} as const satisfies Record<string, Catalogue>;

export type LocaleId = keyof typeof CATALOGUES;

export const DEFAULT_LOCALE: LocaleId = 'ja';

/** The shipped locales, default first. */
export const LOCALES = Object.keys(CATALOGUES) as LocaleId[];

export function catalogueFor(locale: LocaleId): Catalogue {
  return CATALOGUES[locale];
}
