import type { LocaleId } from '../../i18n/registry.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { finderEn } from './en.js';
import { finderJaEasy } from './ja-x-easy.js';
import { finderJa } from './ja.js';

/**
 * The finder's words, typed from the `ja` catalogue like the shared one (a missing key or a wrong parameter
 * in another locale is a type error). Keyed by the shared `LocaleId`, so registering a new locale in
 * src/i18n/registry.ts makes this table fail to typecheck until the finder is translated too.
 */
export type FinderCatalogue = CatalogueShape<typeof finderJa>;

export const FINDER_CATALOGUES = {
  ja: finderJa,
  'ja-x-easy': finderJaEasy,
  en: finderEn,
} as const satisfies Record<LocaleId, FinderCatalogue>;

export function finderMessages(locale: LocaleId): FinderCatalogue {
  return FINDER_CATALOGUES[locale];
}
