export type { Catalogue, EmergencyLineId } from './catalogue.js';
export type { DateParts, FieldErrorArgs } from './types.js';
export {
  DEFAULT_LOCALE,
  LOCALES,
  SHARED_CATALOGUES,
  catalogueFor,
  isLocaleId,
  type LocaleId,
} from './registry.js';
export { LazyCatalogues, type CatalogueLoaders } from './lazy-catalogues.js';
export { SUPPORT_WORDS, supportWords, type SupportWords } from './support-words.js';
export { langFor, resolveLocale } from './resolve-locale.js';
export { LocaleController, type I18n } from './locale-controller.js';
export {
  FIELD_ERRORS,
  FIELD_ERROR_MESSAGE_CODES,
  fieldErrorMessage,
  type FieldErrorCode,
  type FieldErrorSentences,
} from './field-errors.js';
export {
  TIME_ZONE,
  WALKING_METRES_PER_MINUTE,
  displayPhone,
  formatDate,
  formatDistance,
  formatTime,
  formatWalkingTime,
  phoneHref,
  walkingMinutes,
} from './format.js';
