import { html as litHtml, type TemplateResult } from 'lit';

/**
 * Readings (furigana) in catalogues: a ja-x-easy string writes a reading as `{漢字|かんじ}`. In page text it
 * becomes `<ruby>漢字<rt>かんじ</rt></ruby>`: the reading sits above the word instead of doubling the line in
 * brackets. Where text must be plain (attributes, `<option>`, live announcements, validation messages, the
 * clipboard) only the word stays.
 *
 * The reading is `aria-hidden`: a screen reader already says 漢字 aloud, and reading both said it twice (the
 * problem the brackets had).
 *
 * Views and building blocks import `html` from here instead of from `lit`: it is Lit's `html` with every
 * string value that carries readings turned into ruby in text positions, into plain text in attribute
 * positions (and `word reading` in an `<option>`), so no catalogue string needs wrapping by hand and no markup can leak into an attribute.
 */
const READING = /\{([^{}|]+)\|([^{}|]+)\}/g;
// without the g flag: .test() keeps no lastIndex between calls
const ONE_READING = new RegExp(READING.source);

/** True when `text` carries at least one `{word|reading}`. */
export function hasReadings(text: string): boolean {
  return ONE_READING.test(text);
}

/** The text without its readings: `{漢字|かんじ}を 書く` → `漢字を 書く`. */
export function plain(text: string): string {
  return text.includes('{') ? text.replace(READING, '$1') : text;
}

/**
 * The text for an `<option>`, which can hold no ruby: a whole word's reading follows it after a space
 * (`西区 にしく`), so a list of place names stays readable without brackets; a reading inside a word
 * (`{見守|みまも}り`) is dropped, as it would split the word.
 */
export function optionText(text: string): string {
  if (!text.includes('{')) return text;
  return text.replace(READING, (_, word: string, reading: string, at: number) => {
    const next = text.charAt(at + word.length + reading.length + 3);
    return next === '' || /[\s（(・、。]/.test(next) ? `${word} ${reading}` : word;
  });
}

/** The text with its readings as ruby, for a Lit text position; a string without readings stays a string. */
export function ruby(text: string): string | TemplateResult {
  if (!hasReadings(text)) return text;
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(READING)) {
    parts.push(text.slice(last, match.index));
    parts.push(litHtml`<ruby>${match[1]}<rt aria-hidden="true">${match[2]}</rt></ruby>`);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return litHtml`${parts}`;
}

/** How each value of a template is used: page text, plain-only text, an attribute, or a Lit property/event. */
type Slot = 'text' | 'plain' | 'option' | 'attribute' | 'pass';
const slots = new WeakMap<TemplateStringsArray, Slot[]>();
/** Elements whose content is plain text only: ruby inside them would show the reading inline or nowhere. */
const PLAIN_CONTENT = new Set(['title', 'textarea', 'style', 'script']);

function slotsOf(strings: TemplateStringsArray): Slot[] {
  let known = slots.get(strings);
  if (known) return known;
  known = [];
  let inTag = false;
  let open = '';
  for (let i = 0; i < strings.length - 1; i++) {
    const s = strings[i] ?? '';
    for (const m of s.matchAll(/<\/?([a-zA-Z][\w-]*)|>/g)) {
      if (m[0] === '>') inTag = false;
      else {
        inTag = true;
        open = m[0].startsWith('</') ? '' : (m[1] ?? '').toLowerCase();
      }
    }
    if (!inTag) known.push(open === 'option' ? 'option' : PLAIN_CONTENT.has(open) ? 'plain' : 'text');
    else known.push(/[.?@][\w-]*=["']?$/.test(s) ? 'pass' : 'attribute');
  }
  slots.set(strings, known);
  return known;
}

function convert(value: unknown, slot: Slot): unknown {
  if (typeof value === 'string') {
    if (slot === 'pass' || !value.includes('{')) return value;
    return slot === 'text' ? ruby(value) : slot === 'option' ? optionText(value) : plain(value);
  }
  // lists of strings (`items.map(...)` usually gives templates, but a plain list of words is allowed too)
  if (Array.isArray(value) && slot === 'text') return value.map((v) => convert(v, slot));
  return value;
}

/** Lit's `html`, with readings rendered as ruby in text and removed from attributes (see above). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  const kinds = slotsOf(strings);
  return litHtml(strings, ...values.map((v, i) => convert(v, kinds[i] ?? 'text')));
}
