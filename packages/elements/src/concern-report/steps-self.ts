// Question groups of the "I want help myself" path: plain words, never more than needed.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { checkbox, checkboxGroup, radioGroup } from '../internal/choice-group.js';
import { selectField } from '../internal/select-field.js';
import { textField } from '../internal/text-field.js';
import { showsContactFields } from './input.js';
import { placeFields } from './steps-shared.js';
import { concernsField, freeTextField } from './steps-someone.js';
import type { ReportView } from './view.js';

export function helpStep(view: ReportView): TemplateResult {
  const { t } = view;
  return html`${concernsField(view, t.concerns.labelSelf)} ${placeFields(view, t.person.wardSelf, '')}
  ${freeTextField(view, t.freeText.labelSelf, t.freeText.hint)}`;
}

export function selfContactStep(view: ReportView): TemplateResult {
  const { t, values: v, i18n, disabled } = view;
  const modes = v.contact_modes;
  const { phone: wantsPhone, email: wantsMail } = showsContactFields(modes);
  return html`${radioGroup(i18n, {
    id: 'follow_up',
    label: t.followUp.questionSelf,
    required: true,
    disabled,
    value: v.follow_up,
    error: view.errorFor('follow_up'),
    options: [
      { value: 'contact', label: t.followUp.contact, hint: t.followUp.contactSelfHint },
      { value: 'anonymous', label: t.followUp.anonymous, hint: t.followUp.anonymousHint },
    ],
    onChange: (value) => view.set('follow_up', value as 'contact' | 'anonymous'),
  })}
  ${
    v.follow_up === 'contact'
      ? html`<div class="conditional">
          ${checkboxGroup(i18n, {
            id: 'contact_modes',
            label: t.selfContact.modes,
            required: true,
            disabled,
            values: modes,
            error: view.errorFor('contact_modes'),
            options: (['phone', 'mail', 'visit'] as const).map((value) => ({
              value,
              label: t.selfContact.modeOptions[value],
            })),
            onChange: (values) => view.set('contact_modes', values),
          })}
          ${
            wantsPhone
              ? html`${textField(i18n, {
                  id: 'phone',
                  label: t.followUp.phone,
                  hint: t.followUp.phoneHint,
                  type: 'tel',
                  width: 'medium',
                  required: modes.includes('phone'),
                  disabled,
                  value: v.phone,
                  autocomplete: 'tel',
                  error: view.errorFor('phone'),
                  onInput: (value) => view.set('phone', value),
                })}
                ${radioGroup(i18n, {
                  id: 'safe_to_call',
                  label: t.selfContact.safeToCall,
                  hint: t.selfContact.safeToCallHint,
                  disabled,
                  value: v.safe_to_call,
                  error: view.errorFor('safe_to_call'),
                  options: (['yes', 'no'] as const).map((value) => ({
                    value,
                    label: t.selfContact.safe[value],
                  })),
                  onChange: (value) => view.set('safe_to_call', value as 'yes' | 'no'),
                })}
                ${checkbox(i18n, {
                  id: 'no_message',
                  label: t.selfContact.noMessage,
                  disabled,
                  checked: v.no_message,
                  onChange: (checked) => view.set('no_message', checked),
                })}`
              : nothing
          }
          ${
            wantsMail
              ? textField(i18n, {
                  id: 'email',
                  label: t.followUp.email,
                  type: 'email',
                  required: modes.includes('mail'),
                  disabled,
                  value: v.email,
                  autocomplete: 'email',
                  spellcheck: false,
                  error: view.errorFor('email'),
                  onInput: (value) => view.set('email', value),
                })
              : nothing
          }
          ${selectField(i18n, {
            id: 'time_window',
            label: t.selfContact.timeWindow,
            disabled,
            value: v.time_window,
            error: view.errorFor('time_window'),
            options: Object.entries(t.selfContact.times).map(([value, label]) => ({ value, label })),
            onChange: (value) => view.set('time_window', value),
          })}
          ${selectField(i18n, {
            id: 'language',
            label: t.selfContact.language,
            disabled,
            value: v.language,
            error: view.errorFor('language'),
            options: Object.entries(t.selfContact.languages).map(([value, label]) => ({ value, label })),
            onChange: (value) => view.set('language', value),
          })}
        </div>`
      : nothing
  }`;
}
