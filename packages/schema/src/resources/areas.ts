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
  /**
   * Kana reading of the town's base name, without 丁目 (相生町一丁目 → 'あいおいちょう'), so a person can
   * find it by sound; absent where the data has none. Search folds hiragana/katakana (normalize.ts).
   */
  reading: z.optional(z.string().check(z.maxLength(80, 'too_long'))),
});
export type Town = z.infer<typeof town>;

/** GET /v1/areas */
export const areasResponse = z.object({ wards: z.array(ward), towns: z.array(town) });
export type AreasResponse = z.infer<typeof areasResponse>;
