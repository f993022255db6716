// The field-error sentences in every locale: their own catalogue, apart from the shared one, because only a
// form shows them and only after its later part has checked the answers (issue 18: 5 kB of every first
// screen). A form's later part exports `FIELD_ERRORS`; the form adopts it into its LocaleController
// (`adoptFieldErrors`), so a switch of `lang` waits for these sentences like for its other words.
import { LazyCatalogues } from './lazy-catalogues.js';
import type { FieldErrorCode, FieldErrorSentences } from './field-error-message.js';
import { jaFieldErrors } from './field-errors/ja.js';

export { fieldErrorMessage, type FieldErrorCode, type FieldErrorSentences } from './field-error-message.js';

export const FIELD_ERRORS = new LazyCatalogues<FieldErrorSentences>(jaFieldErrors, {
  'ja-x-easy': () => import('./field-errors/ja-x-easy.js').then((m) => m.jaEasyFieldErrors),
  en: () => import('./field-errors/en.js').then((m) => m.enFieldErrors),
});

/** Every field-error code that has a sentence in the catalogues. */
export const FIELD_ERROR_MESSAGE_CODES = Object.keys(jaFieldErrors) as FieldErrorCode[];
