/**
 * The finder's query in the page URL — only when the partner opts in with `sync-url`, because URLs end up
 * in server logs, browser history and referrers. Only the choices travel (concerns, ward, town, filters);
 * a geolocated point never does. Parameters carry a `tf-` prefix so they do not collide with the page's own.
 */
import type { FinderQuery } from './finder-query.js';

export interface UrlState {
  query: FinderQuery;
  ward: string;
  /** Town id (the town box's choice). */
  town: string;
}

const P = {
  concerns: 'tf-concern',
  ward: 'tf-ward',
  town: 'tf-town',
  openNow: 'tf-open',
  language: 'tf-lang',
  modes: 'tf-mode',
  access: 'tf-access',
} as const;

const list = (params: URLSearchParams, name: string): string[] =>
  (params.get(name) ?? '').split(',').filter((value) => /^[a-z_]{1,40}$/.test(value));

export function readUrlState(search: string): Partial<UrlState> | null {
  const params = new URLSearchParams(search);
  if (![...params.keys()].some((key) => key.startsWith('tf-'))) return null;
  const safe = (value: string | null) => (value && /^[a-z0-9_-]{1,64}$/i.test(value) ? value : '');
  return {
    query: {
      concerns: list(params, P.concerns),
      openNow: params.get(P.openNow) === '1',
      language: safe(params.get(P.language)),
      contactModes: list(params, P.modes),
      accessibility: list(params, P.access),
    },
    ward: safe(params.get(P.ward)),
    town: safe(params.get(P.town)),
  };
}

/** The page's search string with the finder's parameters replaced (others kept as they were). */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const name of Object.values(P)) params.delete(name);
  const { query } = state;
  if (query.concerns.length) params.set(P.concerns, query.concerns.join(','));
  if (state.town) params.set(P.town, state.town);
  else if (state.ward) params.set(P.ward, state.ward);
  if (query.openNow) params.set(P.openNow, '1');
  if (query.language) params.set(P.language, query.language);
  if (query.contactModes.length) params.set(P.modes, query.contactModes.join(','));
  if (query.accessibility.length) params.set(P.access, query.accessibility.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}
