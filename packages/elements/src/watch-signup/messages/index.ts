import { LazyCatalogues } from '../../i18n/lazy-catalogues.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { ja } from './ja.js';

/**
 * The sign-up widget's catalogue, derived from `ja` like the shared catalogue: a locale missing a key or
 * with a wrong parameter does not typecheck. Keyed by the shared `LocaleId`, so a locale added to the shared
 * list is a type error here until this widget has its words too.
 */
export type SignupMessages = CatalogueShape<typeof ja>;

export const SIGNUP_CATALOGUES = new LazyCatalogues<SignupMessages>(ja, {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.jaEasy),
  en: () => import('./en.js').then((m) => m.en),
});
