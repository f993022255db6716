import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaults } from '../defaults.js';
import type { Catalogue } from './catalogue.js';
import { fieldErrorMessage, type FieldErrorSentences } from './field-error-message.js';
import { formatDate, formatDistance, formatTime, formatWalkingTime } from './format.js';
import type { LazyCatalogues } from './lazy-catalogues.js';
import { DEFAULT_LOCALE, SHARED_CATALOGUES, type LocaleId } from './registry.js';
import { langFor, resolveLocale } from './resolve-locale.js';
import type { FieldErrorArgs } from './types.js';

/** What the building blocks need to speak the current language. `LocaleController` is one. */
export interface I18n {
  readonly locale: LocaleId;
  /** The current locale's catalogue: `i18n.m.common.required`, `i18n.m.charCount.remaining(12)`. */
  readonly m: Catalogue;
}

/**
 * Keeps a Lit element's language in step with `lang`: its own attribute, else the nearest ancestor's (also
 * across shadow roots), else the embed defaults, else `<html lang>`. Watches those attributes and re-renders
 * the host when they change, so a page can switch language without reloading the widget.
 *
 * Catalogues other than `ja` are fetched on first use (see `LazyCatalogues`). `locale` only ever names a
 * locale whose catalogues (the shared one and the host's own, passed in) are loaded: while another is on its
 * way the element keeps speaking the one it has, and `loading` says so. `TsunaguElement` holds its first
 * render until then, so a page in English never flashes Japanese. If the fetch fails (offline), the element
 * stays in the language it has, and the next change of `lang` or reconnection tries again.
 *
 * Chosen over @lit/localize: every element follows its own `lang` at run time (two widgets in two languages on
 * one page), there is no extraction or build step, and catalogues are plain typed objects whose completeness
 * the compiler checks.
 */
export class LocaleController implements ReactiveController, I18n {
  /** The locale the element speaks now (its catalogues are loaded). */
  locale: LocaleId = DEFAULT_LOCALE;
  /** Settles when the locale `lang` asks for is loaded (or failed to load); undefined when nothing is pending. */
  loading: Promise<void> | undefined;
  private wanted: LocaleId = DEFAULT_LOCALE;
  private observer: MutationObserver | undefined;
  private readonly catalogues: LazyCatalogues<unknown>[];
  /** The field-error sentences, once a form's later part has brought them (see `adoptFieldErrors`). */
  private fieldErrors: LazyCatalogues<FieldErrorSentences> | undefined;

  /** `catalogues`: the host's own catalogues besides the shared one, loaded together with it. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    catalogues: readonly LazyCatalogues<unknown>[] = [],
  ) {
    this.catalogues = [SHARED_CATALOGUES, ...catalogues];
    host.addController(this);
  }

  /**
   * Adds a catalogue that arrived after the first screen (in a widget's later part): settles once it has
   * the current locale and the one `lang` asks for (a switch may be on its way: the part can arrive before
   * the element's first words in English), and every later switch of `lang` waits for it like the others.
   */
  async adopt(catalogue: LazyCatalogues<unknown>): Promise<void> {
    if (!this.catalogues.includes(catalogue)) this.catalogues.push(catalogue);
    const locales = new Set([this.locale, this.wanted]);
    await Promise.all([...locales].map((locale) => catalogue.load(locale)));
  }

  get m(): Catalogue {
    return SHARED_CATALOGUES.get(this.locale);
  }

  /** Settles once the element speaks the locale `lang` asks for (or that locale failed to load). */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** The BCP 47 tag for `Intl` and for a `lang` attribute on generated content. */
  get intlLocale(): string {
    return this.m.meta.intl;
  }

  hostConnected(): void {
    this.refresh();
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Re-reads `lang` now (normally the observer does this); re-renders the host once the locale changed. */
  refresh(): void {
    const next = resolveLocale(langFor(this.host, getDefaults().locale));
    if (next === this.wanted) return;
    this.wanted = next;
    if (this.catalogues.every((c) => c.has(next))) {
      this.loading = undefined;
      this.switchTo(next);
      return;
    }
    const loading = Promise.all(this.catalogues.map((c) => c.load(next))).then(
      () => {
        if (this.wanted === next) this.switchTo(next);
      },
      () => {
        if (this.wanted === next) this.wanted = this.locale; // so that asking again retries
      },
    );
    this.loading = loading;
    void loading.then(() => {
      if (this.loading === loading) this.loading = undefined;
    });
  }

  private switchTo(locale: LocaleId): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }

  formatDate(value: Date | number): string {
    return formatDate(value, this.locale);
  }

  formatTime(value: Date | number): string {
    return formatTime(value);
  }

  formatDistance(metres: number): string {
    return formatDistance(metres, this.locale);
  }

  formatWalkingTime(metres: number): string {
    return formatWalkingTime(metres, this.locale);
  }

  /**
   * Takes the field-error sentences (`FIELD_ERRORS` from ./field-errors.ts, which a form's later part
   * exports) for `fieldError`, and adopts them like any later catalogue.
   */
  async adoptFieldErrors(sentences: LazyCatalogues<FieldErrorSentences>): Promise<void> {
    this.fieldErrors = sentences;
    await this.adopt(sentences);
  }

  /**
   * The sentence that tells the person how to fix a field, for a schema field-error code. Problems come
   * from a form's checks, which arrive with its sentences; should they not have arrived, the field's
   * label and the error summary's "check what you entered" still say which field to look at.
   */
  fieldError(code: string, args: FieldErrorArgs): string {
    const sentences = this.fieldErrors?.get(this.locale);
    if (sentences) return fieldErrorMessage(sentences, code, args);
    return `${args.label}${this.locale === 'en' ? ': ' : '：'}${this.m.errorSummary.title}`;
  }

  // One observer watches `lang` on every tree between the host and the document: the document itself and
  // each shadow root the host is nested in (a MutationObserver on the document does not see into those).
  private observe(): void {
    this.observer?.disconnect();
    const observer = new MutationObserver(() => this.refresh());
    let node: Node = this.host;
    for (;;) {
      const root = node.getRootNode();
      if (root === node) break; // detached: nothing above to watch
      observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
      if (!(root instanceof ShadowRoot)) break;
      node = root.host;
    }
    this.observer = observer;
  }
}
