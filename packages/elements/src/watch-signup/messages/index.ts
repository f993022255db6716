// The sign-up widget's catalogue, derived from `ja` like the shared catalogue: a locale missing a key or
// with a wrong parameter does not typecheck. Keyed by the shared `LocaleId`, so a locale added to the shared
// list is a type error here until this widget has its words too. In two halves: the list's words here (the
// first screen, and the activity's details), the form's, the confirmation's and the cancellation's in
// ./later/, which come with the widget's later part (issue 18).
import { LazyCatalogues } from '../../i18n/lazy-catalogues.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { ja } from './ja.js';
import type { SignupLaterMessages } from './later/index.js';

export type SignupFirstMessages = CatalogueShape<typeof ja>;
/** Every word of the sign-up: what the views after the list read once the later part has arrived. */
export type SignupMessages = SignupFirstMessages & SignupLaterMessages;

export const SIGNUP_CATALOGUES = new LazyCatalogues<SignupFirstMessages>(ja, {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.jaEasy),
  en: () => import('./en.js').then((m) => m.en),
});
