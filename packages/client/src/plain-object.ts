// Small bodies the contract has no schema for (yet): a structural check with the same error path.
import type { ResponseSchema } from './http.js';

/** Checks that each named field is a number (or a list of strings); a mismatch names the field. */
export function plainObject<T>(fields: Record<keyof T & string, 'number' | 'string[]'>): ResponseSchema<T> {
  return {
    safeParse(data) {
      const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
      const bad = Object.entries(fields).find(([name, kind]) =>
        kind === 'number'
          ? typeof record[name] !== 'number'
          : !(Array.isArray(record[name]) && (record[name] as unknown[]).every((v) => typeof v === 'string')),
      );
      return bad
        ? { success: false, error: { issues: [{ path: [bad[0]], message: `expected ${String(bad[1])}` }] } }
        : { success: true, data: record as T };
    },
  };
}
