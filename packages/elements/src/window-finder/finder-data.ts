/**
 * The finder's data once loaded (./finder-load.ts loads it, after the first screen), and what the element
 * reads from it. Plain code: the first screen carries no SDK or schema library.
 */
import type { ConsultationWindow, Ward } from '@tsunagu/schema';
import type { FinderTown } from './town-search.js';

export interface FinderData {
  windows: ConsultationWindow[];
  wards: Ward[];
  towns: FinderTown[];
  /** Towns that come after the windows (from the API: the town search is usable once they are here). */
  laterTowns?: Promise<readonly FinderTown[]>;
}

/**
 * The attribution lines the finder's data asks for (CC BY 4.0 coordinates, for one), once each, in the
 * order first met: shown under the results, because partners' pages display this data.
 */
export function dataCredits(windows: readonly ConsultationWindow[]): string[] {
  const credits = new Set<string>();
  for (const w of windows) {
    const line = w.source.attribution?.trim();
    if (line) credits.add(line);
  }
  return [...credits];
}

/** Wards named by the offices that sit in them (`横浜市中区役所`), when no areas file is given. */
export function wardsFromWindows(windows: readonly ConsultationWindow[]): Ward[] {
  const wards = new Map<string, Ward>();
  for (const w of windows) {
    if (w.ward_id === null || wards.has(w.ward_id)) continue;
    wards.set(w.ward_id, {
      id: w.ward_id,
      name: w.organization,
      ...(w.organization_en ? { name_en: w.organization_en } : {}),
    });
  }
  return [...wards.values()];
}
