// The concern-report widget's own catalogue, so a report reads with the very labels the reporter saw.
// @tsunagu/elements does not export it by name yet (its widgets use it internally), so this is the one place
// that reaches into the package's source, read-only. When elements exports it, change only these imports.
// The widget keeps its words in two halves (its first screen's, and the rest in its later part); the
// console loads both.
import { REPORT_MESSAGES as FIRST } from '../../elements/src/concern-report/messages/index.js';
import { REPORT_LATER } from '../../elements/src/concern-report/messages/later/index.js';
import type { ReportMessages } from '../../elements/src/concern-report/messages/index.js';
import type { LocaleId } from '../../elements/src/i18n/locales.js';

export type { ReportMessages };

/** Both halves, for a console screen's `catalogues` (its LocaleController loads each locale of both). */
export const REPORT_CATALOGUES = [FIRST, REPORT_LATER] as const;

/** Every word of the report in one locale (both halves loaded: see REPORT_CATALOGUES). */
export function reportWords(locale: LocaleId): ReportMessages {
  return { ...FIRST.get(locale), ...REPORT_LATER.get(locale) };
}
