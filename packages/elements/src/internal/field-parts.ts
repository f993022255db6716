import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { I18n } from '../i18n/locale-controller.js';

/** What every field block takes. `id` must be unique inside the widget's shadow root. */
export interface FieldOptions {
  /** Id of the control (for a group: of its first option); hint and error ids are derived from it. */
  id: string;
  /** Form field name; defaults to `id`. */
  name?: string;
  /** Visible label (or legend), already in the current locale. */
  label: string;
  /** Help text shown under the label and linked with aria-describedby. */
  hint?: string;
  /** The error sentence (already localised, e.g. from `i18n.fieldError(code, …)`); empty or missing = valid. */
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

export const hintId = (id: string): string => `${id}-hint`;
export const errorId = (id: string): string => `${id}-error`;

/** The aria-describedby value for a field: hint first, then any extra ids, then the error (GOV.UK order). */
export function describedBy(
  options: FieldOptions,
  ...extraIds: (string | undefined)[]
): string | typeof nothing {
  const ids = [
    options.hint ? hintId(options.id) : undefined,
    ...extraIds,
    options.error ? errorId(options.id) : undefined,
  ].filter((id): id is string => Boolean(id));
  return ids.length ? ids.join(' ') : nothing;
}

/** The "必須" / "Required" badge after a label. */
export function requiredBadge(i18n: I18n, required: boolean | undefined): TemplateResult | typeof nothing {
  return required ? html`<span class="badge" part="required">${i18n.m.common.required}</span>` : nothing;
}

/** Help text for a field. */
export function hintText(id: string, text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p id=${hintId(id)} class="hint" part="hint">${text}</p>` : nothing;
}

/** An inline error with a visually hidden "エラー：" prefix, so it is not conveyed by colour alone. */
export function inlineError(
  i18n: I18n,
  id: string,
  text: string | undefined,
): TemplateResult | typeof nothing {
  if (!text) return nothing;
  // prettier-ignore
  return html`<p id=${errorId(id)} class="error" part="error"><span class="visually-hidden">${i18n.m.common.errorPrefix}</span>${text}</p>`;
}

/** `class` value for a field's wrapper. */
export function fieldClass(options: FieldOptions): string {
  return options.error ? 'field invalid' : 'field';
}
