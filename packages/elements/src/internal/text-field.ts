import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { ifDefined } from 'lit/directives/if-defined.js';
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

export interface TextFieldOptions extends FieldOptions {
  value: string;
  type?: 'text' | 'tel' | 'email' | 'url' | 'search' | 'date' | 'time' | 'number';
  /** HTML autofill token, e.g. `tel`, `email`, `name`; `off` for data about someone else. */
  autocomplete?: string;
  inputmode?: 'text' | 'tel' | 'email' | 'url' | 'numeric' | 'decimal' | 'search' | 'none';
  /** Narrower input for short answers (a phone number, a postcode). */
  width?: 'short' | 'medium' | 'full';
  spellcheck?: boolean;
  /** Called on every input event with the new value. */
  onInput: (value: string, event: InputEvent) => void;
  onChange?: (value: string, event: Event) => void;
}

/**
 * A labelled text input. Renders `<label for>` and the `<input>` into the caller's shadow root, so the label
 * association works (labels cannot point across shadow roots).
 * Parts: field, label, required, hint, error, input.
 */
export function textField(i18n: I18n, options: TextFieldOptions): TemplateResult {
  const { id, width = 'full' } = options;
  return html`<div class=${fieldClass(options)} part="field">
    <label class="label" part="label" for=${id}
      >${options.label} ${requiredBadge(i18n, options.required)}</label
    >
    ${hintText(id, options.hint)} ${inlineError(i18n, id, options.error)}
    <input
      id=${id}
      class=${`width-${width}`}
      part="input"
      name=${options.name ?? id}
      type=${options.type ?? 'text'}
      .value=${live(options.value)}
      ?required=${options.required}
      ?disabled=${options.disabled}
      autocomplete=${ifDefined(options.autocomplete)}
      inputmode=${ifDefined(options.inputmode)}
      spellcheck=${options.spellcheck === undefined ? nothing : String(options.spellcheck)}
      aria-invalid=${options.error ? 'true' : nothing}
      aria-describedby=${describedBy(options)}
      @input=${(event: InputEvent) => options.onInput((event.target as HTMLInputElement).value, event)}
      @change=${(event: Event) => options.onChange?.((event.target as HTMLInputElement).value, event)}
    />
  </div>`;
}
