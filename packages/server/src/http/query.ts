// Turns URL query parameters into the plain object the strict zod schemas validate. Repeatable
// parameters accept `a=x&a=y` and `a=x,y`. Values that do not convert are passed on unchanged, so the
// schema reports them with a field code; unknown parameters are passed on too (→ unknown_field).
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { fieldErrorsFrom } from '@tsunagu/schema';
import { validationFailed } from './errors.js';

export type QueryKind = 'string' | 'array' | 'boolean' | 'int' | 'point';

function convert(kind: QueryKind, values: string[]): unknown {
  const last = values[values.length - 1] ?? '';
  switch (kind) {
    case 'array':
      return values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    case 'boolean':
      return last === 'true' || last === '1' ? true : last === 'false' || last === '0' ? false : last;
    case 'int':
      return /^-?\d+$/.test(last) ? Number(last) : last;
    case 'point': {
      const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(last);
      return m ? { lat: Number(m[1]), lng: Number(m[2]) } : last;
    }
    default:
      return last;
  }
}

export function queryObject(c: Context, spec: Record<string, QueryKind>): Record<string, unknown> {
  // URLSearchParams over the raw query: same decoding as c.req.queries() (`+` is a space, a name
  // without `=` has the value ''), without building a name → values object first
  const url = c.req.url;
  const at = url.indexOf('?');
  const values = new Map<string, string[]>();
  if (at !== -1) {
    for (const [name, value] of new URLSearchParams(url.slice(at + 1))) {
      const list = values.get(name);
      if (list) list.push(value);
      else values.set(name, [value]);
    }
  }
  const out: Record<string, unknown> = {};
  // `key` is the publishable key (http/access.ts identify), not a parameter of the route
  for (const [name, list] of values) if (name !== 'key') out[name] = convert(spec[name] ?? 'string', list);
  return out;
}

/** Parses the query with a schema; errors become 422 with field codes (path = parameter name). */
export function parseQuery<T>(
  c: Context,
  spec: Record<string, QueryKind>,
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: readonly z.core.$ZodIssue[] } };
  },
): T {
  const input = queryObject(c, spec);
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // parameters are flat: report 'near' rather than 'near.lat', 'concern' rather than 'concern.1'
    const seen = new Set<string>();
    const fields = fieldErrorsFrom(parsed.error, input)
      .map((f) => ({ path: f.path.split('.')[0] ?? '', code: f.code }))
      .filter((f) => !seen.has(f.path) && seen.add(f.path));
    throw validationFailed(fields, 'Some query parameters are not valid.');
  }
  return parsed.data;
}
