// Who may call what: one table of every route × principal. The server enforces it (routes are registered
// through it, and a test walks the app's routes against it), OpenAPI documents it, the SDK's types follow it.

/**
 * The kinds of caller.
 * - `publishable`: a partner's `pk_…` key in a browser widget (bound to its allowed origins);
 * - `partner`: a partner's `sk_…` key on the partner's own server (never from a browser);
 * - `ward_staff`: a signed-in person of a ward office, limited to the wards assigned to them;
 * - `city_admin`: a signed-in city administrator (all wards, partners, keys, staff accounts, purge);
 * - `auditor`: a signed-in person who reads the audit log and nothing else.
 */
export const ROLES = ['publishable', 'partner', 'ward_staff', 'city_admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** The roles a person signed in to the staff console can hold. */
export const STAFF_ROLES = ['ward_staff', 'city_admin', 'auditor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * How a route narrows what an allowed caller sees, beyond the role:
 * - `ward`: ward staff only reach records of their wards (another ward's report answers 404 like an unknown
 *   reference; a filter or a write naming another ward answers 403 `ward_not_allowed`);
 * - `own`: a partner key only reaches what that partner sent or owns (its reports' status, its activities
 *   and their rosters); another partner's report answers 404, another partner's activity 403 `not_owner`;
 * - `self`: the signed-in person's own session and account.
 */
export type PolicyScope = 'ward' | 'own' | 'self';

export interface RoutePolicy {
  /** who may call it; `[]` with `anonymous: true` for the sign-in itself */
  allow: readonly Role[];
  /** callable without any credential (sign-in) */
  anonymous?: boolean;
  scope?: readonly PolicyScope[];
  /** the request reads personal data (audited for staff) */
  sensitive?: boolean;
}

const PUBLIC_DATA: readonly Role[] = ['publishable', 'partner', 'ward_staff', 'city_admin'];
const SENDERS: readonly Role[] = ['publishable', 'partner'];
const WARD_STAFF: readonly Role[] = ['ward_staff', 'city_admin'];
const ACTIVITY_MANAGERS: readonly Role[] = ['partner', 'ward_staff', 'city_admin'];
const ADMIN: readonly Role[] = ['city_admin'];
const SIGNED_IN: readonly Role[] = ['ward_staff', 'city_admin', 'auditor'];

/** Every route of the API, keyed `METHOD /path/{param}` exactly as OpenAPI names it. */
export const ROUTE_POLICIES = {
  'GET /v1/partner': { allow: SENDERS },
  'GET /v1/areas': { allow: PUBLIC_DATA },
  'GET /v1/windows': { allow: PUBLIC_DATA },
  'GET /v1/windows/{id}': { allow: PUBLIC_DATA },
  'POST /v1/concern-reports': { allow: SENDERS },
  'GET /v1/concern-reports/{reference}/status': { allow: SENDERS, scope: ['own'] },
  'GET /v1/activities': { allow: PUBLIC_DATA },
  'GET /v1/activities/{id}': { allow: PUBLIC_DATA },
  'POST /v1/signups': { allow: SENDERS },
  'GET /v1/signups/{id}': { allow: SENDERS },
  'POST /v1/signups/{id}/cancel': { allow: SENDERS },

  'POST /v1/auth/login': { allow: [], anonymous: true },
  'GET /v1/auth/session': { allow: SIGNED_IN, scope: ['self'] },
  'POST /v1/auth/logout': { allow: SIGNED_IN, scope: ['self'] },
  'POST /v1/auth/logout-everywhere': { allow: SIGNED_IN, scope: ['self'] },
  'POST /v1/auth/password': { allow: SIGNED_IN, scope: ['self'] },
  'POST /v1/auth/totp': { allow: SIGNED_IN, scope: ['self'] },
  'POST /v1/auth/totp/confirm': { allow: SIGNED_IN, scope: ['self'] },

  'GET /v1/admin/reports': { allow: WARD_STAFF, scope: ['ward'], sensitive: true },
  'GET /v1/admin/reports/{reference}': { allow: WARD_STAFF, scope: ['ward'], sensitive: true },
  'POST /v1/admin/reports/{reference}/status': { allow: WARD_STAFF, scope: ['ward'], sensitive: true },
  'POST /v1/admin/reports/{reference}/assign': { allow: WARD_STAFF, scope: ['ward'], sensitive: true },
  'POST /v1/admin/reports/{reference}/handoff': { allow: WARD_STAFF, scope: ['ward'], sensitive: true },
  'GET /v1/admin/colleagues': { allow: WARD_STAFF, scope: ['ward'] },
  'GET /v1/admin/audit': { allow: ['auditor', 'city_admin'], sensitive: true },
  'GET /v1/admin/windows': { allow: WARD_STAFF },
  'POST /v1/admin/windows': { allow: WARD_STAFF, scope: ['ward'] },
  'PUT /v1/admin/windows/{id}': { allow: WARD_STAFF, scope: ['ward'] },
  'DELETE /v1/admin/windows/{id}': { allow: WARD_STAFF, scope: ['ward'] },
  'POST /v1/admin/windows/{id}/confirm': { allow: WARD_STAFF, scope: ['ward'] },
  'POST /v1/admin/windows/import': { allow: ADMIN },
  'GET /v1/admin/windows/export': { allow: WARD_STAFF },
  'GET /v1/admin/activities': { allow: ACTIVITY_MANAGERS, scope: ['own', 'ward'] },
  'POST /v1/admin/activities': { allow: ACTIVITY_MANAGERS, scope: ['own', 'ward'] },
  'PUT /v1/admin/activities/{id}': { allow: ACTIVITY_MANAGERS, scope: ['own', 'ward'] },
  'DELETE /v1/admin/activities/{id}': { allow: ACTIVITY_MANAGERS, scope: ['own', 'ward'] },
  'GET /v1/admin/activities/{id}/roster': {
    allow: ACTIVITY_MANAGERS,
    scope: ['own', 'ward'],
    sensitive: true,
  },
  'GET /v1/admin/stats': { allow: WARD_STAFF, scope: ['ward'], sensitive: true },
  'POST /v1/admin/maintenance/purge': { allow: ADMIN },
  'GET /v1/admin/partners': { allow: ADMIN },
  'POST /v1/admin/partners': { allow: ADMIN },
  'PATCH /v1/admin/partners/{id}': { allow: ADMIN },
  'GET /v1/admin/keys': { allow: ADMIN },
  'POST /v1/admin/keys': { allow: ADMIN },
  'PATCH /v1/admin/keys/{id}': { allow: ADMIN },
  'POST /v1/admin/keys/{id}/revoke': { allow: ADMIN },
  'POST /v1/admin/keys/{id}/rotate': { allow: ADMIN },
  'GET /v1/admin/staff': { allow: ADMIN, sensitive: true },
  'POST /v1/admin/staff': { allow: ADMIN },
  'PATCH /v1/admin/staff/{id}': { allow: ADMIN },
  'GET /v1/admin/webhooks': { allow: ADMIN },
  'POST /v1/admin/webhooks': { allow: ADMIN },
  'DELETE /v1/admin/webhooks/{id}': { allow: ADMIN },
  'GET /v1/admin/webhooks/{id}/deliveries': { allow: ADMIN },
} as const satisfies Record<string, RoutePolicy>;

export type RouteKey = keyof typeof ROUTE_POLICIES;

/** The policy of `METHOD /path/{param}` (OpenAPI form), or undefined when the route has none. */
export function policyFor(method: string, path: string): RoutePolicy | undefined {
  return (ROUTE_POLICIES as Record<string, RoutePolicy>)[`${method.toUpperCase()} ${path}`];
}

/** Whether `role` may call the route at all (scope is checked against the records themselves). */
export function roleAllowed(policy: RoutePolicy, role: Role): boolean {
  return policy.allow.includes(role);
}
