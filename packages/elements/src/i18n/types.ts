/** What a field-error sentence may mention. `label` is the field's visible label in the current locale. */
export interface FieldErrorArgs {
  label: string;
  /** How the field is answered: typed text (default), a choice from options, or a box to tick. */
  kind?: 'text' | 'choice' | 'check';
  /** Upper limit the field broke (characters, items, seats, number), when known. */
  max?: number;
  /** Lower limit the field broke, when known. */
  min?: number;
}

/** Pieces of a date already formatted for the locale (Asia/Tokyo), for the catalogue's `format.date`. */
export interface DateParts {
  /** Month number, 1–12. */
  month: number;
  /** Day of the month. */
  day: number;
  /** Short month name in the locale (e.g. `Dec`). */
  monthShort: string;
  /** Short weekday name in the locale (e.g. `月`, `Mon`). */
  weekday: string;
}

/**
 * Turns the literal `ja` catalogue into the shape every locale must have: strings stay strings, message
 * functions keep their parameter types, nested groups recurse.
 */
export type CatalogueShape<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { readonly [K in keyof T]: CatalogueShape<T[K]> };

/** `true` when A and B name the same keys: for compile-time checks that a catalogue covers a schema's codes. */
export type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
