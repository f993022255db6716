import { DEFAULT_LOCALE, isLocaleId, type LocaleId } from './locales.js';

/**
 * Maps any `lang` value to a shipped locale.
 * 1. The longest shipped prefix of the tag wins: `ja-x-easy` → ja-x-easy, `ja-JP` → ja, `en-US` → en.
 * 2. Any other Japanese tag (`ja-Hira`, `jpn`) → ja.
 * 3. Any other language (`zh`, `ko`, `vi`…) → en: a visitor who asked for a language we do not have yet is
 *    more likely to read English than Japanese. When a `zh` catalogue is registered, `zh-TW` finds it by rule 1.
 * 4. Empty or missing → ja, the default.
 */
export function resolveLocale(lang: string | null | undefined): LocaleId {
  const tag = (lang ?? '').trim().toLowerCase().replaceAll('_', '-');
  if (!tag) return DEFAULT_LOCALE;
  const subtags = tag.split('-');
  for (let length = subtags.length; length > 0; length--) {
    const candidate = subtags.slice(0, length).join('-');
    if (isLocaleId(candidate)) return candidate;
  }
  return subtags[0] === 'ja' || subtags[0] === 'jpn' ? 'ja' : 'en';
}

/**
 * The `lang` that applies to an element: its own attribute, else the nearest ancestor's, walking out of
 * shadow roots through their hosts. The document element is checked last, after `pageDefault` (the embed
 * script's page-wide locale), because a partner's explicit choice is more specific than the page language.
 */
export function langFor(element: Element, pageDefault?: string): string | null {
  const root = element.ownerDocument.documentElement;
  let current: Element | null = element;
  while (current && current !== root) {
    const lang = current.getAttribute('lang');
    if (lang) return lang;
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return pageDefault || root.getAttribute('lang');
}
