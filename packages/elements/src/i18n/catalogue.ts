import type { EmergencyLineId as TriageLineId } from '@tsunagu/schema/triage';
import type { ja } from './locales/ja.js';
import type { CatalogueShape, SameKeys } from './types.js';

/**
 * The shape every locale's catalogue must have, derived from the `ja` catalogue: a locale file declared as
 * `const xx: Catalogue = {…}` fails to typecheck when a key is missing, misspelt or has the wrong parameters.
 */
export type Catalogue = CatalogueShape<typeof ja>;

/** Ids of the phone lines the emergency notice can show: the triage rules' ids, one name for each line. */
export type EmergencyLineId = TriageLineId;

// Every line the triage rules can ask for has a name and note in the catalogue, and no others.
const linesMatchTriage: SameKeys<keyof Catalogue['emergency']['lines'], TriageLineId> = true;
void linesMatchTriage;
