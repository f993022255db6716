// TODO(merge): replace with the shared ruby helper (the "walks" branch's notation for ja-x-easy readings).
// `{漢字|かんじ}` in a catalogue string becomes <ruby>漢字<rt>かんじ</rt></ruby>; text without braces (ja, en)
// passes through unchanged. Strings are rendered as text, never as HTML, so a catalogue cannot inject markup.
import { html, type TemplateResult } from 'lit';

const READING = /\{([^{}|]+)\|([^{}|]+)\}/g;

/** The string with its readings as `<ruby>` elements. */
export function ruby(text: string): TemplateResult | string {
  if (!text.includes('{')) return text;
  const parts: (TemplateResult | string)[] = [];
  let at = 0;
  for (const match of text.matchAll(READING)) {
    parts.push(text.slice(at, match.index));
    parts.push(html`<ruby>${match[1]}<rt>${match[2]}</rt></ruby>`);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

/** The string without its readings, for attributes (aria-label, title) and print text. */
export function plain(text: string): string {
  return text.replace(READING, '$1');
}
