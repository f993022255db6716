/**
 * Distances between points (WGS84 latitude/longitude in degrees) and walking time.
 *
 * Straight-line (great-circle) distance only: no routing, no network. Within a city the haversine formula
 * on a spherical Earth is accurate to well under 0.5 %, far below the error of the data itself (town and
 * office points are representative points, 0.2–1 km off the door).
 */

export interface LatLng {
  lat: number;
  lng: number;
}

/** A point that may be missing, as in the town data (six towns have null coordinates). */
export interface MaybeLatLng {
  lat: number | null;
  lng: number | null;
}

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
/**
 * 80 m per minute: the walking speed the Japanese real-estate fair-competition rules (不動産の表示に関する
 * 公正競争規約施行規則) prescribe for 「徒歩○分」, with any remainder counted as a full minute.
 */
const WALKING_METRES_PER_MINUTE = 80;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in metres. */
export function haversineMeters(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Walking minutes for a distance, the Japanese real-estate way: 80 m per minute, rounded up. Note the
 * distance callers have is usually straight-line, so real walks are longer; say "about".
 */
export function walkingMinutes(meters: number): number {
  if (!Number.isFinite(meters) || meters <= 0) return 0;
  return Math.ceil(meters / WALKING_METRES_PER_MINUTE);
}

/** The point as LatLng when both coordinates are finite numbers, else null. */
export function toLatLng(point: Partial<MaybeLatLng> | null | undefined): LatLng | null {
  if (!point) return null;
  const { lat, lng } = point;
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) {
    return null;
  }
  return { lat, lng };
}

export interface ItemDistance<T> {
  item: T;
  /** Metres from the origin; null when the item has no point. */
  distance_m: number | null;
}

/**
 * Items by distance from `origin`, nearest first. Items without a usable point (null, or null
 * coordinates) come last. Stable: equal distances, and the items without a point, keep their input order.
 */
export function sortByDistance<T>(
  items: readonly T[],
  origin: LatLng,
  getPoint: (item: T) => Partial<MaybeLatLng> | null | undefined,
): ItemDistance<T>[] {
  const measured = items.map((item): ItemDistance<T> => {
    const point = toLatLng(getPoint(item));
    return { item, distance_m: point ? haversineMeters(origin, point) : null };
  });
  // Array.prototype.sort is stable (ES2019).
  return measured.sort((a, b) => {
    if (a.distance_m === null || b.distance_m === null) {
      return (a.distance_m === null ? 1 : 0) - (b.distance_m === null ? 1 : 0);
    }
    return a.distance_m - b.distance_m;
  });
}

/** The item nearest to `origin` among those with a usable point (first one wins a tie), or null. */
export function nearestPoint<T>(
  items: readonly T[],
  origin: LatLng,
  getPoint: (item: T) => Partial<MaybeLatLng> | null | undefined,
): { item: T; distance_m: number } | null {
  let best: { item: T; distance_m: number } | null = null;
  for (const item of items) {
    const point = toLatLng(getPoint(item));
    if (!point) continue;
    const distance_m = haversineMeters(origin, point);
    if (!best || distance_m < best.distance_m) best = { item, distance_m };
  }
  return best;
}

/**
 * The town whose representative point is nearest to `p`, skipping towns with null coordinates; null when
 * no town has a point. Used to find the ward of a point (the nearest town's ward), since the nearest
 * office is often in another ward. Callers should still check the distance: a point far outside the city
 * also has a nearest town.
 */
export function nearestTown<T extends MaybeLatLng>(
  towns: readonly T[],
  p: LatLng,
): { town: T; distance_m: number } | null {
  const nearest = nearestPoint(towns, p, (town) => town);
  return nearest ? { town: nearest.item, distance_m: nearest.distance_m } : null;
}
