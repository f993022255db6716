// Maps zod issues to the stable field error codes the widgets translate.
import type * as z from 'zod/mini';
import { FIELD_ERROR_CODES } from '../codes.js';
import type { FieldError } from './common.js';

const KNOWN_CODES: ReadonlySet<string> = new Set(FIELD_ERROR_CODES);

/** A dotted path: ['contact', 'modes', 0] → 'contact.modes.0'; the root is ''. */
export function pathToString(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function codeForIssue(issue: z.core.$ZodIssue, root: { value: unknown } | undefined): string {
  // Schemas put the field code in the message (e.g. 'invalid_phone'); trust it when it is one.
  if (KNOWN_CODES.has(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      // zod only reports the input when asked; otherwise look it up in the value the caller passes
      if ('input' in issue) return issue.input === undefined ? 'required' : 'invalid_type';
      if (root) return valueAt(root.value, issue.path) === undefined ? 'required' : 'invalid_type';
      return 'required';
    case 'too_big':
      if (issue.origin === 'string') return 'too_long';
      if (issue.origin === 'array' || issue.origin === 'set') return 'too_many';
      return 'too_large';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'required' : 'too_short';
      if (issue.origin === 'array' || issue.origin === 'set')
        return issue.minimum === 1 ? 'required' : 'too_few';
      return 'too_small';
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
      return 'invalid_choice';
    case 'invalid_format':
      if (issue.format === 'email') return 'invalid_email';
      if (issue.format === 'url') return 'invalid_url';
      if (issue.format === 'datetime' || issue.format === 'date') return 'invalid_date';
      return 'invalid_format';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid';
  }
}

/**
 * Turns a zod error into `{path, code}[]`, one entry per field (first problem wins), in issue order.
 * Pass the parsed value as `input` so a wrong type ('invalid_type') is told apart from a missing value
 * ('required'); without it, a type mismatch is reported as 'required'.
 */
export function fieldErrorsFrom(
  error: { issues: readonly z.core.$ZodIssue[] },
  ...input: [unknown?]
): FieldError[] {
  const root = input.length > 0 ? { value: input[0] } : undefined;
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const push = (path: string, code: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, code });
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) push(pathToString([...issue.path, key]), 'unknown_field');
      continue;
    }
    push(pathToString(issue.path), codeForIssue(issue, root));
  }
  return out;
}
