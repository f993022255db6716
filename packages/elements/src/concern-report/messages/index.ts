// The concern-report's own catalogue, on the shared mechanism: `ja` defines the keys, every other locale is
// typed against it (a missing key or wrong parameter is a type error), and the locale comes from the
// element's LocaleController, so these words follow `lang` live like the shared ones. In two halves: the
// first screen's words here (the first question, the form around it, the status check), the rest in
// ./later/, which comes with the form's later part (issue 18: the first question needs a tenth of them).
import { LazyCatalogues } from '../../i18n/lazy-catalogues.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { ja } from './ja.js';
import type { ReportLaterMessages } from './later/index.js';

export type ReportFirstMessages = CatalogueShape<typeof ja>;
/** Every word of the report: what the views read once the later part (and its words) has arrived. */
export type ReportMessages = ReportFirstMessages & ReportLaterMessages;

/** One catalogue per shipped locale (`ja` bundled, others fetched on use); a locale added to the shared list
 * is a type error here until added. */
export const REPORT_MESSAGES = new LazyCatalogues<ReportFirstMessages>(ja, {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.jaEasy),
  en: () => import('./en.js').then((m) => m.en),
});
