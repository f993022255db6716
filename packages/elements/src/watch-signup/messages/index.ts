import type { LocaleId } from '../../i18n/registry.js';
import type { CatalogueShape } from '../../i18n/types.js';
import { en } from './en.js';
import { jaEasy } from './ja-x-easy.js';
import { ja } from './ja.js';

/**
 * The sign-up widget's catalogue, derived from `ja` like the shared catalogue: a locale missing a key or
 * with a wrong parameter does not typecheck. Keyed by the shared `LocaleId`, so a locale added to the shared
 * registry is a type error here until this widget has its words too.
 */
export type SignupMessages = CatalogueShape<typeof ja>;

export const SIGNUP_CATALOGUES: Record<LocaleId, SignupMessages> = { ja, 'ja-x-easy': jaEasy, en };

/** The widget's words for a locale (the LocaleController's current one). */
export function signupMessages(locale: LocaleId): SignupMessages {
  return SIGNUP_CATALOGUES[locale];
}
