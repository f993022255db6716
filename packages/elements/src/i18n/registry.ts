import type { Catalogue } from './catalogue.js';
import { LazyCatalogues } from './lazy-catalogues.js';
import { ja } from './locales/ja.js';
import type { LocaleId } from './locales.js';

export { DEFAULT_LOCALE, LOCALES, isLocaleId, type LocaleId } from './locales.js';

/** The shared catalogue (common words, field errors, emergency lines, formats): `ja` bundled, others lazy. */
export const SHARED_CATALOGUES = new LazyCatalogues<Catalogue>(ja, {
  'ja-x-easy': () => import('./locales/ja-x-easy.js').then((m) => m.jaEasy),
  en: () => import('./locales/en.js').then((m) => m.en),
});

/** The shared catalogue of a locale if loaded (else `ja`); see `LazyCatalogues`. */
export function catalogueFor(locale: LocaleId): Catalogue {
  return SHARED_CATALOGUES.get(locale);
}
