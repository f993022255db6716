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
import type { LiveAnnouncer } from './live-announcer.js';

export interface TextAreaOptions extends FieldOptions {
  value: string;
  /** Character limit shown as a count; the textarea does not cut text off (GOV.UK: let people see it). */
  maxLength: number;
  rows?: number;
  /** The widget's announcer: the remaining count is read politely once typing pauses, not per keystroke. */
  announcer: LiveAnnouncer;
  onInput: (value: string, event: InputEvent) => void;
}

export const countHintId = (id: string): string => `${id}-count-hint`;

/** "あと 12 文字入力できます" / "12 文字多すぎます" for a length against a limit. */
export function characterCountText(i18n: I18n, length: number, maxLength: number): string {
  return length <= maxLength
    ? i18n.m.charCount.remaining(maxLength - length)
    : i18n.m.charCount.over(length - maxLength);
}

/**
 * A labelled textarea with a live character count. The visible count updates as you type but is hidden from
 * screen readers; they hear the limit once (aria-describedby) and the count politely after a pause.
 * Parts: field, label, required, hint, error, textarea, count.
 */
export function textArea(i18n: I18n, options: TextAreaOptions): TemplateResult {
  const { id, maxLength } = options;
  const over = options.value.length > maxLength;
  return html`<div class=${fieldClass(options)} part="field">
    <label class="label" part="label" for=${id}
      >${options.label} ${requiredBadge(i18n, options.required)}</label
    >
    ${hintText(id, options.hint)}
    <p id=${countHintId(id)} class="visually-hidden">${i18n.m.charCount.limitHint(maxLength)}</p>
    ${inlineError(i18n, id, options.error)}
    <textarea
      id=${id}
      part="textarea"
      name=${options.name ?? id}
      rows=${options.rows ?? 5}
      .value=${live(options.value)}
      ?required=${options.required}
      ?disabled=${options.disabled}
      aria-invalid=${options.error || over ? 'true' : nothing}
      aria-describedby=${describedBy(options, countHintId(id))}
      @input=${(event: InputEvent) => {
        const value = (event.target as HTMLTextAreaElement).value;
        options.onInput(value, event);
        options.announcer.announceAfterPause(characterCountText(i18n, value.length, maxLength));
      }}
    ></textarea>
    <p class=${over ? 'count over' : 'count'} part="count" aria-hidden="true">
      ${characterCountText(i18n, options.value.length, maxLength)}
    </p>
  </div>`;
}
