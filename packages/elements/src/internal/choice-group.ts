import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { live } from 'lit/directives/live.js';
import type { I18n } from '../i18n/locale-controller.js';
import {
  describedBy,
  fieldClass,
  hintText,
  inlineError,
  requiredBadge,
  type FieldOptions,
} from './field-parts.js';

export interface ChoiceOption {
  value: string;
  label: string;
  /** A short explanation under the option (e.g. what a sign of hardship looks like). */
  hint?: string;
}

export interface RadioGroupOptions extends FieldOptions {
  options: readonly ChoiceOption[];
  /** The chosen value, or '' for none. */
  value: string;
  onChange: (value: string, event: Event) => void;
}

export interface CheckboxGroupOptions extends FieldOptions {
  options: readonly ChoiceOption[];
  values: readonly string[];
  onChange: (values: string[], event: Event) => void;
}

export interface CheckboxOptions extends FieldOptions {
  checked: boolean;
  /** Submitted value when ticked; defaults to `on`. */
  value?: string;
  onChange: (checked: boolean, event: Event) => void;
}

/** Id of the n-th option: the first carries the group id, so an error-summary link lands on it (GOV.UK). */
export const optionId = (groupId: string, index: number): string =>
  index === 0 ? groupId : `${groupId}-${index}`;

function choices(
  type: 'radio' | 'checkbox',
  group: FieldOptions & { options: readonly ChoiceOption[] },
  isChecked: (value: string) => boolean,
  onChange: (option: ChoiceOption, input: HTMLInputElement, event: Event) => void,
): TemplateResult {
  return html`<div class="choices">
    ${group.options.map((option, index) => {
      const id = optionId(group.id, index);
      return html`<div class="choice" part="choice">
        <input
          id=${id}
          type=${type}
          name=${group.name ?? group.id}
          .value=${option.value}
          .checked=${live(isChecked(option.value))}
          ?disabled=${group.disabled}
          aria-describedby=${option.hint ? `${id}-hint` : nothing}
          @change=${(event: Event) => onChange(option, event.target as HTMLInputElement, event)}
        />
        <label for=${id} part="choice-label">${option.label}</label>
        ${option.hint ? html`<p id=${`${id}-hint`} class="hint" part="choice-hint">${option.hint}</p>` : nothing}
      </div>`;
    })}
  </div>`;
}

function group(i18n: I18n, options: FieldOptions, body: TemplateResult): TemplateResult {
  return html`<fieldset
    class=${fieldClass(options)}
    part="field fieldset"
    aria-describedby=${describedBy(options)}
  >
    <legend class="legend" part="legend">${options.label} ${requiredBadge(i18n, options.required)}</legend>
    ${hintText(options.id, options.hint)} ${inlineError(i18n, options.id, options.error)} ${body}
  </fieldset>`;
}

/**
 * Radio buttons in a fieldset with a legend. Native radios sharing a name in one shadow root give the
 * standard keyboard behaviour: Tab enters the group, arrow keys move and choose.
 * Parts: field, fieldset, legend, required, hint, error, choice, choice-label, choice-hint.
 */
export function radioGroup(i18n: I18n, options: RadioGroupOptions): TemplateResult {
  return group(
    i18n,
    options,
    choices(
      'radio',
      options,
      (value) => value === options.value,
      (option, _input, event) => options.onChange(option.value, event),
    ),
  );
}

/** Checkboxes in a fieldset with a legend; `onChange` gets the new list of ticked values in option order. */
export function checkboxGroup(i18n: I18n, options: CheckboxGroupOptions): TemplateResult {
  return group(
    i18n,
    options,
    choices(
      'checkbox',
      options,
      (value) => options.values.includes(value),
      (option, input, event) => {
        const next = new Set(options.values);
        if (input.checked) next.add(option.value);
        else next.delete(option.value);
        options.onChange(
          options.options.map((o) => o.value).filter((v) => next.has(v)),
          event,
        );
      },
    ),
  );
}

/** A single checkbox (consent, terms) with its own hint and error. */
export function checkbox(i18n: I18n, options: CheckboxOptions): TemplateResult {
  const { id } = options;
  return html`<div class=${fieldClass(options)} part="field">
    ${inlineError(i18n, id, options.error)}
    <div class="choice" part="choice">
      <input
        id=${id}
        type="checkbox"
        name=${options.name ?? id}
        .value=${options.value ?? 'on'}
        .checked=${live(options.checked)}
        ?required=${options.required}
        ?disabled=${options.disabled}
        aria-invalid=${options.error ? 'true' : nothing}
        aria-describedby=${describedBy(options)}
        @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked, event)}
      />
      <label for=${id} part="choice-label">${options.label} ${requiredBadge(i18n, options.required)}</label>
      ${hintText(id, options.hint)}
    </div>
  </div>`;
}
