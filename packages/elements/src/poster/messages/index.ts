import { LazyCatalogues } from '../../i18n/lazy-catalogues.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { posterJa } from './ja.js';

/** The poster's words, typed from the `ja` catalogue (see the finder's messages). */
export type PosterCatalogue = CatalogueShape<typeof posterJa>;

export const POSTER_CATALOGUES = new LazyCatalogues<PosterCatalogue>(posterJa, {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.posterJaEasy),
  en: () => import('./en.js').then((m) => m.posterEn),
});
