import { LitElement } from 'lit';
import type { LazyCatalogues } from '../i18n/lazy-catalogues.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { baseStyles } from '../theme/index.js';
import { LiveAnnouncer } from './live-announcer.js';

/**
 * Base class of every tsunagu element: the shared styles (tokens, host reset, block styles), a
 * `LocaleController` that follows `lang`, and a `LiveAnnouncer` for screen-reader announcements.
 * Side-effect free: subclasses are registered by the `define/` entry points with `defineElement`.
 *
 * @summary Base of the tsunagu widgets: language, theme, host-page CSS isolation and announcements.
 *
 * @csspart field - Wrapper of one field (label, hint, error and control).
 * @csspart label - A field's label.
 * @csspart required - The "必須" / "Required" badge.
 * @csspart hint - Help text of a field.
 * @csspart error - Inline error message of a field.
 * @csspart input - A text input.
 * @csspart textarea - A multi-line text input.
 * @csspart count - The visible character count under a textarea.
 * @csspart fieldset - A radio or checkbox group.
 * @csspart legend - The question of a radio or checkbox group.
 * @csspart choice - One radio or checkbox with its label.
 * @csspart choice-label - The label of one radio or checkbox.
 * @csspart choice-hint - The explanation under one option.
 * @csspart select - A drop-down list.
 * @csspart error-summary - The box listing every problem after a failed submit.
 * @csspart error-summary-title - Heading of the error summary.
 * @csspart error-summary-list - List of problems in the error summary.
 * @csspart error-summary-link - A link from the error summary to its field.
 * @csspart button - An action button.
 * @csspart spinner - The busy indicator inside a button.
 * @csspart emergency - The "call now" block.
 * @csspart emergency-heading - Heading of the "call now" block.
 * @csspart emergency-link - A large `tel:` link (number and name).
 * @csspart emergency-note - When to call that line.
 * @csspart live-polite - Visually hidden polite live region.
 * @csspart live-assertive - Visually hidden assertive live region.
 *
 * @cssproperty --tsunagu-color-primary - Buttons, links and selected controls.
 * @cssproperty --tsunagu-color-on-primary - Text on the primary colour.
 * @cssproperty --tsunagu-color-text - Body text.
 * @cssproperty --tsunagu-color-text-muted - Hints and secondary text.
 * @cssproperty --tsunagu-color-background - Widget and input background.
 * @cssproperty --tsunagu-color-surface - Subtle panels.
 * @cssproperty --tsunagu-color-border - Input borders (≥ 3:1 against the background).
 * @cssproperty --tsunagu-color-error - Error text, borders and the required badge.
 * @cssproperty --tsunagu-color-focus - Focus ring.
 * @cssproperty --tsunagu-color-emergency - Background of the emergency call links.
 * @cssproperty --tsunagu-color-on-emergency - Text on the emergency colour.
 * @cssproperty --tsunagu-focus-ring-width - Focus ring width (default 3px).
 * @cssproperty --tsunagu-radius - Corner radius.
 * @cssproperty --tsunagu-space-1 - Spacing scale step 1 (4px); steps 2–6 are 8, 12, 16, 24, 32px.
 * @cssproperty --tsunagu-font-family - Font stack.
 * @cssproperty --tsunagu-font-size - Body text size (default 16px; form controls never go below 16px).
 * @cssproperty --tsunagu-line-height - Body line height.
 *
 * @attr {string} publishable-key - The partner's publishable key (`pk_…`): another name for `key`, for React
 *   and Vue, where `key` is reserved. Either attribute sets the same value.
 */
export class TsunaguElement extends LitElement {
  static override styles = baseStyles;

  /** The subclass's own message catalogues, fetched with the shared one when the element's locale changes. */
  static catalogues: readonly LazyCatalogues<unknown>[] = [];

  /** The element's language, following `lang` live. */
  readonly i18n: LocaleController = new LocaleController(
    this,
    (this.constructor as typeof TsunaguElement).catalogues,
  );

  // The first render waits for the catalogues of the element's language (a page in English never shows
  // Japanese first); later switches keep rendering the current language until the new one has arrived.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.hasUpdated ? undefined : this.i18n.loading;
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  // `await el.updateComplete` after a `lang` change also waits for that language to arrive. The first await
  // lets the pending attribute mutation reach the LocaleController's observer.
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.resolve();
    await this.i18n.ready;
    return super.getUpdateComplete();
  }
  /** Polite and assertive live regions; render them with `liveRegions(this.announcer)`. */
  readonly announcer: LiveAnnouncer = new LiveAnnouncer(this);

  // `publishable-key` / `publishableKey` is an alias of each widget's own `key` (React and Vue reserve `key`):
  // one place, so every widget that has a `key` accepts both names and `key` keeps working.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'publishable-key'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'publishable-key') this.publishableKey = value ?? '';
    else super.attributeChangedCallback(name, old, value);
  }

  /** The partner's publishable key (`pk_…`); the same value as `key`. */
  get publishableKey(): string {
    return (this as { key?: string }).key ?? '';
  }

  set publishableKey(value: string) {
    (this as { key?: string }).key = value;
  }
}
