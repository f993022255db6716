// The authenticated caller of a request, and what follows from it: its role, the wards it may see, what it
// owns, and how the audit log names it.
import type { Role, StaffRole } from '@tsunagu/schema';

export interface KeyPrincipal {
  role: 'publishable' | 'partner';
  keyId: string;
  partnerId: string;
  partnerType: string;
  allowedOrigins: string[];
}

export interface StaffPrincipal {
  role: StaffRole;
  staffId: string;
  login: string;
  displayName: string;
  /** wards a ward staff member works for (ignored for other roles) */
  wards: string[];
  session: { tokenHash: Buffer; delivery: 'cookie' | 'bearer' };
}

export type Principal = KeyPrincipal | StaffPrincipal;

export const isStaff = (p: Principal | null | undefined): p is StaffPrincipal =>
  !!p && p.role !== 'publishable' && p.role !== 'partner';

export const isKey = (p: Principal | null | undefined): p is KeyPrincipal =>
  !!p && (p.role === 'publishable' || p.role === 'partner');

/** The stable id of a principal (staff id or key id): audit actor and idempotency scope. */
export const principalId = (p: Principal): string => (isStaff(p) ? p.staffId : p.keyId);

/** The wards a principal may see: null for all (city administrators), [] for none. */
export function wardScope(p: Principal): readonly string[] | null {
  if (p.role === 'city_admin') return null;
  if (p.role === 'ward_staff') return p.wards;
  return [];
}

export function canSeeWard(p: Principal, wardId: string | null): boolean {
  const scope = wardScope(p);
  return scope === null || (wardId !== null && scope.includes(wardId));
}

export interface AuditActor {
  type: 'staff' | 'key' | 'anonymous';
  id: string | null;
  name: string | null;
  keyId: string | null;
}

export function actorOf(p: Principal | null): AuditActor {
  if (!p) return { type: 'anonymous', id: null, name: null, keyId: null };
  if (isStaff(p)) return { type: 'staff', id: p.staffId, name: p.login, keyId: null };
  return { type: 'key', id: p.keyId, name: null, keyId: p.keyId };
}

export type { Role };
