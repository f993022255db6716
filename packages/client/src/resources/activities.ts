// GET /v1/activities (paginated) and GET /v1/activities/{id}.
/**
 * `@tsunagu/client/activities`: the activities resource alone, on a core from `@tsunagu/client/core`.
 *
 * @module activities
 */
import { activity, page, type Activity, type ActivitySearchParams, type Page } from '@tsunagu/schema';
import type { TsunaguHttp } from '../create-http.js';
import type { RequestOptions } from '../http.js';
import { pagedList, type PagedList } from '../pagination.js';
import { segment, toQuery } from '../query.js';

export const activityPage = page(activity);

/**
 * Filters of `activities.list` (the cursor is handled by the list); `from`/`to` are Tokyo dates, inclusive.
 *
 * @example
 * ```ts
 * const params: ActivityListParams = { ward: 'naka', type: ['watch', 'training'], from: '2026-12-01', to: '2026-12-31' };
 * ```
 */
export type ActivityListParams = Omit<ActivitySearchParams, 'cursor'>;

/**
 * Activities people and organisations can join (見守り, food support, study support, training…), with
 * seats left.
 *
 * @example
 * ```ts
 * for await (const a of client.activities.list({ ward: 'naka', type: ['watch'], from: '2026-12-01' })) {
 *   console.log(a.title, a.starts_at, `${a.seats_left} seats left`);
 * }
 * ```
 */
export interface ActivitiesResource {
  list(params?: ActivityListParams, options?: RequestOptions): PagedList<Activity, Page<Activity>>;
  get(id: string, options?: RequestOptions): Promise<Activity>;
}

/**
 * The activities resource on an HTTP core: what `@tsunagu/client/activities` offers a bundle that needs nothing else.
 *
 * @example
 * ```ts
 * import { createHttp } from '@tsunagu/client/core';
 * import { activitiesResource } from '@tsunagu/client/activities';
 *
 * const activities = activitiesResource(createHttp({ baseUrl: 'https://api.tsunagu.example', key: 'pk_…' }));
 * const first = await activities.list({ ward: 'naka', type: ['watch'] }).page();
 * ```
 */
export const activitiesResource = ({ send }: TsunaguHttp): ActivitiesResource => ({
  list: (params, options) =>
    pagedList((cursor) =>
      send({
        method: 'GET',
        path: 'activities',
        query: toQuery(params, cursor),
        schema: activityPage,
        options,
      }),
    ),
  get: (id, options) => send({ method: 'GET', path: `activities/${segment(id)}`, schema: activity, options }),
});
