// The sign-up's words after its list: imported by the widget's later part (../../signup-later.ts), so `ja`
// arrives with it and the other locales are fetched from there on use.
import { LazyCatalogues } from '../../../i18n/lazy-catalogues.js';
import type { CatalogueShape } from '../../../i18n/types.js';
import { jaLater } from './ja.js';

export type SignupLaterMessages = CatalogueShape<typeof jaLater>;

export const SIGNUP_LATER = new LazyCatalogues<SignupLaterMessages>(jaLater, {
  'ja-x-easy': () => import('./ja-x-easy.js').then((m) => m.jaEasyLater),
  en: () => import('./en.js').then((m) => m.enLater),
});
