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
  /** Every ward and town of the city (one response, not paginated; cache it). */
  list(options?: RequestOptions): Promise<AreasResponse>;
}

export const areasResource = (send: Transport): AreasResource => ({
  list: (options) => send({ method: 'GET', path: 'areas', schema: areasResponse, options }),
});
