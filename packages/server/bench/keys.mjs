// Idempotency keys for the benches, shaped like the SDK's (`newIdempotencyKey`: UUIDv7, time first), or
// random v4 UUIDs like a client that brings its own (`--keys random`).
import { randomUUID } from 'node:crypto';

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
