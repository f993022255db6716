// The report's words after its first question: imported by the form's later part (../../report-api.ts), so
// `ja` arrives with it and the other locales are fetched from there on use.
import { LazyCatalogues } from '../../../i18n/lazy-catalogues.js';
import type { CatalogueShape } from '../../../i18n/types.js';
import { jaLater } from './ja.js';

export type ReportLaterMessages = CatalogueShape<typeof jaLater>;

export const REPORT_LATER = new LazyCatalogues<ReportLaterMessages>(jaLater, {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.jaEasyLater),
  en: () => import('./en.js').then((m) => m.enLater),
});
