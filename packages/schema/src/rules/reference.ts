// What a report's reference number and check code look like, and how a reference typed back by a person
// (lower case, spaces, missing dashes) becomes the canonical one: the status check and the server read it
// the same way. Plain code (no schema library), so a widget's first screen can use it.

/** Reference numbers look like TK-7Q4M-9XZ2 (no 0/O/1/I, easy to read aloud). */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const referencePattern = /^TK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;
/** Check codes: 6 characters from the same alphabet. */
export const checkCodePattern = /^[2-9A-HJ-NP-Z]{6}$/;

/** Normalises what a person types back (lower case, spaces, missing dashes) into the canonical reference. */
export function normalizeReference(input: string): string {
  const compact = input.toUpperCase().replace(/[\s\-‐－ー_]/g, '');
  const body = compact.startsWith('TK') ? compact.slice(2) : compact;
  return body.length === 8 ? `TK-${body.slice(0, 4)}-${body.slice(4)}` : input.trim().toUpperCase();
}
