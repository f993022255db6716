import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { live } from 'lit/directives/live.js';
import type { I18n } from '../i18n/locale-controller.js';
import { errorId, fieldClass, hintId, hintText, inlineError } from './field-parts.js';

export interface TownOption {
  id: string;
  label: string;
}

export interface TownComboboxOptions {
  id: string;
  label: string;
  hint: string;
  value: string;
  options: readonly TownOption[];
  expanded: boolean;
  /** Index of the highlighted option, -1 for none. */
  active: number;
  /** A status line under the box (no match, or the chosen town); '' for none. */
  status: string;
  disabled?: boolean;
  /** The inline error (localised); with it, `i18n` words its hidden "エラー：" prefix. */
  error?: string;
  i18n?: I18n;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onChoose: (index: number) => void;
  onBlur: () => void;
}

export const townOptionId = (id: string, index: number): string => `${id}-option-${index}`;

/**
 * A town-name box with suggestions: the ARIA 1.2 combobox pattern (an input with role="combobox" owning a
 * listbox by aria-controls, the highlighted option named by aria-activedescendant, so focus never leaves
 * the input). Built here rather than with the shared `textField` because that block has no way to add the
 * combobox attributes; it reuses the shared field parts, classes and `::part` names (field, label, hint,
 * input). Keys (handled by the caller's onKeyDown): ↓/↑ move, Enter chooses, Escape closes then clears.
 * Parts: field, label, hint, input, listbox, option, status.
 */
export function townCombobox(options: TownComboboxOptions): TemplateResult {
  const { id, expanded, active } = options;
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  return html`<div class=${fieldClass(options)} part="field">
    <label id=${`${id}-label`} class="label" part="label" for=${id}>${options.label}</label>
    ${hintText(id, options.hint)} ${options.i18n ? inlineError(options.i18n, id, options.error) : nothing}
    <div class="combobox">
      <input
        id=${id}
        class="width-medium"
        part="input"
        type="text"
        role="combobox"
        aria-labelledby=${`${id}-label`}
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${expanded && active >= 0 ? townOptionId(id, active) : nothing}
        aria-describedby=${`${hintId(id)} ${statusId}${options.error ? ` ${errorId(id)}` : ''}`}
        aria-invalid=${options.error ? 'true' : nothing}
        ?disabled=${options.disabled}
        .value=${live(options.value)}
        @input=${(event: InputEvent) => options.onInput((event.target as HTMLInputElement).value)}
        @keydown=${options.onKeyDown}
        @blur=${options.onBlur}
      />
      <ul
        id=${listId}
        class="listbox"
        part="listbox"
        role="listbox"
        aria-labelledby=${`${id}-label`}
        ?hidden=${!expanded}
      >
        ${options.options.map(
          (option, index) =>
            // Keyboard use goes through the input (aria-activedescendant), as the combobox pattern prescribes;
            // mousedown is cancelled so a click does not take focus away from the input first.
            // eslint-disable-next-line lit-a11y/click-events-have-key-events
            html`<li
              id=${townOptionId(id, index)}
              class=${index === active ? 'option active' : 'option'}
              part="option"
              role="option"
              aria-selected=${index === active ? 'true' : 'false'}
              @mousedown=${(event: MouseEvent) => event.preventDefault()}
              @click=${() => options.onChoose(index)}
            >
              ${option.label}
            </li>`,
        )}
      </ul>
    </div>
    <p id=${statusId} class="combobox-status" part="status">${options.status}</p>
  </div>`;
}
