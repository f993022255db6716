// Query strings the way the API reads them: repeated keys for lists, `lat,lng` for points, omitted
// undefined/null values.

type QueryValue =
  string | number | boolean | null | undefined | readonly (string | number)[] | { lat: number; lng: number };

/** Encodes search params: `{concern: ['a','b'], near: {lat, lng}}` → `concern=a&concern=b&near=lat,lng`. */
export function toQuery(params: object | undefined, cursor?: string): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, QueryValue>)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) query.append(name, String(item));
    else if (typeof value === 'object' && 'lat' in value) query.set(name, `${value.lat},${value.lng}`);
    else query.set(name, String(value));
  }
  if (cursor) query.set('cursor', cursor);
  return query;
}

/** Encodes one path segment (ids and references come from users and links). */
export const segment = (value: string): string => encodeURIComponent(value);
