import type { ja } from './locales/ja.js';
import type { CatalogueShape } from './types.js';

/**
 * The shape every locale's catalogue must have, derived from the `ja` catalogue: a locale file declared as
 * `const xx: Catalogue = {…}` fails to typecheck when a key is missing, misspelt or has the wrong parameters.
 */
export type Catalogue = CatalogueShape<typeof ja>;

/** Keys of the field-error sentences (one per schema field-error code). */
export type FieldErrorCode = keyof Catalogue['fieldError'];

/** Ids of the phone lines the emergency notice can show. */
export type EmergencyLineId = keyof Catalogue['emergency']['lines'];
