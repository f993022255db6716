// The concern-report's own catalogue, on the shared mechanism: `ja` defines the keys, every other locale is
// typed `ReportMessages` (a missing key or wrong parameter is a type error), and the locale comes from the
// element's LocaleController, so these words follow `lang` live like the shared ones.
import type { LocaleId } from '../../i18n/registry.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { en } from './en.js';
import { jaEasy } from './ja-x-easy.js';
import { ja } from './ja.js';

export type ReportMessages = CatalogueShape<typeof ja>;

/** One catalogue per shipped locale; adding a locale to the shared registry makes this a type error until added. */
export const REPORT_MESSAGES: Record<LocaleId, ReportMessages> = { ja, 'ja-x-easy': jaEasy, en };

export function reportMessages(locale: LocaleId): ReportMessages {
  return REPORT_MESSAGES[locale];
}
