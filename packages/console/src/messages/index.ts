// The console's own catalogue, on the widgets' shared mechanism (@tsunagu/elements LazyCatalogues): `ja`
// defines the keys and is bundled, `en` is typed against it and fetched the first time someone reads English.
// The console ships 日本語 and English; a page asking for やさしい日本語 gets the 日本語 words.
import { LazyCatalogues, type LocaleId } from '@tsunagu/elements';
import { ja } from './ja.js';

/** The shape every locale's console catalogue has (message functions keep their parameter types). */
export type ConsoleMessages = Shape<typeof ja>;
type Shape<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { readonly [K in keyof T]: Shape<T[K]> };

export const CONSOLE_MESSAGES = new LazyCatalogues<ConsoleMessages>(ja, {
  'ja-x-easy': () => Promise.resolve(ja),
  en: () => import('./en.js').then((m) => m.en),
});

/** The languages the console offers in its language menu. */
export const CONSOLE_LOCALES = ['ja', 'en'] as const satisfies readonly LocaleId[];
