// Question groups of the "I am worried about someone" path (and its school variant).
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { CONCERNS } from '@tsunagu/schema/triage';
import { roleHasOrganisation } from '@tsunagu/schema/rules';
import { checkbox, checkboxGroup, radioGroup } from '../internal/choice-group.js';
import { textArea } from '../internal/text-area.js';
import { textField } from '../internal/text-field.js';
import { LIMITS } from './model.js';
import { placeFields } from './steps-shared.js';
import type { ReportView } from './view.js';
import { supportWords } from '../i18n/support-words.js';

export function reporterStep(view: ReportView): TemplateResult {
  const { t, values: v, i18n, disabled } = view;
  return html`${radioGroup(i18n, {
    id: 'reporter_role',
    label: t.reporter.question,
    required: true,
    disabled,
    value: v.reporter_role,
    error: view.errorFor('reporter_role'),
    options: Object.entries(t.reporter.roles).map(([value, label]) => ({ value, label })),
    onChange: (value) => view.set('reporter_role', value),
  })}
  ${
    // only roles that speak for an organisation are asked (and sent) its name
    roleHasOrganisation(v.reporter_role)
      ? textField(i18n, {
          id: 'organisation',
          label: t.reporter.organisation,
          hint: t.reporter.organisationHint,
          disabled,
          value: v.organisation,
          autocomplete: 'organization',
          error: view.errorFor('organisation'),
          onInput: (value) => view.set('organisation', value),
        })
      : nothing
  }`;
}

export function personStep(view: ReportView): TemplateResult {
  const { t, values: v, i18n } = view;
  return html`${radioGroup(i18n, {
    id: 'age_group',
    label: t.person.age,
    disabled: view.disabled,
    value: v.age_group,
    error: view.errorFor('age_group'),
    options: Object.entries(t.person.ages).map(([value, label]) => ({ value, label })),
    onChange: (value) => view.set('age_group', value),
  })}
  ${placeFields(view, t.person.ward, t.person.wardHint)}`;
}

/** A short free text with its gentle hint (health details only when needed). */
export function freeTextField(view: ReportView, label: string, hint: string): TemplateResult {
  return textArea(view.i18n, {
    id: 'free_text',
    label,
    hint,
    disabled: view.disabled,
    maxLength: LIMITS.free_text,
    rows: 4,
    value: view.values.free_text,
    announcer: view.announcer,
    error: view.errorFor('free_text'),
    onInput: (value) => view.set('free_text', value),
  });
}

export function concernsField(view: ReportView, label: string): TemplateResult {
  const { t, values: v, i18n } = view;
  return checkboxGroup(i18n, {
    id: 'concerns',
    label,
    hint: t.concerns.hint,
    disabled: view.disabled,
    values: v.concerns,
    error: view.errorFor('concerns'),
    options: CONCERNS.map((value) => ({ value, label: supportWords(view.i18n).concerns[value] })),
    onChange: (values) => view.set('concerns', values),
  });
}

export function signsStep(view: ReportView): TemplateResult {
  const { t, values: v, i18n } = view;
  const school = view.context === 'school';
  return html`${
    school
      ? nothing
      : checkboxGroup(i18n, {
          id: 'signs',
          label: t.signs.label,
          hint: t.signs.hint,
          disabled: view.disabled,
          values: v.signs,
          error: view.errorFor('signs'),
          options: Object.entries(t.signs.items).map(([value, item]) => ({
            value,
            label: item.label,
            ...(item.hint ? { hint: item.hint } : {}),
          })),
          onChange: (values) => view.set('signs', values),
        })
  }
  ${concernsField(view, t.concerns.label)}
  ${
    school
      ? freeTextField(view, t.freeText.labelSchool, t.freeText.hintSchool)
      : freeTextField(view, t.freeText.label, t.freeText.hint)
  }`;
}

