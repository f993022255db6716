import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { I18n } from '../i18n/locale-controller.js';

export interface ErrorSummaryItem {
  /** Id of the control to focus (for a radio or checkbox group: the group id, which is its first option). */
  fieldId: string;
  /** The same sentence as the inline error. */
  message: string;
  /**
   * False when no control with `fieldId` is on screen (a server rule about a field this form does not
   * show): the sentence is listed without a link that would lead nowhere.
   */
  linked?: boolean;
}

export interface ErrorSummaryOptions {
  errors: readonly ErrorSummaryItem[];
  /** Defaults to `error-summary`; must be unique in the shadow root. */
  id?: string;
  /** Defaults to the catalogue's "入力内容を確認してください". */
  title?: string;
}

export const DEFAULT_ERROR_SUMMARY_ID = 'error-summary';

/**
 * Moves focus to the field with `fieldId` in the same shadow root (or document) as `from`, and brings its
 * label or legend into view. Fragment links cannot do this: they do not reach into shadow roots and would
 * write the id into the page's URL.
 */
export function focusField(from: Node, fieldId: string): boolean {
  const root = from.getRootNode() as ShadowRoot | Document;
  const field = root.getElementById(fieldId);
  if (!(field instanceof HTMLElement)) return false;
  field.focus({ preventScroll: true });
  const context = field.closest('fieldset') ?? field.closest('.field') ?? field;
  context.scrollIntoView?.({ block: 'start' });
  return true;
}

/**
 * The GOV.UK error summary: a region with a heading and one link per problem, shown above the form after a
 * failed submit. Render it when there are errors, then call `focusErrorSummary(this.renderRoot)` after the
 * update so a keyboard or screen-reader user lands on it. Each link focuses its field.
 * Parts: error-summary, error-summary-title, error-summary-list, error-summary-link.
 */
export function errorSummary(i18n: I18n, options: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (options.errors.length === 0) return nothing;
  const id = options.id ?? DEFAULT_ERROR_SUMMARY_ID;
  return html`<div
    id=${id}
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby=${`${id}-title`}
  >
    <h2 id=${`${id}-title`} part="error-summary-title">${options.title ?? i18n.m.errorSummary.title}</h2>
    <ul part="error-summary-list">
      ${options.errors.map((error) =>
        error.linked === false
          ? html`<li part="error-summary-item">${error.message}</li>`
          : html`<li>
              <a
                href=${`#${error.fieldId}`}
                part="error-summary-link"
                @click=${(event: MouseEvent) => {
                  event.preventDefault();
                  focusField(event.currentTarget as Node, error.fieldId);
                }}
                >${error.message}</a
              >
            </li>`,
      )}
    </ul>
  </div>`;
}

/** Focuses the error summary rendered in `root`; returns false if there is none. */
export function focusErrorSummary(root: ParentNode, id = DEFAULT_ERROR_SUMMARY_ID): boolean {
  const summary = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!summary) return false;
  summary.focus();
  return true;
}
