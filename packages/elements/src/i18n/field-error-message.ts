// How a field-error code becomes a sentence, without any locale's sentences: the first screens carry this
// (a form's error summary and fields call it), the sentences come with each form's later part
// (./field-errors.ts).
import type { jaFieldErrors } from './field-errors/ja.js';
import type { CatalogueShape, FieldErrorArgs } from './types.js';

/** The field-error sentences of one locale, one per schema field-error code (shaped by `ja`). */
export type FieldErrorSentences = CatalogueShape<typeof jaFieldErrors>;

/** Keys of the field-error sentences (one per schema field-error code). */
export type FieldErrorCode = keyof FieldErrorSentences;

/**
 * The sentence for a field-error code. A code the sentences do not know (a newer server) falls back to the
 * generic "check this field" sentence rather than showing the raw code.
 */
export function fieldErrorMessage(
  sentences: FieldErrorSentences,
  code: string,
  args: FieldErrorArgs,
): string {
  const messages: Record<string, ((args: FieldErrorArgs) => string) | undefined> = sentences;
  return (messages[code] ?? sentences.invalid)(args);
}
