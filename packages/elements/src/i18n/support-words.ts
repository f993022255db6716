// The words of help and where to find it (opening hours, the help card, the programs of the law, the
// concern names) in every locale: their own catalogue, apart from the shared one, because the first screens
// of the report and the sign-up show none of them (issue 18: 3 kB of every first screen). Code that words
// them imports this module, so it comes with that code: the finder's and the help card's first screens,
// the report's later part. A widget that shows them lists `SUPPORT_WORDS` in its catalogues (or adopts it
// with the later part that shows them), so a switch of `lang` waits for it.
import type { ProgramCode } from '@tsunagu/schema';
import type { Concern } from '@tsunagu/schema/triage';
import type { I18n } from './locale-controller.js';
import { LazyCatalogues } from './lazy-catalogues.js';
import { jaSupportWords } from './support-words/ja.js';
import type { CatalogueShape, SameKeys } from './types.js';

export type SupportWords = CatalogueShape<typeof jaSupportWords>;

// pure: a bundle that imports this module for nothing (the poster, through the help card's lines) drops it
export const SUPPORT_WORDS = /* @__PURE__ */ new LazyCatalogues<SupportWords>(jaSupportWords, {
  'ja-x-easy': () => import('./support-words/ja-x-easy.js').then((m) => m.jaEasySupportWords),
  en: () => import('./support-words/en.js').then((m) => m.enSupportWords),
});

/** The support words in the element's language (else 日本語 until they arrive). */
export function supportWords(i18n: Pick<I18n, 'locale'>): SupportWords {
  return SUPPORT_WORDS.get(i18n.locale);
}

// Every program code of the schema has one label and hint, shared by the finder and the report.
const programsMatchSchema: SameKeys<keyof SupportWords['programs'], ProgramCode> = true;
void programsMatchSchema;

// Every concern code has exactly one name, shared by the report's question and the finder's filter and cards.
const concernsMatchSchema: SameKeys<keyof SupportWords['concerns'], Concern> = true;
void concernsMatchSchema;
