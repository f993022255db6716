// What the admin routes share: the caller, audit rows that name it, scope refusals, and audited,
// idempotent writes.
import type { Context } from 'hono';
import { actorOf, type Principal } from '../auth/principal.js';
import { readOptionalJsonObject } from '../http/body.js';
import { refuse } from '../http/access.js';
import { HttpError } from '../http/errors.js';
import { sendStored, type ResponseRedaction } from '../http/idempotency.js';
import type { AppEnv } from '../http/types.js';
import { audit } from '../services/audit.js';
import type { Services } from '../services/context.js';

export function caller(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new Error('admin routes are guarded: a principal is set');
  return principal;
}

/** One audited, idempotent admin write. */
export interface WriteSpec {
  /** the idempotency route (method and concrete path) */
  route: string;
  status: number;
  action: string;
  targetType: string;
  /** the target's id when the path names it; else `targetIdOf(response)`, else the response's `id` */
  targetId?: string;
  targetIdOf?: (body: unknown) => string;
  /** what the audit row says of the request (codes and ids only: never notes or reasons) */
  auditDetail?: (body: Record<string, unknown>) => Record<string, unknown>;
  /** the body when the route has read it already */
  body?: Record<string, unknown>;
  run: (body: Record<string, unknown>, now: Date) => unknown;
  /** responses that must not be kept as they are (report content): see ResponseRedaction */
  redaction?: ResponseRedaction;
}

export function adminSupport(s: Services) {
  /** One audit row for what the caller did (or read) now. */
  const record = (
    c: Context<AppEnv>,
    action: string,
    targetType: string,
    targetId: string | null,
    detail: Record<string, unknown> | null = null,
  ) =>
    audit(s.db, {
      actor: actorOf(caller(c)),
      action,
      targetType,
      targetId,
      detail,
      requestId: c.get('requestId'),
      now: s.now(),
    });

  const wardNotAllowed = (c: Context<AppEnv>, wardId: string | null): never =>
    refuse(
      c,
      s,
      new HttpError(403, 'permission_error', 'ward_not_allowed', 'This ward is not one of yours.'),
      { type: 'ward', id: wardId },
    );

  const notOwner = (c: Context<AppEnv>, type: string, id: string): never =>
    refuse(
      c,
      s,
      new HttpError(403, 'permission_error', 'not_owner', `This ${type} belongs to someone else.`),
      { type, id },
    );

  /**
   * Admin writes: idempotent when an Idempotency-Key is sent, and audited — in the write's transaction the
   * first time, and again when a retry replays the stored answer.
   */
  const write = async (c: Context<AppEnv>, spec: WriteSpec) => {
    const value = spec.body ?? (await readOptionalJsonObject(c, s.maxBodyBytes)).value;
    const now = s.now();
    const idOf = (body: unknown) =>
      spec.targetId ??
      spec.targetIdOf?.(body) ??
      ((body as { id?: unknown } | null)?.id as string | undefined) ??
      null;
    const result = s.idempotency.run(
      c,
      spec.route,
      JSON.stringify(value),
      false,
      now,
      () => {
        const body = spec.run(value, now);
        record(c, spec.action, spec.targetType, idOf(body), spec.auditDetail?.(value) ?? null);
        return { status: spec.status, body };
      },
      spec.redaction,
    );
    if (result.replayed)
      record(c, spec.action, spec.targetType, idOf(JSON.parse(result.json)), {
        ...spec.auditDetail?.(value),
        replayed: true,
      });
    return sendStored(c, result);
  };

  return { record, wardNotAllowed, notOwner, write };
}
