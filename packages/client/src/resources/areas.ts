// GET /v1/areas: the city's wards and their towns.
/**
 * `@tsunagu/client/areas`: the areas resource alone, on a core from `@tsunagu/client/core`.
 *
 * @module areas
 */
import { areasResponse, type AreasResponse } from '@tsunagu/schema';
import type { TsunaguHttp } from '../create-http.js';
import type { RequestOptions } from '../http.js';

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

/**
 * The areas resource on an HTTP core: what `@tsunagu/client/areas` offers a bundle that needs nothing else.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { areasResource } from '@tsunagu/client/areas';
 *
 * const areas = areasResource(createHttp({ baseUrl: 'https://api.tsunagu.example', key: 'pk_…' }));
 * const { wards } = await areas.list({ towns: 'none' });
 * ```
 */
export const areasResource = ({ send }: TsunaguHttp): AreasResource => ({
  list: ({ ward, towns, ...options } = {}) => {
    const query = new URLSearchParams();
    if (ward) query.set('ward', ward);
    if (towns && towns !== 'all') query.set('towns', towns);
    return send({ method: 'GET', path: 'areas', schema: areasResponse, options, query });
  },
});