export function schoolStep(view: ReportView): TemplateResult {
  const { t, values: v, i18n, disabled } = view;
  return html`${textField(i18n, {
    id: 'school_name',
    label: t.school.name,
    disabled,
    value: v.school_name,
    autocomplete: 'organization',
    error: view.errorFor('school_name'),
    onInput: (value) => view.set('school_name', value),
  })}
  ${textField(i18n, {
    id: 'grade',
    label: t.school.grade,
    hint: t.school.gradeHint,
    width: 'short',
    disabled,
    value: v.grade,
    autocomplete: 'off',
    error: view.errorFor('grade'),
    onInput: (value) => view.set('grade', value),
  })}
  ${textField(i18n, {
    id: 'absent_days',
    label: t.school.absentDays,
    hint: t.school.absentDaysHint,
    width: 'short',
    inputmode: 'numeric',
    disabled,
    value: v.absent_days,
    autocomplete: 'off',
    error: view.errorFor('absent_days'),
    onInput: (value) => view.set('absent_days', value),
  })}
  ${checkboxGroup(i18n, {
    id: 'school_signs',
    label: t.school.signsLabel,
    disabled,
    values: v.school_signs,
    error: view.errorFor('school_signs'),
    options: Object.entries(t.school.signs).map(([value, label]) => ({ value, label })),
    onChange: (values) => view.set('school_signs', values),
  })}
  ${checkbox(i18n, {
    id: 'share_cf',
    label: t.school.share,
    hint: t.school.shareHint,
    disabled,
    checked: v.share_cf,
    error: view.errorFor('share_cf'),
    onChange: (checked) => view.set('share_cf', checked),
  })}`;
}

/** The reporter's own contact (or anonymous): shared by the about-someone contact step. */
export function followUpFields(view: ReportView): TemplateResult {
  const { t, values: v, i18n, disabled } = view;
  return html`${radioGroup(i18n, {
    id: 'follow_up',
    label: t.followUp.question,
    required: true,
    disabled,
    value: v.follow_up,
    error: view.errorFor('follow_up'),
    options: [
      { value: 'contact', label: t.followUp.contact, hint: t.followUp.contactHint },
      { value: 'anonymous', label: t.followUp.anonymous, hint: t.followUp.anonymousHint },
    ],
    onChange: (value) => view.set('follow_up', value as 'contact' | 'anonymous'),
  })}
  ${
    v.follow_up === 'contact'
      ? html`<div class="conditional">
          <p class="hint" id="either-hint">${t.followUp.eitherHint}</p>
          ${textField(i18n, {
            id: 'reporter_name',
            label: t.followUp.name,
            hint: t.followUp.nameHint,
            disabled,
            value: v.reporter_name,
            autocomplete: 'name',
            error: view.errorFor('reporter_name'),
            onInput: (value) => view.set('reporter_name', value),
          })}
          ${textField(i18n, {
            id: 'reporter_phone',
            label: t.followUp.phone,
            hint: t.followUp.phoneHint,
            type: 'tel',
            width: 'medium',
            disabled,
            value: v.reporter_phone,
            autocomplete: 'tel',
            error: view.errorFor('reporter_phone'),
            onInput: (value) => view.set('reporter_phone', value),
          })}
          ${textField(i18n, {
            id: 'reporter_email',
            label: t.followUp.email,
            type: 'email',
            disabled,
            value: v.reporter_email,
            autocomplete: 'email',
            spellcheck: false,
            error: view.errorFor('reporter_email'),
            onInput: (value) => view.set('reporter_email', value),
          })}
        </div>`
      : nothing
  }`;
}

export function contactStep(view: ReportView): TemplateResult {
  const { t, values: v, i18n } = view;
  const school = view.context === 'school';
  return html`${radioGroup(i18n, {
    id: 'consent',
    label: school ? t.consent.questionSchool : t.consent.question,
    hint: t.consent.hint,
    required: true,
    disabled: view.disabled,
    value: v.consent,
    error: view.errorFor('consent'),
    options: (['yes', 'not_asked', 'no', 'cannot_ask'] as const).map((value) => ({
      value,
      ...t.consent.options[value],
    })),
    onChange: (value) => view.set('consent', value),
  })}
  ${followUpFields(view)}`;
}
