// The concern-report's own catalogue, on the shared mechanism: `ja` defines the keys, every other locale is
// typed `ReportMessages` (a missing key or wrong parameter is a type error), and the locale comes from the
// element's LocaleController, so these words follow `lang` live like the shared ones.
import { LazyCatalogues } from '../../i18n/lazy-catalogues.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { ja } from './ja.js';

export type ReportMessages = CatalogueShape<typeof ja>;

/** One catalogue per shipped locale (`ja` bundled, others fetched on use); a locale added to the shared list
 * is a type error here until added. */
export const REPORT_MESSAGES = new LazyCatalogues<ReportMessages>(ja, {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.jaEasy),
  en: () => import('./en.js').then((m) => m.en),
});
