// What the person asked for and where they are: the shapes the finder's first screen holds before the
// search itself (./finder-search.ts, in the later part) has arrived.
import type { LatLng } from '@tsunagu/schema/geo';

export interface FinderQuery {
  /** CONCERNS codes; a window matches when it takes at least one. Empty = any. */
  concerns: readonly string[];
  openNow: boolean;
  /** A language tag ('en', 'zh'); '' = any. */
  language: string;
  /** CONTACT_MODES codes; a window matches when it offers at least one. */
  contactModes: readonly string[];
  /** ACCESSIBILITY codes; a window matches when it offers every one. */
  accessibility: readonly string[];
}

export const EMPTY_QUERY: FinderQuery = {
  concerns: [],
  openNow: false,
  language: '',
  contactModes: [],
  accessibility: [],
};

/** Where the person is, as far as the finder knows. */
export interface FinderPlace {
  /** The person's ward (from a chosen ward, a town, or the nearest town to a point); null = unknown. */
  wardId: string | null;
  /** The point distances are measured from; null = no distances. */
  origin: LatLng | null;
}

export const NO_PLACE: FinderPlace = { wardId: null, origin: null };
