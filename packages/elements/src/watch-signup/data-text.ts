// The organiser's own words (place, organiser, summary) exist only in Japanese. On a page in another
// language they are marked `lang="ja"`, so a screen reader reads them with a Japanese voice.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { LocaleController } from '../i18n/locale-controller.js';

/** `lang="ja"` for data shown in a non-Japanese interface; nothing in Japanese ones. */
export function dataLang(i18n: LocaleController): 'ja' | typeof nothing {
  return i18n.locale === 'en' ? 'ja' : nothing;
}

/** A sentence of the catalogue with one piece of data in it, that piece marked with its language. */
export function sentenceWithData(
  i18n: LocaleController,
  sentence: (data: string) => string,
  data: string,
): TemplateResult {
  const [before = '', after = ''] = sentence('\u0000').split('\u0000');
  return html`${before}<span lang=${dataLang(i18n)}>${data}</span>${after}`;
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * `lang="ja"` for a piece of data that may or may not have been translated (an activity's title falls
 * back to the Japanese one when the organiser gave no English title): marked only when it is Japanese.
 */
export function textLang(i18n: LocaleController, text: string): 'ja' | typeof nothing {
  return i18n.locale === 'en' && JAPANESE.test(text) ? 'ja' : nothing;
}

/** A sentence with an activity's title in it, the title marked with its language when it is Japanese. */
export function sentenceWithTitle(
  i18n: LocaleController,
  sentence: (title: string) => string,
  title: string,
): TemplateResult {
  const [before = '', after = ''] = sentence('\u0000').split('\u0000');
  return html`${before}<span lang=${textLang(i18n, title)}>${title}</span>${after}`;
}
