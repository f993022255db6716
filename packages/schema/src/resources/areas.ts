// Areas: the city's wards and their towns (町丁目), for the town search and for resolving a point's ward.
import * as z from 'zod/mini';
import { latitude, longitude, wardId } from './common.js';

export const ward = z.object({
  id: wardId,
  name: z.string(), // 鶴見区
  name_en: z.optional(z.string()),
  city_code: z.optional(z.string()), // 全国地方公共団体コード, e.g. '14101'
  city: z.optional(z.string()), // 横浜市
});
export type Ward = z.infer<typeof ward>;

/** A town block with its representative point; lat/lng are null where the source has a gap. */
export const town = z.object({
  id: z.string(),
  ward_id: wardId,
  name: z.string(),
  lat: z.nullable(latitude),
  lng: z.nullable(longitude),
});
export type Town = z.infer<typeof town>;

/** GET /v1/areas */
export const areasResponse = z.object({ wards: z.array(ward), towns: z.array(town) });
export type AreasResponse = z.infer<typeof areasResponse>;
