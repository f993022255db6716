/**
 * The order in which a person should try consultation windows, written once for the finder (over the
 * windows it loaded) and the server (GET /v1/windows):
 *
 * 0. own ward — windows serving the person's ward (a ward's 生活支援課 serves only its residents, even when
 *    another ward's office is nearer), and windows serving anyone that sit in that ward;
 * 1. serving anyone elsewhere (or every window with a place, when the ward is unknown);
 * 2. other wards' windows (their service area leaves the person's ward out);
 * 3. phone and online lines (no place).
 * Within a group by distance in 10 m steps (finer than any distance shown), then in the data's own order.
 */
import type { ConsultationWindow } from '../resources/windows.js';

export type RankableWindow = Pick<ConsultationWindow, 'kind' | 'location' | 'ward_id' | 'service_area'>;

export const RANK_GROUPS = ['own_ward', 'serves', 'other_ward', 'line'] as const;
export type RankGroup = (typeof RANK_GROUPS)[number];

/** 0 … 3: the index in RANK_GROUPS of the group `window` falls in for a person in `wardId`. */
export function rankGroup(window: RankableWindow, wardId: string | null): number {
  if (window.kind === 'line' || window.location === null) return 3;
  if (wardId === null) return 1;
  const area = window.service_area;
  if (area === null) return window.ward_id === wardId ? 0 : 1;
  return area.ward_ids.includes(wardId) ? 0 : 2;
}

/** Bits for a distance step; the largest value means "no distance" (sorts last in its group). */
export const DISTANCE_STEP_BITS = 18;
export const NO_DISTANCE_STEP = 2 ** DISTANCE_STEP_BITS - 1;

/** A distance in whole metres (null = unknown) as its 10 m sort step. */
export function distanceStep(metres: number | null): number {
  if (metres === null || metres < 0) return NO_DISTANCE_STEP;
  return Math.min(((metres + 5) / 10) | 0, NO_DISTANCE_STEP - 1);
}

/** One sort key: the group above the distance step (compare as numbers; ties keep the data order). */
export function rankKey(group: number, metres: number | null): number {
  return (group << DISTANCE_STEP_BITS) | distanceStep(metres);
}
