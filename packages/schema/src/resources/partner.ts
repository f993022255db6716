// GET /v1/partner, in a module of its own: the help card asks it, and a widget's bundle should not carry the
// admin schemas (their top-level statements stay in any bundle that imports one export of their module).
import * as z from 'zod/mini';
import { PARTNER_TYPES } from '../codes.js';

export const partnerType = z.enum(PARTNER_TYPES);
/**
 * GET /v1/partner: who the calling key belongs to — its name, and the ward it is in, so that a help card
 * without a `ward` attribute shows that ward's office.
 */
export const partnerInfo = z.object({
  id: z.string(),
  name: z.string(),
  type: partnerType,
  ward_id: z.nullable(z.string()),
  key_kind: z.enum(['publishable', 'secret']),
});
export type PartnerInfo = z.infer<typeof partnerInfo>;
