import { LazyCatalogues } from '../../i18n/lazy-catalogues.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { finderJa } from './ja.js';

/**
 * The finder's words, typed from the `ja` catalogue like the shared one (a missing key or a wrong parameter
 * in another locale is a type error). Keyed by the shared `LocaleId`, so registering a new locale in
 * src/i18n/locales.ts makes these loaders fail to typecheck until the finder is translated too.
 */
export type FinderCatalogue = CatalogueShape<typeof finderJa>;

export const FINDER_CATALOGUES = new LazyCatalogues<FinderCatalogue>(finderJa, {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.finderJaEasy),
  en: () => import('./en.js').then((m) => m.finderEn),
});
