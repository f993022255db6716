import { LazyCatalogues } from '../../i18n/lazy-catalogues.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { awarenessJa } from './ja.js';

/** The guide's and the self-check's words, typed from the `ja` catalogue (see the finder's messages). */
export type AwarenessCatalogue = CatalogueShape<typeof awarenessJa>;

export const AWARENESS_CATALOGUES = new LazyCatalogues<AwarenessCatalogue>(awarenessJa, {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.awarenessJaEasy),
  en: () => import('./en.js').then((m) => m.awarenessEn),
});
