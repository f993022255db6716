import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { I18n } from '../i18n/locale-controller.js';

export interface BusyButtonOptions {
  label: string;
  busy: boolean;
  /** What screen readers hear while busy; defaults to the catalogue's "処理しています…". */
  busyLabel?: string;
  type?: 'submit' | 'button';
  variant?: 'primary' | 'secondary';
  id?: string;
  /** The widget is disabled (its `disabled` or a disabled fieldset): the button is too. */
  disabled?: boolean;
  /** Not called while busy. */
  onClick?: (event: MouseEvent) => void;
}

/**
 * A button with a busy state. While busy it stays focusable (aria-disabled, not disabled, so focus is not
 * thrown to the page) and ignores presses, including form submission; a spinner shows and screen readers get
 * the busy text. The later clicks of a double-click are ignored too. Announce the start of the work through the LiveAnnouncer as well.
 * Parts: button, spinner.
 */
export function busyButton(i18n: I18n, options: BusyButtonOptions): TemplateResult {
  const { busy } = options;
  return html`<button
    id=${options.id ?? nothing}
    type=${options.type ?? 'submit'}
    class=${`button ${options.variant ?? 'primary'}`}
    part="button"
    ?disabled=${options.disabled ?? false}
    aria-disabled=${busy ? 'true' : nothing}
    aria-busy=${busy ? 'true' : nothing}
    @click=${(event: MouseEvent) => {
      // the second click of a double-click (detail 2, 3…) is not a second press: it would jump past the
      // next question unseen and show its errors. Keyboard presses have detail 0.
      if (busy || event.detail > 1) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      options.onClick?.(event);
    }}
  >
    ${busy ? html`<span class="spinner" part="spinner" aria-hidden="true"></span>` : nothing}
    <span>${options.label}</span>
    ${busy ? html`<span class="visually-hidden">${options.busyLabel ?? i18n.m.common.busy}</span>` : nothing}
  </button>`;
}
