// GET /v1/partner: who the calling key belongs to.
/**
 * `@tsunagu/client/partner`: the partner resource alone, on a core from `@tsunagu/client/core`.
 *
 * @module partner
 */
import { partnerInfo, type PartnerInfo } from '@tsunagu/schema';
import type { TsunaguHttp } from '../create-http.js';
import type { RequestOptions } from '../http.js';

/**
 * The partner the key belongs to: its name, type and the ward it is in (`ward_id`, or null when the city
 * has not set one). The help card shows that ward's office when the page gives no `ward`.
 *
 * @example
 * ```ts
 * const { name, ward_id } = await client.partner.get();
 * ```
 */
export interface PartnerResource {
  /** The calling key's partner (publishable or secret key). */
  get(options?: RequestOptions): Promise<PartnerInfo>;
}

/**
 * The partner resource on an HTTP core: what `@tsunagu/client/partner` offers a bundle that needs nothing
 * else.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { partnerResource } from '@tsunagu/client/partner';
 *
 * const partner = partnerResource(createHttp({ baseUrl: 'https://api.tsunagu.example', key: 'pk_…' }));
 * const { ward_id } = await partner.get();
 * ```
 */
export const partnerResource = ({ send }: TsunaguHttp): PartnerResource => ({
  get: (options) => send({ method: 'GET', path: 'partner', schema: partnerInfo, options }),
});
