// GET /v1/areas: the city's wards and their towns.
import { areasResponse, type AreasResponse } from '@tsunagu/schema';
import type { RequestOptions, Transport } from '../http.js';

/**
 * Wards and towns (町丁目), for a town search or to name the ward a window serves.
 *
 * @example
 * ```ts
 * const { wards, towns } = await client.areas.list();
 * const naka = wards.find((w) => w.id === 'naka');
 * ```
 */
export interface AreasResource {
  /**
   * Every ward and town of the city (one response, not paginated; cache it). `towns: 'none'` asks for the
   * wards only (a few hundred bytes instead of ~25 kB gzipped), for forms that only name a ward;
   * `ward` narrows the towns to one ward.
   */
  list(options?: AreasListOptions): Promise<AreasResponse>;
}

/** Options of {@link AreasResource.list}. */
export interface AreasListOptions extends RequestOptions {
  /** Only this ward (and its towns). */
  ward?: string | undefined;
  /** `'none'`: wards only, `towns` comes back empty. Default `'all'`. */
  towns?: 'all' | 'none' | undefined;
}

export const areasResource = (send: Transport): AreasResource => ({
  list: ({ ward, towns, ...options } = {}) => {
    const query = new URLSearchParams();
    if (ward) query.set('ward', ward);
    if (towns && towns !== 'all') query.set('towns', towns);
    return send({ method: 'GET', path: 'areas', schema: areasResponse, options, query });
  },
});
