import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { live } from 'lit/directives/live.js';
import type { I18n } from '../i18n/locale-controller.js';
import type { ChoiceOption } from './choice-group.js';
import {
  describedBy,
  fieldClass,
  hintText,
  inlineError,
  requiredBadge,
  type FieldOptions,
} from './field-parts.js';

export interface SelectFieldOptions extends FieldOptions {
  options: readonly Omit<ChoiceOption, 'hint'>[];
  /** The chosen value, or '' for the placeholder. */
  value: string;
  /** First, empty option; defaults to "選んでください". Pass `false` for none. */
  placeholder?: string | false;
  onChange: (value: string, event: Event) => void;
}

/**
 * A labelled native `<select>` (the most robust choice with screen readers and on phones).
 * Parts: field, label, required, hint, error, select.
 */
export function selectField(i18n: I18n, options: SelectFieldOptions): TemplateResult {
  const { id } = options;
  const placeholder =
    options.placeholder === undefined ? i18n.m.common.selectPlaceholder : options.placeholder;
  return html`<div class=${fieldClass(options)} part="field">
    <label class="label" part="label" for=${id}
      >${options.label} ${requiredBadge(i18n, options.required)}</label
    >
    ${hintText(id, options.hint)} ${inlineError(i18n, id, options.error)}
    <select
      id=${id}
      class="width-medium"
      part="select"
      name=${options.name ?? id}
      ?required=${options.required}
      ?disabled=${options.disabled}
      aria-invalid=${options.error ? 'true' : nothing}
      aria-describedby=${describedBy(options)}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value, event)}
    >
      ${placeholder === false ? nothing : html`<option value="" .selected=${live(options.value === '')}>${placeholder}</option>`}
      ${options.options.map(
        (option) =>
          html`<option value=${option.value} .selected=${live(options.value === option.value)}>
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
}
