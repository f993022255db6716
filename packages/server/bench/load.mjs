// What the benches send, shared by api.mjs and profile.mjs: the publishable demo key, a concern report,
// idempotency keys and points all over the city.
import { randomUUID } from 'node:crypto';

export const DEMO_KEY = 'pk_demo_tsunagu_examples';

/** A typical report about someone (the same body every time; each request gets its own key). */
export const SAMPLE_REPORT = JSON.stringify({
  path: 'about_someone',
  reporter_role: 'business',
  danger_now: 'no',
  ward_id: 'naka',
  age_group: 'senior_65_plus',
  signs: ['mail_piling_up'],
  concerns: ['money_debt'],
  consent: 'not_asked',
  free_text: '郵便受けがいっぱいで、最近お見かけしない。',
});

/**
 * Idempotency keys shaped like the SDK's (`newIdempotencyKey`: UUIDv7, time first), or random v4 UUIDs
 * like a client that brings its own (`random`).
 */
export function keyMaker(kind = 'sdk') {
  if (kind === 'random') return () => randomUUID();
  if (kind !== 'sdk') throw new Error(`--keys must be sdk or random, not ${kind}`);
  return () => {
    const hex = randomUUID().replace(/-/g, '');
    const ms = Date.now().toString(16).padStart(12, '0');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${ms.slice(0, 8)}-${ms.slice(8)}-7${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
}

/** `lat,lng` points all over Yokohama, the same sequence every run, so no response cache answers. */
export function pointMaker() {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return () => `${(35.33 + next() * 0.22).toFixed(5)},${(139.48 + next() * 0.2).toFixed(5)}`;
}
