import { DEFAULT_LOCALE, LOCALES, type LocaleId } from './locales.js';

/** How to fetch each non-default locale's catalogue: `() => import('./en.js').then((m) => m.en)`. */
export type CatalogueLoaders<C> = {
  readonly [L in Exclude<LocaleId, typeof DEFAULT_LOCALE>]: () => Promise<C>;
};

/**
 * One catalogue (the shared one, or a widget's own) in every locale, where only the default locale is in the
 * bundle and the others are separate chunks fetched the first time a widget needs them. Why: each locale
 * adds about a third to a widget's size, and a visitor reads one; with 中文, 한국어… to come, bundling every
 * language would grow every page for everyone.
 *
 * `get` is synchronous for rendering; the `LocaleController` only switches an element to a locale once
 * `load` has settled for every catalogue the element uses, so `get` never has to fall back in practice.
 */
export class LazyCatalogues<C> {
  private readonly loaded = new Map<LocaleId, C>();
  private readonly pending = new Map<LocaleId, Promise<C>>();

  constructor(
    private readonly defaultCatalogue: C,
    private readonly loaders: CatalogueLoaders<C>,
  ) {
    this.loaded.set(DEFAULT_LOCALE, defaultCatalogue);
  }

  has(locale: LocaleId): boolean {
    return this.loaded.has(locale);
  }

  /** The locale's catalogue if it is loaded, else the default locale's (text in Japanese beats no text). */
  get(locale: LocaleId): C {
    return this.loaded.get(locale) ?? this.defaultCatalogue;
  }

  /** Fetches a locale's catalogue once; a failed fetch (offline) is forgotten so the next call tries again. */
  load(locale: LocaleId): Promise<C> {
    const ready = this.loaded.get(locale);
    if (ready) return Promise.resolve(ready);
    let pending = this.pending.get(locale);
    if (!pending) {
      pending = this.loaders[locale as Exclude<LocaleId, typeof DEFAULT_LOCALE>]().then(
        (catalogue) => {
          this.loaded.set(locale, catalogue);
          this.pending.delete(locale);
          return catalogue;
        },
        (error: unknown) => {
          this.pending.delete(locale);
          throw error;
        },
      );
      this.pending.set(locale, pending);
    }
    return pending;
  }

  /** Every locale's catalogue (for completeness tests and stories). */
  async all(): Promise<Record<LocaleId, C>> {
    const entries = await Promise.all(LOCALES.map(async (l) => [l, await this.load(l)] as const));
    return Object.fromEntries(entries) as Record<LocaleId, C>;
  }
}
