// GET /v1/windows (search, paginated) and GET /v1/windows/{id}.
/**
 * `@tsunagu/client/windows`: the windows resource alone, on a core from `@tsunagu/client/core`.
 *
 * @module windows
 */
import {
  consultationWindow,
  windowSearchResponse,
  type ConsultationWindow,
  type WindowResult,
  type WindowSearchParams,
  type WindowSearchResponse,
} from '@tsunagu/schema';
import type { TsunaguHttp } from '../create-http.js';
import type { RequestOptions } from '../http.js';
import { pagedList, type PagedList } from '../pagination.js';
import { segment, toQuery } from '../query.js';

/**
 * Search parameters of `windows.list` (the cursor is handled by the list). Give `town` or `near` so the
 * server can tell which windows serve the person.
 *
 * @example
 * ```ts
 * const params: WindowListParams = { near: { lat: 35.4437, lng: 139.638 }, concern: ['housing'], open_now: true, limit: 10 };
 * ```
 */
export type WindowListParams = Omit<WindowSearchParams, 'cursor'>;

/**
 * Consultation windows (相談窓口). Results come in the order a person should try them: windows serving
 * their ward first, then others by distance, phone lines last.
 *
 * @example
 * ```ts
 * for await (const { window, serves_area, open_now } of client.windows.list({ town: '寿町', concern: ['housing'] })) {
 *   console.log(window.name, serves_area ? 'serves you' : '', open_now ? 'open now' : '');
 * }
 * ```
 */
export interface WindowsResource {
  /** Searches windows; iterate for every result, or `.page()` for one page with its `context`. */
  list(params?: WindowListParams, options?: RequestOptions): PagedList<WindowResult, WindowSearchResponse>;
  /** One window by id (a `TsunaguNotFoundError` when there is none). */
  get(id: string, options?: RequestOptions): Promise<ConsultationWindow>;
}

/**
 * The windows resource on an HTTP core: what `@tsunagu/client/windows` offers a bundle that needs nothing else.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { windowsResource } from '@tsunagu/client/windows';
 *
 * const windows = windowsResource(createHttp({ baseUrl: 'https://api.tsunagu.example', key: 'pk_…' }));
 * const page = await windows.list({ town: '寿町', limit: 10 }).page();
 * ```
 */
export const windowsResource = ({ send }: TsunaguHttp): WindowsResource => ({
  list: (params, options) =>
    pagedList((cursor) =>
      send({
        method: 'GET',
        path: 'windows',
        query: toQuery(params, cursor),
        schema: windowSearchResponse,
        options,
      }),
    ),
  get: (id, options) =>
    send({ method: 'GET', path: `windows/${segment(id)}`, schema: consultationWindow, options }),
});
