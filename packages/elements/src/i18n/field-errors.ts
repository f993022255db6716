import type { Catalogue, FieldErrorCode } from './catalogue.js';
import { ja } from './locales/ja.js';
import type { FieldErrorArgs } from './types.js';

/** Every field-error code that has a sentence in the catalogues. */
export const FIELD_ERROR_MESSAGE_CODES = Object.keys(ja.fieldError) as FieldErrorCode[];

/**
 * The sentence for a field-error code. A code the catalogue does not know (a newer server) falls back to the
 * generic "check this field" sentence rather than showing the raw code.
 */
export function fieldErrorMessage(catalogue: Catalogue, code: string, args: FieldErrorArgs): string {
  const messages: Record<string, ((args: FieldErrorArgs) => string) | undefined> = catalogue.fieldError;
  return (messages[code] ?? catalogue.fieldError.invalid)(args);
}
