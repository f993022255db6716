// Client routes under /staff/. Paths carry only screen names and report references, query strings only
// filter codes and a page cursor; never free text or contact details. A notice for the next screen (after a
// hand-off, say) stays in memory here rather than travelling in the URL or in an event.

export const BASE = '/staff/';

export type Route =
  | { name: 'inbox'; query: URLSearchParams }
  | { name: 'report'; reference: string }
  | { name: 'activities' }
  | { name: 'windows' }
  | { name: 'admin'; section: AdminSection }
  | { name: 'audit' }
  | { name: 'not_found' };

export const ADMIN_SECTIONS = ['partners', 'keys', 'staff', 'wards', 'webhooks'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export function parseRoute(location: { pathname: string; search: string }): Route {
  const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : '';
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'inbox', query: new URLSearchParams(location.search) };
  if (parts[0] === 'reports' && parts.length === 2 && /^TK-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(parts[1]!))
    return { name: 'report', reference: parts[1]! };
  if (parts.length === 1 && parts[0] === 'activities') return { name: 'activities' };
  if (parts.length === 1 && parts[0] === 'windows') return { name: 'windows' };
  if (parts.length === 1 && parts[0] === 'audit') return { name: 'audit' };
  if (parts[0] === 'admin' && parts.length === 2 && (ADMIN_SECTIONS as readonly string[]).includes(parts[1]!))
    return { name: 'admin', section: parts[1] as AdminSection };
  return { name: 'not_found' };
}

export const ROUTE_EVENT = 'tsunagu-console-route';

let notice: string | null = null;

/** Goes to a console path (history entry, no reload); the shell re-renders on ROUTE_EVENT. */
export function navigate(path: string, options: { replace?: boolean; notice?: string } = {}): void {
  notice = options.notice ?? null;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(ROUTE_EVENT));
}

/** The notice left by the last navigation (read once). */
export function takeNotice(): string | null {
  const text = notice;
  notice = null;
  return text;
}

export const reportPath = (reference: string): string => `${BASE}reports/${reference}`;
